package io.github.dvckpi.domain;

import io.github.dvckpi.words.Words;
import java.util.Locale;

/**
 * How sure a fact of the library's data is, in the vocabulary of its reference notes: read in a
 * legal text or an official summary of it, read in a third-party transcription or tool, or believed
 * but not confirmed (which includes a default the library computes where no official list is
 * known).
 */
public enum Certainty {
  /** Read in a legal text or an official summary of it (đã kiểm chứng). */
  VERIFIED("calendar.certainty.verified"),
  /** Read in a third-party transcription or tool (nguồn thứ cấp). */
  SECONDARY("calendar.certainty.secondary"),
  /** Believed, or computed by a documented default, not confirmed (chưa kiểm chứng). */
  UNVERIFIED("calendar.certainty.unverified");

  private final String key;

  Certainty(String key) {
    this.key = key;
  }

  /**
   * The name in a language.
   *
   * @param locale the language
   * @return e.g. {@code đã kiểm chứng} / {@code verified}
   */
  public String displayName(Locale locale) {
    return Words.of(locale).text(key);
  }

  /** The message key of the name. */
  String key() {
    return key;
  }
}
