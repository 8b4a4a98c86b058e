package io.github.dvckpi.assertj;

import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Printed percents, as the library prints them, and the figures a test expects. */
final class Figures {

  /** A percent as printed: digits, at most one decimal separator, a percent sign. */
  private static final Pattern FIGURE = Pattern.compile("(\\d+)(?:([,.])(\\d+))?%");

  private Figures() {}

  /**
   * Checks an expected figure and gives it without spaces.
   *
   * @throws IllegalArgumentException if it is not a percent such as {@code 99,79%}
   */
  static String figure(String expected) {
    String figure = expected.replaceAll("[\\s\\u00A0\\u202F]", "");
    if (!FIGURE.matcher(figure).matches()) {
      throw new IllegalArgumentException(
          "the expected figure must be a percent such as \"99,79%\" or \"99.79%\", not \""
              + expected
              + "\"");
    }
    return figure;
  }

  /** The number of decimals of a checked figure: 2 for {@code 99,79%}. */
  static int decimals(String figure) {
    Matcher m = FIGURE.matcher(figure);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a percent: " + figure);
    }
    String decimals = m.group(3);
    return decimals == null ? 0 : decimals.length();
  }

  /** The language a checked figure is written in: a decimal point is English, else Vietnamese. */
  static Locale language(String figure) {
    return figure.indexOf('.') >= 0 ? RateFormat.ENGLISH : RateFormat.VIETNAMESE;
  }

  /** The rate printed in the figure's language at a scale and rounding, e.g. {@code 99,79%}. */
  static String printed(Rate rate, String figure, int scale, RoundingMode mode) {
    return RateFormat.percent(rate, language(figure), scale, mode);
  }

  /** A pair of counts as the library prints them, e.g. {@code 1.736/1.740}. */
  static String counts(long numerator, long denominator) {
    return RateFormat.count(numerator, RateFormat.VIETNAMESE)
        + "/"
        + RateFormat.count(denominator, RateFormat.VIETNAMESE);
  }

  /** The counts of a rate, e.g. {@code 948/950}. */
  static String counts(Rate rate) {
    return counts(rate.numerator(), rate.denominator());
  }

  /**
   * Reads a number of percentage points, {@code -0,01} or {@code -0.01}.
   *
   * @throws IllegalArgumentException if it is not a number
   */
  static BigDecimal points(String expected) {
    String text = expected.strip().replace(',', '.').replace('\u2212', '-');
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "the expected gap must be a number of percentage points such as \"-0,01\", not \""
              + expected
              + "\"",
          e);
    }
  }

  static void checkScale(int scale) {
    if (scale < 0) {
      throw new IllegalArgumentException("the scale must be at least 0, not " + scale);
    }
  }
}
