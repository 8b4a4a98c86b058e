package io.github.dvckpi.rate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.dvckpi.words.Words;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Formatting of percents and counts the way published tables print them.
 *
 * <p>Vietnamese ({@code vi}) uses a comma as the decimal separator and a dot to group thousands
 * ({@code 99,79%}, {@code 9.979}); English ({@code en}) the opposite ({@code 99.79%}, {@code
 * 9,979}). Any other locale is formatted the English way. Formatting never rounds by itself: a
 * {@link BigDecimal} is printed with exactly the digits it has, and {@link #percent(Rate, Locale,
 * int, RoundingMode)} rounds once, with the scale and mode given.
 *
 * <p>All methods are pure and thread-safe.
 */
public final class RateFormat {

  /** Vietnamese, the language of official tables: {@code vi-VN}. */
  public static final Locale VIETNAMESE = Words.VIETNAMESE;

  /** English: {@code en}. */
  public static final Locale ENGLISH = Words.ENGLISH;

  /** The scale official tables use for percents: two decimals. */
  public static final int DEFAULT_SCALE = 2;

  /** The rounding official tables use: half up. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

  private RateFormat() {}

  /**
   * Whether a locale is Vietnamese (language {@code vi}).
   *
   * @param locale any locale
   * @return true for {@code vi}, {@code vi-VN} and the like
   */
  public static boolean isVietnamese(Locale locale) {
    return "vi".equals(requireNonNull(locale, "locale").getLanguage());
  }

  /**
   * Formats a whole count with the locale's thousands separator: {@code 9.979} (vi), {@code 9,979}
   * (en).
   *
   * @param count any long, negative counts get a leading minus
   * @param locale the language
   * @return the formatted count
   */
  public static String count(long count, Locale locale) {
    return number(BigDecimal.valueOf(count), locale);
  }

  /**
   * Formats a decimal number exactly, with the locale's separators and all of its digits: {@code
   * 1.234,50} (vi) or {@code 1,234.50} (en).
   *
   * @param value the number, printed with its own scale
   * @param locale the language
   * @return the formatted number
   */
  public static String number(BigDecimal value, Locale locale) {
    return Words.of(locale).number(value);
  }

  /**
   * Formats a percent value (already in percent, e.g. {@code 99.79}) followed by a percent sign:
   * {@code 99,79%} (vi), {@code 99.79%} (en).
   *
   * @param percent the value in percent, printed with its own scale
   * @param locale the language
   * @return the formatted percent
   */
  public static String percent(BigDecimal percent, Locale locale) {
    return Words.of(locale).percent(percent);
  }

  /**
   * Formats the percent of a rate rounded once at the given scale and mode, without its counts:
   * {@code 99,79%}; an undefined rate prints as the locale's word for "no data".
   *
   * @param rate the rate
   * @param locale the language
   * @param scale decimals after the point, at least 0
   * @param mode how to round
   * @return the formatted percent, or {@link #noData(Locale)} for an undefined rate
   */
  public static String percent(Rate rate, Locale locale, int scale, RoundingMode mode) {
    requireNonNull(rate, "rate");
    if (rate.isUndefined()) {
      return noData(locale);
    }
    return percent(rate.percent(scale, mode), locale);
  }

  /**
   * The words printed instead of a percent for an undefined rate: {@code không có dữ liệu} (vi),
   * {@code no data} (en). They cannot be read as a number.
   *
   * @param locale the language
   * @return the words for "no data"
   */
  public static String noData(Locale locale) {
    return Words.of(locale).text("rate.noData");
  }

  static void checkScale(int scale) {
    checkArgument(scale >= 0 && scale <= 30, "scale must be in [0, 30], got %s", scale);
  }
}
