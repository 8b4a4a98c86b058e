package io.github.dvckpi.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads one type from its JSON tree with a function of {@link Shapes}; a wrong shape or a value the
 * library refuses becomes a {@link JsonMappingException} whose message names the type and the
 * field.
 */
final class ShapeDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Function<JsonNode, T> reader;

  ShapeDeserializer(Class<T> type, Function<JsonNode, T> reader) {
    super(type);
    this.reader = reader;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    try {
      return reader.apply(node);
    } catch (ShapeException | IllegalArgumentException | IllegalStateException e) {
      throw JsonMappingException.from(
          p, "cannot read " + handledType().getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
