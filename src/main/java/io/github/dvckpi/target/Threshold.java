package io.github.dvckpi.target;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.rate.Fraction;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An exact percent between 0% and 100%, such as the {@code 80%} of a target or the lower bound of a
 * colour band.
 *
 * <p>A threshold is a rational number: {@code 80,5%} is exactly {@code 805/1000}. Rates are
 * compared with it by integer arithmetic ({@code 100·n·10^s} against {@code u·d} for a threshold
 * {@code u × 10^−s} percent), never through a {@code double}. Equality is by value: {@code 80%}
 * equals {@code 80,0%}. Instances are immutable and thread-safe.
 */
public final class Threshold implements Comparable<Threshold> {

  /** 0%. */
  public static final Threshold ZERO = new Threshold(BigDecimal.ZERO);

  /** 100%. */
  public static final Threshold HUNDRED = new Threshold(BigDecimal.valueOf(100));

  private static final Pattern PERCENT =
      Pattern.compile("\\s*([0-9]{1,3})(?:[.,]([0-9]+))?\\s*%?\\s*");

  private final BigDecimal percent;

  private Threshold(BigDecimal percent) {
    this.percent = percent;
  }

  /**
   * Parses a threshold as plans and tables write it: {@code "80%"}, {@code "80,5%"} (Vietnamese
   * decimal comma), {@code "80.5%"}; the percent sign and surrounding spaces are optional above 1
   * ({@code "80"} is 80%) and at 0, but required from 0 (excluded) to 1 (included), where a figure
   * without it is ambiguous: {@code "0,8"} could be 0,8% or a share of 0,8 (80%). The same grammar
   * as the published figures of {@code io.github.dvckpi.audit}, which need the sign.
   *
   * @param text the threshold
   * @return the threshold
   * @throws IllegalArgumentException naming the text if it is not a percent between 0% and 100%
   *     (thousands separators and signs are not allowed), or is above 0 and at most 1 without a %
   *     sign
   */
  public static Threshold parse(String text) {
    requireNonNull(text, "text");
    Matcher m = PERCENT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "threshold \""
              + text
              + "\" is not a percent such as 80%, 80,5% or 80.5% (digits, one decimal separator,"
              + " an optional % sign)");
    }
    String fraction = m.group(2);
    BigDecimal value = new BigDecimal(m.group(1) + (fraction == null ? "" : "." + fraction));
    if (text.indexOf('%') < 0 && value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0) {
      throw new IllegalArgumentException(
          "threshold \""
              + text
              + "\" is ambiguous without a % sign: "
              + value.toPlainString()
              + "% or a share of "
              + value.toPlainString()
              + " ("
              + value.movePointRight(2).stripTrailingZeros().toPlainString()
              + "%)? Write the % sign, e.g. \""
              + text.trim()
              + "%\"");
    }
    return ofPercent(value);
  }

  /**
   * The threshold at a percent given as a decimal: {@code new BigDecimal("80.5")} is 80,5%.
   *
   * @param percent the percent, in [0, 100]
   * @return the threshold
   * @throws IllegalArgumentException naming the value if it is outside [0, 100]
   */
  public static Threshold ofPercent(BigDecimal percent) {
    requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED.percent) > 0) {
      throw new IllegalArgumentException(
          "threshold " + percent.toPlainString() + "% is outside [0%, 100%]");
    }
    BigDecimal stripped = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return new Threshold(stripped);
  }

  /**
   * The threshold at a whole percent.
   *
   * @param percent the percent, in [0, 100]
   * @return the threshold
   * @throws IllegalArgumentException if it is outside [0, 100]
   */
  public static Threshold ofPercent(long percent) {
    return ofPercent(BigDecimal.valueOf(percent));
  }

  /**
   * The percent, without trailing zeros: {@code 80.5} for 80,5%.
   *
   * @return the percent in [0, 100]
   */
  public BigDecimal percent() {
    return percent;
  }

  /**
   * The threshold as an exact share in [0, 1]: 80,5% is {@code 161/200}.
   *
   * @return the share
   */
  public Fraction share() {
    return Fraction.of(percent).dividedBy(Fraction.of(100));
  }

  /**
   * The threshold in percent as an exact fraction: 80,5% is {@code 161/2}.
   *
   * @return the percent
   */
  public Fraction percentFraction() {
    return Fraction.of(percent);
  }

  /**
   * The complementary threshold {@code 100% − this}: "on time at least 98%" is "late at most 2%".
   *
   * @return the complement
   */
  public Threshold complement() {
    return ofPercent(HUNDRED.percent.subtract(percent));
  }

  /**
   * Compares a defined rate with this threshold exactly: {@code 100·n·10^s} against {@code u·d}.
   *
   * @param rate a defined rate
   * @return negative, zero or positive as the rate is below, equal to or above the threshold
   * @throws IllegalArgumentException if the rate is undefined
   */
  public int compareRate(Rate rate) {
    requireNonNull(rate, "rate");
    if (rate.isUndefined()) {
      throw new IllegalArgumentException(
          "the rate 0/0 is undefined: it cannot be compared with " + this);
    }
    return compareCounts(
        BigInteger.valueOf(rate.numerator()), BigInteger.valueOf(rate.denominator()));
  }

  /** Compares n/d (d > 0, any size) with this threshold. */
  int compareCounts(BigInteger n, BigInteger d) {
    BigInteger scaled =
        n.multiply(BigInteger.valueOf(100)).multiply(BigInteger.TEN.pow(percent.scale()));
    return scaled.compareTo(percent.unscaledValue().multiply(d));
  }

  /**
   * Formats with the locale's decimal separator and all of its digits: {@code 80,5%} (vi), {@code
   * 80.5%} (en).
   *
   * @param locale the language
   * @return the formatted threshold
   */
  public String format(Locale locale) {
    return RateFormat.percent(percent, locale);
  }

  @Override
  public int compareTo(Threshold other) {
    return percent.compareTo(other.percent);
  }

  /** Equality by value: 80% equals 80,0%. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Threshold t && t.percent.equals(percent);
  }

  @Override
  public int hashCode() {
    return percent.hashCode();
  }

  /** The Vietnamese form, e.g. {@code 80,5%}. */
  @Override
  public String toString() {
    return format(RateFormat.VIETNAMESE);
  }
}
