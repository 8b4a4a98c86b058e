package io.github.dvckpi.target;

import io.github.dvckpi.rate.Fraction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A direction, a threshold and a judgement: the arithmetic of "is n/d good enough, and how many
 * dossiers short is it". Package-private; everything is exact integer arithmetic on {@link
 * BigInteger}s.
 */
record Criterion(Direction direction, Threshold threshold, Judgement judgement) {

  /** Whether n/d (d > 0) meets the target. */
  boolean meets(BigInteger n, BigInteger d) {
    return direction.isMet(compare(n, d));
  }

  /** The judged value of n/d (d > 0) compared with the threshold. */
  int compare(BigInteger n, BigInteger d) {
    if (judgement.isExact()) {
      return threshold.compareCounts(n, d);
    }
    return judgement.publishedPercent(n, d).compareTo(threshold.percent());
  }

  /**
   * The least k ≥ 0 such that k dossiers turned from failure to success meet the target: (n + k)/d
   * for at least, (n − k)/d for at most. Always exists, since 100% meets any "at least" and 0%
   * meets any "at most".
   */
  BigInteger shortfall(BigInteger n, BigInteger d) {
    if (judgement.isExact()) {
      Fraction share = threshold.share();
      Fraction needed = share.times(Fraction.of(d, BigInteger.ONE));
      BigInteger k =
          direction == Direction.AT_LEAST
              ? needed.ceiling().subtract(n)
              : n.subtract(needed.floor());
      return k.max(BigInteger.ZERO);
    }
    BigInteger limit = direction == Direction.AT_LEAST ? d.subtract(n) : n;
    return leastUpTo(limit, k -> meets(turned(n, k), d));
  }

  /**
   * The least k ≥ 0 such that k more successful new dossiers meet the target: (n + k)/(d + k) for
   * at least, n/(d + k) for at most; empty if no number of new dossiers can (at least 100% with a
   * failure, at most 0% with a success, or a rounding that never reaches the threshold).
   */
  Optional<BigInteger> moreSuccessfulNewDossiers(BigInteger n, BigInteger d) {
    boolean atLeast = direction == Direction.AT_LEAST;
    if (meets(n, d)) {
      return Optional.of(BigInteger.ZERO);
    }
    if (judgement.isExact()) {
      Fraction t = threshold.share();
      BigInteger a = t.numerator();
      BigInteger b = t.denominator();
      // at least: (n + k)·b ≥ a·(d + k)  ⇔  k·(b − a) ≥ a·d − n·b
      // at most:  n·b ≤ a·(d + k)        ⇔  k·a ≥ n·b − a·d
      BigInteger divisor = atLeast ? b.subtract(a) : a;
      if (divisor.signum() == 0) {
        return Optional.empty();
      }
      BigInteger excess =
          atLeast ? a.multiply(d).subtract(n.multiply(b)) : n.multiply(b).subtract(a.multiply(d));
      return Optional.of(Fraction.of(excess, divisor).ceiling());
    }
    BigDecimal limit = judgement.publishedNear(atLeast);
    if (!direction.isMet(limit.compareTo(threshold.percent()))) {
      return Optional.empty();
    }
    java.util.function.Predicate<BigInteger> ok = k -> meets(atLeast ? n.add(k) : n, d.add(k));
    BigInteger hi = BigInteger.ONE;
    while (!ok.test(hi)) {
      hi = hi.shiftLeft(1);
    }
    return Optional.of(leastUpTo(hi, ok));
  }

  private BigInteger turned(BigInteger n, BigInteger k) {
    return direction == Direction.AT_LEAST ? n.add(k) : n.subtract(k);
  }

  /** The least k in [0, hi] satisfying a monotone predicate that holds at hi. */
  private static BigInteger leastUpTo(BigInteger hi, java.util.function.Predicate<BigInteger> ok) {
    BigInteger lo = BigInteger.ZERO;
    while (lo.compareTo(hi) < 0) {
      BigInteger mid = lo.add(hi).shiftRight(1);
      if (ok.test(mid)) {
        hi = mid;
      } else {
        lo = mid.add(BigInteger.ONE);
      }
    }
    return lo;
  }
}
