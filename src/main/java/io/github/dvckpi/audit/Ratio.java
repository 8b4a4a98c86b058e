package io.github.dvckpi.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact non-negative-or-negative rational p/q in lowest terms, q &gt; 0. Package-private. */
record Ratio(BigInteger num, BigInteger den) implements Comparable<Ratio> {

  static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
  static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);
  static final Ratio HUNDRED = new Ratio(BigInteger.valueOf(100), BigInteger.ONE);

  Ratio {
    if (den.signum() <= 0) {
      throw new ArithmeticException("denominator must be positive: " + den);
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    if (num.signum() == 0) {
      den = BigInteger.ONE;
    }
  }

  static Ratio of(long num, long den) {
    return new Ratio(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  static Ratio of(BigInteger num, BigInteger den) {
    return new Ratio(num, den);
  }

  static Ratio of(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      return new Ratio(v.toBigIntegerExact(), BigInteger.ONE);
    }
    return new Ratio(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
  }

  static Ratio of(BigInteger value) {
    return new Ratio(value, BigInteger.ONE);
  }

  Ratio plus(Ratio o) {
    return new Ratio(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  Ratio minus(Ratio o) {
    return new Ratio(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
  }

  Ratio times(Ratio o) {
    return new Ratio(num.multiply(o.num), den.multiply(o.den));
  }

  Ratio divide(Ratio o) {
    if (o.num.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    BigInteger n = num.multiply(o.den);
    BigInteger d = den.multiply(o.num);
    return d.signum() < 0 ? new Ratio(n.negate(), d.negate()) : new Ratio(n, d);
  }

  Ratio reciprocal() {
    return ONE.divide(this);
  }

  int signum() {
    return num.signum();
  }

  boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  /** The largest integer not above this value. */
  BigInteger floor() {
    BigInteger[] qr = num.divideAndRemainder(den);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** The smallest integer not below this value. */
  BigInteger ceil() {
    return floor().add(isInteger() ? BigInteger.ZERO : BigInteger.ONE);
  }

  /** The value as a decimal with {@code scale} digits, rounded with {@code mode}. */
  BigDecimal toDecimal(int scale, RoundingMode mode) {
    return new BigDecimal(num).divide(new BigDecimal(den), scale, mode);
  }

  /** Whether the decimal expansion of this value ends within {@code scale} digits. */
  boolean isExactAt(int scale) {
    return num.multiply(BigInteger.TEN.pow(scale)).mod(den).signum() == 0;
  }

  static Ratio min(Ratio a, Ratio b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  static Ratio max(Ratio a, Ratio b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public int compareTo(Ratio o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public String toString() {
    return isInteger() ? num.toString() : num + "/" + den;
  }
}
