package io.github.dvckpi.rate;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An exact share: a count of successful dossiers over a count of dossiers, such as {@code
 * 9.979/10.000}.
 *
 * <p>A rate is never a {@code double}. It keeps both counts, compares exactly, and is rounded only
 * when it is shown, with an explicit scale and {@link RoundingMode}. A rate over zero dossiers
 * ({@code 0/0}) is <em>undefined</em>: it is neither 0% nor 100%, it has no {@link #percent
 * percent}, and it prints as "no data".
 *
 * <p>Two equalities, as in joda-money: {@link #equals(Object)} is structural — {@code 1/2} and
 * {@code 2/4} are different rates, because the counts are information — while {@link
 * #isEqual(Rate)} and {@link #compareTo(Rate)} compare by value, exactly, for any longs.
 *
 * <p>Rates of disjoint populations aggregate by adding counts ({@link #plus(Rate)}, {@link
 * #total(Iterable)}): Σnumerator/Σdenominator. There is deliberately no way to average rates.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Rate r = Rate.of(9979, 10_000);   // 99,79% (9.979/10.000)
 * r.percent(2, RoundingMode.HALF_UP) // 99.79
 * r.format(Locale.ENGLISH)           // 99.79% (9,979/10,000)
 * }</pre>
 */
public final class Rate implements Comparable<Rate> {

  private static final Rate UNDEFINED = new Rate(0, 0);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final long numerator;
  private final long denominator;

  private Rate(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The rate {@code numerator/denominator}.
   *
   * @param numerator the successful dossiers, {@code 0 <= numerator <= denominator}
   * @param denominator the dossiers counted; 0 (with numerator 0) gives the undefined rate
   * @return the rate
   * @throws IllegalArgumentException if a count is negative or the numerator exceeds the
   *     denominator; the message names both values
   */
  public static Rate of(long numerator, long denominator) {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "a rate needs 0 <= numerator <= denominator, got numerator="
              + numerator
              + ", denominator="
              + denominator);
    }
    return denominator == 0 ? UNDEFINED : new Rate(numerator, denominator);
  }

  /**
   * The undefined rate {@code 0/0}: no dossier was counted.
   *
   * @return the undefined rate
   */
  public static Rate undefined() {
    return UNDEFINED;
  }

  /**
   * The total of rates over disjoint populations: Σnumerator / Σdenominator.
   *
   * @param rates the parts; none may be null
   * @return the aggregate rate; undefined if there are no parts or all are undefined
   * @throws ArithmeticException if a sum overflows a long
   */
  public static Rate total(Iterable<Rate> rates) {
    long n = 0;
    long d = 0;
    for (Rate rate : rates) {
      requireNonNull(rate, "rate");
      n = Math.addExact(n, rate.numerator);
      d = Math.addExact(d, rate.denominator);
    }
    return of(n, d);
  }

  /**
   * The total of rates over disjoint populations: Σnumerator / Σdenominator.
   *
   * @param rates the parts
   * @return the aggregate rate; undefined if there are no parts or all are undefined
   * @throws ArithmeticException if a sum overflows a long
   */
  public static Rate total(Rate... rates) {
    return total(java.util.Arrays.asList(rates));
  }

  /**
   * The count of successful dossiers.
   *
   * @return the numerator, {@code >= 0}
   */
  public long numerator() {
    return numerator;
  }

  /**
   * The count of dossiers in the population.
   *
   * @return the denominator, {@code >= 0}; 0 exactly when the rate is undefined
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Whether no dossier was counted ({@code 0/0}).
   *
   * @return true for the undefined rate
   */
  public boolean isUndefined() {
    return denominator == 0;
  }

  /**
   * The aggregate of this rate and another over a disjoint population: the counts added.
   *
   * @param other the other part
   * @return {@code (n1 + n2) / (d1 + d2)}
   * @throws ArithmeticException if a sum overflows a long
   */
  public Rate plus(Rate other) {
    requireNonNull(other, "other");
    return of(
        Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
  }

  /**
   * The complementary share of the same population: {@code (d − n) / d}, e.g. the late rate from
   * the on-time rate.
   *
   * @return the complement; the undefined rate stays undefined
   */
  public Rate complement() {
    return of(denominator - numerator, denominator);
  }

  /**
   * The rate in percent, rounded once to {@code scale} decimals with {@code mode}, computed with
   * exact decimal arithmetic.
   *
   * @param scale decimals after the point, in [0, 30]
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} throws if rounding is needed
   * @return the percent, e.g. {@code 99.79} for 9.979/10.000 at scale 2
   * @throws IllegalStateException if the rate is undefined
   * @throws IllegalArgumentException if the scale is out of range
   */
  public BigDecimal percent(int scale, RoundingMode mode) {
    RateFormat.checkScale(scale);
    requireNonNull(mode, "mode");
    checkState(!isUndefined(), "the rate 0/0 is undefined (no dossiers): it has no percent");
    return BigDecimal.valueOf(numerator)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator), scale, mode);
  }

  /**
   * Compares by value, exactly: {@code n1·d2} against {@code n2·d1} in 128-bit arithmetic, so it
   * never overflows. The undefined rate sorts before every defined rate (it is never equal to 0%)
   * and equals only itself.
   *
   * @param other the rate to compare with
   * @return negative, zero or positive as this rate is below, equal to or above the other
   */
  @Override
  public int compareTo(Rate other) {
    requireNonNull(other, "other");
    if (isUndefined() || other.isUndefined()) {
      return Boolean.compare(!isUndefined(), !other.isUndefined());
    }
    return compareProducts(numerator, other.denominator, other.numerator, denominator);
  }

  /** Compares a·b with c·d for non-negative longs, exactly. */
  static int compareProducts(long a, long b, long c, long d) {
    long high1 = Math.multiplyHigh(a, b);
    long high2 = Math.multiplyHigh(c, d);
    if (high1 != high2) {
      return Long.compare(high1, high2);
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /**
   * Whether two rates have the same value: {@code 1/2} is equal to {@code 2/4}. The undefined rate
   * is equal only to itself.
   *
   * @param other the other rate
   * @return true if {@link #compareTo(Rate)} is 0
   */
  public boolean isEqual(Rate other) {
    return compareTo(other) == 0;
  }

  /**
   * Whether this rate is above the other, by value.
   *
   * @param other the other rate
   * @return true if strictly greater
   */
  public boolean isGreaterThan(Rate other) {
    return compareTo(other) > 0;
  }

  /**
   * Whether this rate is below the other, by value.
   *
   * @param other the other rate
   * @return true if strictly less
   */
  public boolean isLessThan(Rate other) {
    return compareTo(other) < 0;
  }

  /**
   * Formats as official tables do, with the percent rounded at 2 decimals half up and the counts:
   * {@code 99,79% (9.979/10.000)} in Vietnamese, {@code 99.79% (9,979/10,000)} in English.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the formatted rate; {@code không có dữ liệu (0/0)} / {@code no data (0/0)} if undefined
   */
  public String format(Locale locale) {
    return format(locale, RateFormat.DEFAULT_SCALE, RateFormat.DEFAULT_ROUNDING);
  }

  /**
   * Formats with an explicit scale and rounding mode: the percent, then the counts in brackets.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @param scale decimals of the percent, in [0, 30]
   * @param mode how to round the percent
   * @return the formatted rate
   */
  public String format(Locale locale, int scale, RoundingMode mode) {
    return RateFormat.percent(this, locale, scale, mode)
        + " ("
        + RateFormat.count(numerator, locale)
        + "/"
        + RateFormat.count(denominator, locale)
        + ")";
  }

  /**
   * Structural equality: same numerator and same denominator. Use {@link #isEqual(Rate)} to compare
   * values.
   */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof Rate r && r.numerator == numerator && r.denominator == denominator;
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(numerator) + Long.hashCode(denominator);
  }

  /**
   * The Vietnamese form of official tables, e.g. {@code 99,79% (9.979/10.000)}; see {@link
   * #format(Locale)}.
   */
  @Override
  public String toString() {
    return format(RateFormat.VIETNAMESE);
  }
}
