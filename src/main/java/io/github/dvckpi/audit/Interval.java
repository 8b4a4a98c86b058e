package io.github.dvckpi.audit;

import java.math.BigInteger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A set of possible true values: an interval of rationals with open or closed ends; the upper end
 * may be unbounded ({@code null}). The lower end is always finite. Package-private.
 */
record Interval(Ratio lower, boolean lowerClosed, @Nullable Ratio upper, boolean upperClosed) {

  Interval {
    if (upper == null) {
      upperClosed = false;
    }
  }

  static Interval point(Ratio value) {
    return new Interval(value, true, value, true);
  }

  static Interval closed(Ratio lower, Ratio upper) {
    return new Interval(lower, true, upper, true);
  }

  boolean isEmpty() {
    if (upper == null) {
      return false;
    }
    int c = lower.compareTo(upper);
    return c > 0 || (c == 0 && !(lowerClosed && upperClosed));
  }

  boolean isPoint() {
    return upper != null && lower.compareTo(upper) == 0 && !isEmpty();
  }

  boolean contains(Ratio x) {
    int lo = x.compareTo(lower);
    if (lo < 0 || (lo == 0 && !lowerClosed)) {
      return false;
    }
    if (upper == null) {
      return true;
    }
    int hi = x.compareTo(upper);
    return hi < 0 || (hi == 0 && upperClosed);
  }

  Interval intersect(Interval o) {
    Ratio lo;
    boolean loC;
    int c = lower.compareTo(o.lower);
    if (c > 0) {
      lo = lower;
      loC = lowerClosed;
    } else if (c < 0) {
      lo = o.lower;
      loC = o.lowerClosed;
    } else {
      lo = lower;
      loC = lowerClosed && o.lowerClosed;
    }
    Ratio hi;
    boolean hiC;
    Ratio u = upper;
    Ratio ou = o.upper;
    if (u == null) {
      hi = ou;
      hiC = o.upperClosed;
    } else if (ou == null) {
      hi = u;
      hiC = upperClosed;
    } else {
      int d = u.compareTo(ou);
      if (d < 0) {
        hi = u;
        hiC = upperClosed;
      } else if (d > 0) {
        hi = ou;
        hiC = o.upperClosed;
      } else {
        hi = u;
        hiC = upperClosed && o.upperClosed;
      }
    }
    return new Interval(lo, loC, hi, hiC);
  }

  boolean meets(Interval o) {
    return !intersect(o).isEmpty();
  }

  /** The Minkowski sum {x + y}. */
  Interval plus(Interval o) {
    Ratio u = upper;
    Ratio ou = o.upper;
    return new Interval(
        lower.plus(o.lower),
        lowerClosed && o.lowerClosed,
        u == null || ou == null ? null : u.plus(ou),
        upperClosed && o.upperClosed);
  }

  /** The set {x − y} of differences; {@code o} must be bounded above. */
  Interval minus(Interval o) {
    Ratio u = upper;
    Ratio ou = java.util.Objects.requireNonNull(o.upper, "a bounded subtrahend");
    return new Interval(
        lower.minus(ou),
        lowerClosed && o.upperClosed,
        u == null ? null : u.minus(o.lower),
        upperClosed && o.lowerClosed);
  }

  /** The set {1 − x} of complements; the set must be bounded above. */
  Interval complement() {
    Ratio u = java.util.Objects.requireNonNull(upper, "a bounded set");
    return new Interval(Ratio.ONE.minus(u), upperClosed, Ratio.ONE.minus(lower), lowerClosed);
  }

  /** Every value scaled by a positive factor. */
  Interval times(Ratio factor) {
    Ratio u = upper;
    return new Interval(
        lower.times(factor), lowerClosed, u == null ? null : u.times(factor), upperClosed);
  }

  /**
   * The values a weighted mean with strictly positive weights of one value from each part can take:
   * the convex hull, an end closed only when every part contains it.
   */
  static Interval meanOf(List<Interval> parts) {
    Ratio lo = parts.get(0).lower;
    Ratio hi = parts.get(0).upper;
    boolean unbounded = false;
    for (Interval p : parts) {
      lo = Ratio.min(lo, p.lower);
      Ratio pu = p.upper;
      if (pu == null) {
        unbounded = true;
      } else if (hi == null || pu.compareTo(hi) > 0) {
        hi = pu;
      }
    }
    boolean loC = true;
    boolean hiC = !unbounded;
    for (Interval p : parts) {
      loC &= p.contains(lo);
      if (hi != null && !unbounded) {
        hiC &= p.contains(hi);
      }
    }
    return new Interval(lo, loC, unbounded ? null : hi, hiC);
  }

  /** The sum of the parts' sets. */
  static Interval sumOf(List<Interval> parts) {
    Interval sum = point(Ratio.ZERO);
    for (Interval p : parts) {
      sum = sum.plus(p);
    }
    return sum;
  }

  /** The smallest integer in the set (the set is assumed to hold one). */
  BigInteger lowestInteger() {
    BigInteger f = lower.floor();
    return lowerClosed && lower.isInteger() ? f : f.add(BigInteger.ONE);
  }

  /** The largest integer in the set, or null if unbounded. */
  @Nullable BigInteger highestInteger() {
    Ratio u = upper;
    if (u == null) {
      return null;
    }
    return upperClosed || !u.isInteger() ? u.floor() : u.floor().subtract(BigInteger.ONE);
  }

  /** The set restricted to its integers, as a closed interval (possibly empty). */
  Interval integers() {
    BigInteger hi = highestInteger();
    return new Interval(Ratio.of(lowestInteger()), true, hi == null ? null : Ratio.of(hi), true);
  }
}
