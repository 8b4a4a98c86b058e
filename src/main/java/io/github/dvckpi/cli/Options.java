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
        throw new UsageException("cli.arg.unexpected", arg);
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
          throw new UsageException("cli.arg.noValue", name);
        }
        value = "true";
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UsageException("cli.arg.needsValue", name);
          }
          value = args.get(++i);
        }
      } else {
        throw new UsageException("cli.arg.unknown", name);
      }
      if (values.put(name, value) != null) {
        throw new UsageException("cli.arg.twice", name);
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
      throw new UsageException("cli.arg.required", name);
    }
    return value;
  }

  /**
   * The language asked for in arguments that may not parse, so that their error is in it.
   *
   * @param args the arguments after the command
   * @return the value of the last {@code --lang}, or null
   */
  static @Nullable String language(List<String> args) {
    String lang = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith("--lang=")) {
        lang = arg.substring("--lang=".length());
      } else if (arg.equals("--lang") && i + 1 < args.size()) {
        lang = args.get(i + 1);
      }
    }
    return lang;
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }
}
