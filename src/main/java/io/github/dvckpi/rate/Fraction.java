package io.github.dvckpi.rate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number {@code numerator / denominator} of arbitrary size, always in lowest
 * terms with a positive denominator: the type of index points, gaps and thresholds before they are
 * shown.
 *
 * <p>Equality is by value ({@code 1/2} equals {@code 2/4}, both being stored as {@code 1/2}).
 * Fractions are rounded only by {@link #toBigDecimal(int, RoundingMode)} and {@link #format(Locale,
 * int, RoundingMode)}, with the scale and mode given. Instances are immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

  /** Zero. */
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  /** One. */
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * The fraction {@code numerator / denominator}, reduced to lowest terms.
   *
   * @param numerator any integer
   * @param denominator any non-zero integer
   * @return the fraction
   * @throws ArithmeticException if the denominator is zero
   */
  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException(
          "a fraction's denominator must not be zero: " + numerator + "/0");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE)) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new Fraction(numerator, denominator);
  }

  /**
   * The fraction {@code numerator / denominator}, reduced to lowest terms.
   *
   * @param numerator any long
   * @param denominator any non-zero long
   * @return the fraction
   * @throws ArithmeticException if the denominator is zero
   */
  public static Fraction of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * The whole number {@code value}.
   *
   * @param value any long
   * @return {@code value / 1}
   */
  public static Fraction of(long value) {
    return of(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * The exact value of a decimal: {@code 15.7} is {@code 157/10}.
   *
   * @param value any decimal
   * @return the fraction
   */
  public static Fraction of(BigDecimal value) {
    requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return of(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * The value of a defined rate as a share in [0, 1]: {@code 9.979/10.000} is {@code 9979/10000}.
   *
   * @param rate a defined rate
   * @return the share
   * @throws IllegalArgumentException if the rate is undefined
   */
  public static Fraction of(Rate rate) {
    requireNonNull(rate, "rate");
    checkArgument(!rate.isUndefined(), "the rate 0/0 is undefined: it has no value");
    return of(rate.numerator(), rate.denominator());
  }

  /**
   * The value of a defined rate in percent: {@code 9.979/10.000} is {@code 9979/100}.
   *
   * @param rate a defined rate
   * @return the percent, exactly
   * @throws IllegalArgumentException if the rate is undefined
   */
  public static Fraction percentOf(Rate rate) {
    return of(rate).times(of(100));
  }

  /**
   * The numerator in lowest terms; it carries the sign.
   *
   * @return the numerator
   */
  public BigInteger numerator() {
    return numerator;
  }

  /**
   * The denominator in lowest terms.
   *
   * @return the denominator, {@code > 0}
   */
  public BigInteger denominator() {
    return denominator;
  }

  /**
   * The sign.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return numerator.signum();
  }

  /**
   * The sum.
   *
   * @param other the other addend
   * @return {@code this + other}
   */
  public Fraction plus(Fraction other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * The difference.
   *
   * @param other the subtrahend
   * @return {@code this − other}
   */
  public Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  /**
   * The product.
   *
   * @param other the other factor
   * @return {@code this × other}
   */
  public Fraction times(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * The quotient.
   *
   * @param other the divisor
   * @return {@code this / other}
   * @throws ArithmeticException if the divisor is zero
   */
  public Fraction dividedBy(Fraction other) {
    if (other.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * The opposite.
   *
   * @return {@code −this}
   */
  public Fraction negate() {
    return new Fraction(numerator.negate(), denominator);
  }

  /**
   * The smaller of two fractions.
   *
   * @param other the other fraction
   * @return this if it is not greater than the other, else the other
   */
  public Fraction min(Fraction other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of two fractions.
   *
   * @param other the other fraction
   * @return this if it is not less than the other, else the other
   */
  public Fraction max(Fraction other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * The largest integer not greater than this fraction.
   *
   * @return the floor
   */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /**
   * The smallest integer not less than this fraction.
   *
   * @return the ceiling
   */
  public BigInteger ceiling() {
    return floor().add(isInteger() ? BigInteger.ZERO : BigInteger.ONE);
  }

  /**
   * Whether the value is a whole number.
   *
   * @return true if the denominator is 1
   */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /**
   * The value rounded once to {@code scale} decimals with {@code mode}.
   *
   * @param scale decimals after the point, at least 0
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} throws if rounding is needed
   * @return the rounded decimal
   * @throws ArithmeticException if the mode is UNNECESSARY and rounding is needed
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    checkArgument(scale >= 0, "scale must be at least 0, got %s", scale);
    requireNonNull(mode, "mode");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  /**
   * The exact decimal value, if the decimal expansion terminates (the reduced denominator has no
   * prime factor other than 2 and 5), without trailing zeros.
   *
   * @return the exact decimal, or empty for values such as {@code 1/3}
   */
  public Optional<BigDecimal> toBigDecimalExact() {
    BigInteger d = denominator;
    int twos = d.getLowestSetBit();
    d = d.shiftRight(twos);
    int fives = 0;
    while (d.mod(FIVE).signum() == 0) {
      d = d.divide(FIVE);
      fives++;
    }
    if (!d.equals(BigInteger.ONE)) {
      return Optional.empty();
    }
    int scale = Math.max(twos, fives);
    return Optional.of(toBigDecimal(scale, RoundingMode.UNNECESSARY).stripTrailingZeros());
  }

  /**
   * Formats the value rounded once at a scale, with the locale's separators: {@code 15,7} (vi),
   * {@code 15.7} (en).
   *
   * @param locale the language
   * @param scale decimals after the point
   * @param mode how to round
   * @return the formatted number
   */
  public String format(Locale locale, int scale, RoundingMode mode) {
    return RateFormat.number(toBigDecimal(scale, mode), locale);
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Equality by value; fractions are kept in lowest terms. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Fraction f
        && f.numerator.equals(numerator)
        && f.denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /**
   * The exact decimal if it terminates ({@code 15.7}), else {@code numerator/denominator} ({@code
   * 1/3}).
   */
  @Override
  public String toString() {
    return toBigDecimalExact()
        .map(BigDecimal::toPlainString)
        .orElseGet(() -> numerator + "/" + denominator);
  }
}
