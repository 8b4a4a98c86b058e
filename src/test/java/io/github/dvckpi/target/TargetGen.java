package io.github.dvckpi.target;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dvckpi.rate.Fraction;
import io.github.dvckpi.rate.Rate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.quicktheories.core.Gen;

/** Generators for the target package's properties: thresholds, big counts, directions. */
final class TargetGen {

  private TargetGen() {}

  /** The largest count the shortfall laws are checked for. */
  static final long MAX_COUNT = 1_000_000_000_000L;

  /**
   * Thresholds with 0 to 4 decimals in [0%, 100%], biased to whole percents and the ends.
   *
   * @return the generator
   */
  static Gen<Threshold> thresholds() {
    Gen<Integer> scale = integers().between(0, 4);
    Gen<Long> raw = longs().between(0, Long.MAX_VALUE);
    Gen<Integer> pick = integers().between(0, 9);
    return in -> {
      int p = pick.generate(in);
      if (p == 0) {
        return Threshold.ZERO;
      }
      if (p == 1) {
        return Threshold.HUNDRED;
      }
      int s = scale.generate(in);
      long top = 100 * BigInteger.TEN.pow(s).longValueExact();
      long unscaled = Math.floorMod(raw.generate(in), top + 1);
      return Threshold.ofPercent(BigDecimal.valueOf(unscaled, s));
    };
  }

  /**
   * Defined rates with counts up to {@code max}, biased to small denominators half of the time.
   *
   * @param max the largest denominator
   * @return the generator
   */
  static Gen<Rate> rates(long max) {
    Gen<Long> big = longs().between(1, max);
    Gen<Long> small = longs().between(1, 200);
    Gen<Boolean> which = integers().between(0, 1).map(i -> i == 0);
    Gen<Long> fraction = longs().between(0, Long.MAX_VALUE);
    return in -> {
      long d = which.generate(in) ? small.generate(in) : big.generate(in);
      long n = Math.floorMod(fraction.generate(in), d + 1);
      return Rate.of(n, d);
    };
  }

  /**
   * Both directions.
   *
   * @return the generator
   */
  static Gen<Direction> directions() {
    return integers().between(0, 1).map(i -> Direction.values()[i]);
  }

  /**
   * Published judgements at scales 0 to 3 with every rounding mode but UNNECESSARY.
   *
   * @return the generator
   */
  static Gen<Judgement> publishedJudgements() {
    RoundingMode[] modes = {
      RoundingMode.UP,
      RoundingMode.DOWN,
      RoundingMode.CEILING,
      RoundingMode.FLOOR,
      RoundingMode.HALF_UP,
      RoundingMode.HALF_DOWN,
      RoundingMode.HALF_EVEN
    };
    return integers()
        .between(0, 3)
        .zip(integers().between(0, modes.length - 1), (s, m) -> Judgement.published(s, modes[m]));
  }

  /** The oracle: whether n/d meets a direction and threshold, by exact fractions. */
  static boolean meetsExactly(Direction direction, Threshold t, BigInteger n, BigInteger d) {
    int cmp = Fraction.of(n, d).compareTo(t.share());
    return direction == Direction.AT_LEAST ? cmp >= 0 : cmp <= 0;
  }

  /** The oracle for published judgements: rounding by BigDecimal, compared with the percent. */
  static boolean meetsPublished(
      Direction direction, Threshold t, Judgement j, BigInteger n, BigInteger d) {
    BigDecimal p =
        new BigDecimal(n)
            .multiply(BigDecimal.valueOf(100))
            .divide(new BigDecimal(d), j.scale(), j.roundingMode());
    int cmp = p.compareTo(t.percent());
    return direction == Direction.AT_LEAST ? cmp >= 0 : cmp <= 0;
  }

  static Target target(Direction direction, Threshold t) {
    return Target.of(io.github.dvckpi.indicator.Indicator.ONLINE_SUBMISSION_ELIGIBLE, direction, t);
  }
}
