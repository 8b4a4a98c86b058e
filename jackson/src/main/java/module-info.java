/**
 * A Jackson 2 module for dvc-kpi: {@link io.github.dvckpi.jackson.DvcKpiModule} writes and reads
 * rates, reports, evaluations, target sets and audit results in the JSON shape documented in {@code
 * docs/json.md}, with exact figures (counts as integers, percents as decimal strings, never a
 * floating-point number).
 *
 * <p>{@code ObjectMapper.findAndRegisterModules()} finds it through {@code ServiceLoader}: on the
 * class path by {@code META-INF/services/com.fasterxml.jackson.databind.Module}, on the module path
 * by this descriptor's {@code provides}.
 */
module io.github.dvckpi.jackson {
  requires transitive com.fasterxml.jackson.databind;
  requires io.github.dvckpi;

  exports io.github.dvckpi.jackson;

  provides com.fasterxml.jackson.databind.Module with
      io.github.dvckpi.jackson.DvcKpiModule;
}
