package io.github.dvckpi.cli;

import io.github.dvckpi.words.Phrase;

/**
 * Bad command-line arguments: the phrase says what to change; exit code {@value Main#USAGE}. The
 * command prints it on one line with a pointer to {@code --help}.
 */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // a phrase of strings and numbers
  private final Phrase phrase;

  /**
   * An argument error.
   *
   * @param key the message key, under {@code cli.}
   * @param args its arguments
   */
  UsageException(String key, Object... args) {
    super(key, null, false, false);
    this.phrase = Phrase.of(key, args);
  }

  /**
   * What to change, not yet put into words.
   *
   * @return the phrase
   */
  Phrase phrase() {
    return phrase;
  }

  @Override
  public String getMessage() {
    return phrase.toString();
  }
}
