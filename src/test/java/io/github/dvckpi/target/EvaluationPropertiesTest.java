package io.github.dvckpi.target;

import static io.github.dvckpi.target.TargetGen.MAX_COUNT;
import static io.github.dvckpi.target.TargetGen.directions;
import static io.github.dvckpi.target.TargetGen.meetsExactly;
import static io.github.dvckpi.target.TargetGen.meetsPublished;
import static io.github.dvckpi.target.TargetGen.publishedJudgements;
import static io.github.dvckpi.target.TargetGen.rates;
import static io.github.dvckpi.target.TargetGen.target;
import static io.github.dvckpi.target.TargetGen.thresholds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dvckpi.rate.Rate;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The laws of evaluation, shortfall and gap, for counts up to 10^12. */
class EvaluationPropertiesTest {

  private static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  private static BigInteger turned(Direction direction, Rate r, long k) {
    return direction == Direction.AT_LEAST ? big(r.numerator() + k) : big(r.numerator() - k);
  }

  @Test
  void shortfallIsMinimal() {
    qt().forAll(directions(), thresholds(), rates(MAX_COUNT))
        .checkAssert(
            (dir, t, r) -> {
              long k = target(dir, t).evaluate(r).shortfall();
              BigInteger d = big(r.denominator());
              assertThat(k).isBetween(0L, r.denominator());
              assertThat(meetsExactly(dir, t, turned(dir, r, k), d)).isTrue();
              if (k > 0) {
                assertThat(meetsExactly(dir, t, turned(dir, r, k - 1), d)).isFalse();
              }
            });
  }

  @Test
  void shortfallIsZeroIffMet() {
    qt().forAll(directions(), thresholds(), rates(MAX_COUNT))
        .checkAssert(
            (dir, t, r) -> {
              Evaluation e = target(dir, t).evaluate(r);
              assertThat(e.shortfall() == 0).isEqualTo(e.verdict() == Verdict.MET);
              assertThat(e.verdict() == Verdict.MET)
                  .isEqualTo(meetsExactly(dir, t, big(r.numerator()), big(r.denominator())));
            });
  }

  @Test
  void verdictIsMonotoneInTheNumerator() {
    qt().forAll(directions(), thresholds(), rates(MAX_COUNT), longs().between(0, MAX_COUNT))
        .checkAssert(
            (dir, t, r, extra) -> {
              long more = Math.min(r.denominator(), r.numerator() + extra);
              Rate higher = Rate.of(more, r.denominator());
              Verdict low = target(dir, t).evaluate(r).verdict();
              Verdict high = target(dir, t).evaluate(higher).verdict();
              if (dir == Direction.AT_LEAST && low == Verdict.MET) {
                assertThat(high).isEqualTo(Verdict.MET);
              }
              if (dir == Direction.AT_MOST && high == Verdict.MET) {
                assertThat(low).isEqualTo(Verdict.MET);
              }
            });
  }

  @Test
  void atLeastAndAtMostAreSymmetricThroughTheComplement() {
    qt().forAll(directions(), thresholds(), rates(MAX_COUNT))
        .checkAssert(
            (dir, t, r) -> {
              Evaluation e = target(dir, t).evaluate(r);
              Evaluation mirror = target(dir.opposite(), t.complement()).evaluate(r.complement());
              assertThat(mirror.verdict()).isEqualTo(e.verdict());
              assertThat(mirror.shortfall()).isEqualTo(e.shortfall());
              assertThat(mirror.gapExactly()).isEqualTo(e.gapExactly());
              assertThat(mirror.moreSuccessfulNewDossiers())
                  .isEqualTo(e.moreSuccessfulNewDossiers());
            });
  }

  @Test
  void gapIsNonNegativeIffMet() {
    qt().forAll(directions(), thresholds(), rates(MAX_COUNT))
        .checkAssert(
            (dir, t, r) -> {
              Evaluation e = target(dir, t).evaluate(r);
              assertThat(e.gap().signum() >= 0).isEqualTo(e.verdict() == Verdict.MET);
              assertThat(e.gap().signum()).isEqualTo(e.gapExactly().signum());
            });
  }

  @Test
  void moreSuccessfulNewDossiersIsMinimal() {
    qt().forAll(directions(), thresholds(), rates(MAX_COUNT))
        .checkAssert(
            (dir, t, r) -> {
              Evaluation e = target(dir, t).evaluate(r);
              Optional<BigInteger> k = e.moreSuccessfulNewDossiers();
              BigInteger n = big(r.numerator());
              BigInteger d = big(r.denominator());
              boolean atLeast = dir == Direction.AT_LEAST;
              if (k.isEmpty()) {
                assertThat(atLeast ? t.equals(Threshold.HUNDRED) : t.equals(Threshold.ZERO))
                    .isTrue();
                return;
              }
              BigInteger kk = k.get();
              assertThat(kk).isGreaterThanOrEqualTo(big(e.shortfall()));
              assertThat(meetsExactly(dir, t, atLeast ? n.add(kk) : n, d.add(kk))).isTrue();
              if (kk.signum() > 0) {
                BigInteger less = kk.subtract(BigInteger.ONE);
                assertThat(meetsExactly(dir, t, atLeast ? n.add(less) : n, d.add(less))).isFalse();
              }
            });
  }

  @Test
  void publishedShortfallIsMinimal() {
    qt().forAll(directions(), thresholds(), publishedJudgements(), rates(MAX_COUNT))
        .checkAssert(
            (dir, t, j, r) -> {
              Evaluation e = target(dir, t).judgedOn(j).evaluate(r);
              long k = e.shortfall();
              BigInteger d = big(r.denominator());
              assertThat(e.judgement()).isEqualTo(j);
              assertThat(meetsPublished(dir, t, j, turned(dir, r, k), d)).isTrue();
              assertThat(k == 0).isEqualTo(e.verdict() == Verdict.MET);
              if (k > 0) {
                assertThat(meetsPublished(dir, t, j, turned(dir, r, k - 1), d)).isFalse();
              }
            });
  }

  @Test
  void publishedMoreSuccessfulNewDossiersIsMinimal() {
    qt().forAll(directions(), thresholds(), publishedJudgements(), rates(1_000_000))
        .checkAssert(
            (dir, t, j, r) -> {
              Evaluation e = target(dir, t).judgedOn(j).evaluate(r);
              BigInteger n = big(r.numerator());
              BigInteger d = big(r.denominator());
              boolean atLeast = dir == Direction.AT_LEAST;
              Optional<BigInteger> k = e.moreSuccessfulNewDossiers();
              if (k.isEmpty()) {
                // then even an enormous number of new dossiers does not meet it
                BigInteger huge = BigInteger.TEN.pow(60);
                assertThat(meetsPublished(dir, t, j, atLeast ? n.add(huge) : n, d.add(huge)))
                    .isFalse();
                return;
              }
              BigInteger kk = k.get();
              assertThat(meetsPublished(dir, t, j, atLeast ? n.add(kk) : n, d.add(kk))).isTrue();
              if (kk.signum() > 0) {
                BigInteger less = kk.subtract(BigInteger.ONE);
                assertThat(meetsPublished(dir, t, j, atLeast ? n.add(less) : n, d.add(less)))
                    .isFalse();
              }
            });
  }

  @Test
  void exactVerdictIgnoresTheJudgement() {
    qt().forAll(directions(), thresholds(), publishedJudgements(), rates(MAX_COUNT))
        .checkAssert(
            (dir, t, j, r) ->
                assertThat(target(dir, t).evaluate(r, j).exactVerdict())
                    .isEqualTo(target(dir, t).evaluate(r).verdict()));
  }
}
