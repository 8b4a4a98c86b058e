package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.words.Words;
import java.util.Locale;

/**
 * Where an entry of a working-day calendar comes from, and how sure it is: an announcement, a
 * province's decision, or a default the library computes.
 *
 * @param citation the source, as a reader would look it up (e.g. the announcement of the year's
 *     days off); not blank
 * @param certainty how sure the entry is
 */
public record CalendarSource(String citation, Certainty certainty) {

  /**
   * Checks the parts.
   *
   * @param citation the source, not blank
   * @param certainty how sure it is
   * @throws IllegalArgumentException if the citation is blank
   */
  public CalendarSource {
    requireNonNull(citation, "citation");
    requireNonNull(certainty, "certainty");
    if (citation.isBlank()) {
      throw new IllegalArgumentException(Words.both("calendar.source.blank"));
    }
  }

  /**
   * A source.
   *
   * @param citation the source, not blank
   * @param certainty how sure it is
   * @return the source
   */
  public static CalendarSource of(String citation, Certainty certainty) {
    return new CalendarSource(citation, certainty);
  }

  /**
   * The source as a reader of a language sees it: {@code <citation>, <certainty>}.
   *
   * @param locale the language
   * @return e.g. {@code Bộ luật Lao động 2019, Điều 112, verified}
   */
  public String format(Locale locale) {
    return Words.of(locale).text("calendar.source", citation, certainty.displayName(locale));
  }

  /** In English. */
  @Override
  public String toString() {
    return format(Words.ENGLISH);
  }
}
