package io.github.dvckpi.cli;

/** Bad command-line arguments: the message says what to change; exit code 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
