package io.github.dvckpi.jackson;

/**
 * A JSON value that does not have the documented shape, or whose values the library refuses; the
 * message names the field. {@link ShapeDeserializer} turns it into Jackson's {@code
 * JsonMappingException}.
 */
final class ShapeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ShapeException(String message) {
    super(message);
  }

  ShapeException(String message, Throwable cause) {
    super(message, cause);
  }
}
