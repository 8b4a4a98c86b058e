package io.github.dvckpi.spark;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name value} options of {@link SparkKpiJob#main}. */
final class Arguments {

  private final Map<String, String> values;

  private Arguments(Map<String, String> values) {
    this.values = values;
  }

  static Arguments parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (!name.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value, got " + name);
      }
      values.put(name.substring(2), args[i + 1]);
    }
    return new Arguments(values);
  }

  String required(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  String get(String name, String otherwise) {
    return values.getOrDefault(name, otherwise);
  }
}
