package io.github.dvckpi.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes one type with a function of {@link Shapes}. */
final class ShapeSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** How a value is written. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator gen, T value) throws IOException;
  }

  private final transient Writer<T> writer;

  ShapeSerializer(Class<T> type, Writer<T> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    writer.write(gen, value);
  }
}
