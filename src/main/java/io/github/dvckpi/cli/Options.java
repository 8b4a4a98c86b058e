package io.github.dvckpi.cli;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The options of a command: {@code --name value}, {@code --name=value} and flags, each at most
 * once; anything else is a {@link UsageException}.
 */
final class Options {

  private final ImmutableMap<String, String> values;

  private Options(ImmutableMap<String, String> values) {
    this.values = values;
  }

  /**
   * Parses arguments.
   *
   * @param args the arguments after the command
   * @param valued the options that take a value, without {@code --}
   * @param flags the options that take none
   * @return the options
   * @throws UsageException for an unknown option, a missing value, a repeated option or a stray
   *     argument
   */
  static Options parse(List<String> args, ImmutableSet<String> valued, ImmutableSet<String> flags)
      throws UsageException {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--")) {
        throw new UsageException("unexpected argument \"" + arg + "\" (options start with --)");
      }
      String name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name)) {
        if (value != null) {
          throw new UsageException("--" + name + " takes no value");
        }
        value = "true";
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UsageException("--" + name + " needs a value");
          }
          value = args.get(++i);
        }
      } else {
        throw new UsageException("unknown option --" + name);
      }
      if (values.put(name, value) != null) {
        throw new UsageException("--" + name + " is given twice");
      }
    }
    return new Options(ImmutableMap.copyOf(values));
  }

  @Nullable String get(String name) {
    return values.get(name);
  }

  String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  String required(String name) throws UsageException {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new UsageException("--" + name + " is required");
    }
    return value;
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }
}
