package io.github.dvckpi.audit;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * Thrown when a text cannot be read as a published figure, or not as the kind of figure expected (a
 * rate where a count is needed). The message names the input and the reason, in English and in
 * Vietnamese; it is the only exception {@link PublishedFigure#parse(String)} throws on any string.
 */
public final class FigureParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The text that could not be read. */
  private final String input;

  /** Why, in English. */
  private final String reasonEnglish;

  /** Why, in Vietnamese. */
  private final String reasonVietnamese;

  /**
   * A parse failure.
   *
   * @param input the text that could not be read
   * @param reasonEnglish why, in English
   * @param reasonVietnamese why, in Vietnamese
   */
  public FigureParseException(String input, String reasonEnglish, String reasonVietnamese) {
    super(
        "cannot read \""
            + requireNonNull(input, "input")
            + "\" as a published figure: "
            + reasonEnglish
            + " / không đọc được \""
            + input
            + "\" như một số liệu công bố: "
            + reasonVietnamese);
    this.input = input;
    this.reasonEnglish = reasonEnglish;
    this.reasonVietnamese = reasonVietnamese;
  }

  /**
   * The text that could not be read.
   *
   * @return the input, as given
   */
  public String input() {
    return input;
  }

  /**
   * Why the text could not be read.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the reason
   */
  public String reason(Locale locale) {
    return RateFormat.isVietnamese(locale) ? reasonVietnamese : reasonEnglish;
  }
}
