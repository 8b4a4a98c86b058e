package io.github.dvckpi.cli;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.function.Function;

/**
 * A run that cannot go on: the lines that say why (the first names the file and the cause, the
 * others are hints) and the exit code.
 */
final class RunException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int code;

  @SuppressWarnings("serial") // never serialised: a run's failure stays in the process
  private final ImmutableList<Function<Locale, String>> lines;

  /**
   * A failure.
   *
   * @param code the exit code, one of {@link Main}'s
   * @param lines the message, then hints, each rendered in a language
   */
  RunException(int code, ImmutableList<Function<Locale, String>> lines) {
    super(lines.isEmpty() ? "" : lines.get(0).apply(Locale.ENGLISH), null, false, false);
    this.code = code;
    this.lines = lines;
  }

  /**
   * The exit code.
   *
   * @return the code
   */
  int code() {
    return code;
  }

  /**
   * The message and hints.
   *
   * @return the lines, each in a language
   */
  ImmutableList<Function<Locale, String>> lines() {
    return lines;
  }
}
