package io.github.dvckpi.words;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * A message not yet put into words: a key of the message resources and its arguments. Findings,
 * rejections and exceptions keep phrases, so each reader renders them in their own language, and an
 * argument may itself be a phrase (rendered in the same language).
 *
 * @param key the message key, e.g. {@code io.rejection.unknownUnit}
 * @param args the arguments, formatted by {@link Words#format(Object)}
 */
public record Phrase(String key, ImmutableList<Object> args) {

  /**
   * Checks the parts.
   *
   * @param key the message key
   * @param args the arguments
   */
  public Phrase {
    requireNonNull(key, "key");
    requireNonNull(args, "args");
  }

  /**
   * A phrase.
   *
   * @param key the message key
   * @param args its arguments, none null
   * @return the phrase
   */
  public static Phrase of(String key, Object... args) {
    return new Phrase(key, ImmutableList.copyOf(args));
  }

  /**
   * The phrase in a language.
   *
   * @param words the words of the language
   * @return the sentence
   */
  public String in(Words words) {
    return words.text(key, args);
  }

  /**
   * The phrase in a language.
   *
   * @param locale the language
   * @return the sentence
   */
  public String in(Locale locale) {
    return in(Words.of(locale));
  }

  /**
   * The phrase in Vietnamese and in English, for a reader whose language is not known: {@code
   * "<Vietnamese> / <English>"}.
   *
   * @return both renderings
   */
  public String both() {
    return in(Words.vietnamese()) + " / " + in(Words.english());
  }

  /** The phrase in English. */
  @Override
  public String toString() {
    return in(Words.english());
  }
}
