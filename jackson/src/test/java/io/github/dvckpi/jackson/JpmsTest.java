package io.github.dvckpi.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The module on a module path: its descriptor resolves with the library, Guava and Jackson, and
 * {@code ServiceLoader} — what {@code findAndRegisterModules()} calls — finds it through {@code
 * provides}, not through {@code META-INF/services}.
 */
class JpmsTest {

  /** The class path entries that are the module, the library and their dependencies. */
  private static Path[] modulePath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(
            e -> {
              String name = Path.of(e).getFileName().toString();
              return e.endsWith("target" + File.separator + "classes")
                  || name.startsWith("dvc-kpi-")
                  || name.startsWith("jackson-")
                  || name.startsWith("guava-")
                  || name.startsWith("failureaccess-")
                  || name.startsWith("jspecify-");
            })
        .map(Path::of)
        .toArray(Path[]::new);
  }

  @Test
  void theDescriptorProvidesJacksonsModuleService() {
    ModuleDescriptor descriptor =
        ModuleFinder.of(modulePath()).find("io.github.dvckpi.jackson").orElseThrow().descriptor();
    assertThat(descriptor.provides())
        .anySatisfy(
            p -> {
              assertThat(p.service()).isEqualTo("com.fasterxml.jackson.databind.Module");
              assertThat(p.providers()).containsExactly(DvcKpiModule.class.getName());
            });
    assertThat(descriptor.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.github.dvckpi.jackson");
  }

  @Test
  void serviceLoaderFindsTheModuleInALayerOfNamedModules() throws Exception {
    ModuleFinder finder = ModuleFinder.of(modulePath());
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(finder, ModuleFinder.of(), Set.of("io.github.dvckpi.jackson"));
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    assertThat(layer.findModule("io.github.dvckpi.jackson")).isPresent();
    assertThat(layer.findModule("io.github.dvckpi")).isPresent();

    Class<?> service =
        layer
            .findLoader("com.fasterxml.jackson.databind")
            .loadClass("com.fasterxml.jackson.databind.Module");
    List<String> providers =
        ServiceLoader.load(layer, service).stream()
            .map(p -> p.type().getName() + " in " + p.type().getModule().getName())
            .toList();
    assertThat(providers)
        .contains("io.github.dvckpi.jackson.DvcKpiModule in io.github.dvckpi.jackson");
  }
}
