package io.github.dvckpi.cli;

import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.words.Phrase;
import io.github.dvckpi.words.Words;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The language of a run's messages: the one {@code --lang} chose, or Vietnamese and English both
 * when none was chosen (the report itself is then in Vietnamese).
 *
 * @param chosen the language chosen with {@code --lang}, or null
 */
record Say(@Nullable Locale chosen) {

  /**
   * The language of the report and of the reconciliation.
   *
   * @return the chosen language, Vietnamese by default
   */
  Locale locale() {
    return chosen == null ? RateFormat.VIETNAMESE : chosen;
  }

  /**
   * A message in the chosen language, or in both.
   *
   * @param key the message key
   * @param args its arguments
   * @return the sentence
   */
  String text(String key, Object... args) {
    return of(Phrase.of(key, args));
  }

  /**
   * A phrase in the chosen language, or in both.
   *
   * @param phrase the phrase
   * @return the sentence
   */
  String of(Phrase phrase) {
    return chosen == null ? phrase.both() : phrase.in(chosen);
  }

  /**
   * A message a library type renders per locale, in the chosen language or in both.
   *
   * @param message the message in a locale
   * @return the sentence(s)
   */
  String of(Function<Locale, String> message) {
    if (chosen != null) {
      return message.apply(chosen);
    }
    return message.apply(Words.VIETNAMESE) + " / " + message.apply(Words.ENGLISH);
  }
}
