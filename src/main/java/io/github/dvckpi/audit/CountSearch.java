package io.github.dvckpi.audit;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Exact searches over counts behind a ratio: the simplest fraction in an interval (Stern–Brocot),
 * and whether some numerator and denominator in given ranges give a ratio in an interval (by floor
 * sums, never by scanning). Package-private, stateless.
 */
final class CountSearch {

  private static final BigInteger TWO = BigInteger.TWO;

  private CountSearch() {}

  /** A numerator over a denominator. */
  record Pair(BigInteger numerator, BigInteger denominator) {}

  /**
   * The fraction with the smallest denominator (and, for it, the smallest numerator) in a non-empty
   * interval of non-negative values: the simplest fraction, found by descending the Stern–Brocot
   * tree through continued fractions.
   */
  static Pair simplest(Interval set) {
    Ratio lo = set.lower();
    boolean loClosed = set.lowerClosed();
    Ratio hi = set.upper();
    boolean hiClosed = set.upperClosed();
    BigInteger f = lo.floor();
    if (loClosed && lo.isInteger()) {
      return new Pair(f, BigInteger.ONE);
    }
    BigInteger k = f.add(BigInteger.ONE);
    Ratio kr = Ratio.of(k);
    if (hi == null || kr.compareTo(hi) < 0 || (kr.compareTo(hi) == 0 && hiClosed)) {
      return new Pair(k, BigInteger.ONE);
    }
    // the interval lies strictly between f and f + 1: x = f + 1/y
    Ratio fr = Ratio.of(f);
    Ratio yLow = hi.minus(fr).reciprocal();
    Ratio yHigh = lo.compareTo(fr) == 0 ? null : lo.minus(fr).reciprocal();
    Pair y = simplest(new Interval(yLow, hiClosed, yHigh, loClosed));
    // f + q/p
    return new Pair(f.multiply(y.numerator()).add(y.denominator()), y.numerator());
  }

  /**
   * Some numerator in [n1, n2] over a denominator in [d1, d2] (upper ends null when unbounded)
   * whose ratio lies in {@code set}, a non-empty interval within [0, 1]; the one with the smallest
   * denominator, and for it the smallest numerator. Null if there is none.
   */
  static @Nullable Pair witness(
      Interval set,
      BigInteger n1,
      @Nullable BigInteger n2,
      BigInteger d1,
      @Nullable BigInteger d2) {
    Ratio lo = set.lower();
    Ratio hi = set.upper();
    if (hi == null || set.isEmpty() || (n2 != null && n2.compareTo(n1) < 0)) {
      return null;
    }
    boolean loC = set.lowerClosed();
    boolean hiC = set.upperClosed();
    // a: the smallest denominator with U(d) >= n1
    BigInteger a = d1.max(BigInteger.ONE);
    if (n1.signum() > 0) {
      if (hi.signum() == 0) {
        return null;
      }
      Ratio q = Ratio.of(n1).divide(hi);
      a = a.max(hiC ? q.ceil() : q.floor().add(BigInteger.ONE));
    }
    // b: the largest denominator with L(d) <= n2 (null: unbounded)
    BigInteger b = d2;
    if (n2 != null) {
      BigInteger limit;
      if (lo.signum() == 0) {
        limit = loC || n2.signum() > 0 ? null : BigInteger.ZERO;
      } else {
        Ratio q = Ratio.of(n2).divide(lo);
        limit = loC ? q.floor() : q.ceil().subtract(BigInteger.ONE);
      }
      if (limit != null) {
        b = b == null ? limit : b.min(limit);
      }
    }
    if (b == null) {
      // some denominator in [a, a + period] works when any does
      BigInteger period =
          hi.compareTo(lo) > 0 ? hi.minus(lo).reciprocal().ceil().add(BigInteger.ONE) : lo.den();
      b = a.add(period);
    }
    if (a.compareTo(b) > 0 || countBetween(set, a, b).signum() <= 0) {
      return null;
    }
    BigInteger low = a;
    BigInteger high = b;
    while (low.compareTo(high) < 0) {
      BigInteger mid = low.add(high).shiftRight(1);
      if (countBetween(set, a, mid).signum() > 0) {
        high = mid;
      } else {
        low = mid.add(BigInteger.ONE);
      }
    }
    return new Pair(n1.max(lowest(set, low)), low);
  }

  /** L(d): the smallest numerator over d in the set. */
  static BigInteger lowest(Interval set, BigInteger d) {
    Ratio x = set.lower().times(Ratio.of(d));
    return set.lowerClosed() ? x.ceil() : x.floor().add(BigInteger.ONE);
  }

  /** Σ over d in [a, b] of the number of numerators n with n/d in the set (upper end finite). */
  static BigInteger countBetween(Interval set, BigInteger a, BigInteger b) {
    Ratio lo = set.lower();
    Ratio hi = set.upper();
    if (hi == null) {
      throw new IllegalArgumentException("unbounded");
    }
    BigInteger n = b.subtract(a).add(BigInteger.ONE);
    BigInteger upper =
        set.upperClosed()
            ? floorSum(n, hi.den(), hi.num(), hi.num().multiply(a))
            : floorSum(n, hi.den(), hi.num().negate(), hi.num().negate().multiply(a))
                .negate()
                .subtract(n);
    BigInteger lower =
        set.lowerClosed()
            ? floorSum(n, lo.den(), lo.num().negate(), lo.num().negate().multiply(a)).negate()
            : floorSum(n, lo.den(), lo.num(), lo.num().multiply(a)).add(n);
    return upper.subtract(lower).add(n);
  }

  /** Σ_{i=0}^{n-1} floor((a·i + b) / m), for n &gt;= 0, m &gt; 0 and any a, b. */
  static BigInteger floorSum(BigInteger n, BigInteger m, BigInteger a, BigInteger b) {
    BigInteger answer = BigInteger.ZERO;
    BigInteger pairs = n.multiply(n.subtract(BigInteger.ONE)).divide(TWO);
    if (a.signum() < 0) {
      BigInteger a2 = a.mod(m);
      answer = answer.subtract(pairs.multiply(a2.subtract(a).divide(m)));
      a = a2;
    }
    if (b.signum() < 0) {
      BigInteger b2 = b.mod(m);
      answer = answer.subtract(n.multiply(b2.subtract(b).divide(m)));
      b = b2;
    }
    while (true) {
      if (a.compareTo(m) >= 0) {
        answer =
            answer.add(n.multiply(n.subtract(BigInteger.ONE)).divide(TWO).multiply(a.divide(m)));
        a = a.mod(m);
      }
      if (b.compareTo(m) >= 0) {
        answer = answer.add(n.multiply(b.divide(m)));
        b = b.mod(m);
      }
      BigInteger yMax = a.multiply(n).add(b);
      if (yMax.compareTo(m) < 0) {
        return answer;
      }
      n = yMax.divide(m);
      b = yMax.mod(m);
      BigInteger t = m;
      m = a;
      a = t;
    }
  }
}
