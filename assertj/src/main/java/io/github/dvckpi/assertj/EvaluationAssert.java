package io.github.dvckpi.assertj;

import static io.github.dvckpi.assertj.Failure.count;
import static io.github.dvckpi.assertj.Failure.number;
import static io.github.dvckpi.assertj.Failure.text;

import io.github.dvckpi.target.Evaluation;
import io.github.dvckpi.target.Verdict;
import java.math.BigDecimal;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Evaluation} of a rate against a target: its verdict, its gap in
 * percentage points and its shortfall in dossiers. Obtain one with {@link
 * DvcKpiAssertions#assertThat(Evaluation)}.
 *
 * <pre>{@code
 * assertThat(Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%").evaluate(Rate.of(7999, 10_000)))
 *     .isNotMet().hasGap("-0,01").hasShortfall(1);
 * }</pre>
 *
 * <p>Failures show the evaluation as the library describes it, with the rate's counts.
 */
public class EvaluationAssert extends AbstractAssert<EvaluationAssert, Evaluation> {

  /**
   * An assertion on an evaluation; prefer {@link DvcKpiAssertions#assertThat(Evaluation)}.
   *
   * @param actual the evaluation under test, may be null (every assertion but {@code isNull} then
   *     fails)
   */
  public EvaluationAssert(Evaluation actual) {
    super(actual, EvaluationAssert.class);
  }

  /**
   * Verifies that the target is met.
   *
   * @return this assertion
   */
  public EvaluationAssert isMet() {
    return hasVerdict(Verdict.MET);
  }

  /**
   * Verifies that the target is not met.
   *
   * @return this assertion
   */
  public EvaluationAssert isNotMet() {
    return hasVerdict(Verdict.NOT_MET);
  }

  /**
   * Verifies that there was no data to evaluate (the rate is {@code 0/0}).
   *
   * @return this assertion
   */
  public EvaluationAssert hasNoData() {
    return hasVerdict(Verdict.NO_DATA);
  }

  /**
   * Verifies the verdict.
   *
   * @param expected the expected verdict
   * @return this assertion
   */
  public EvaluationAssert hasVerdict(Verdict expected) {
    isNotNull();
    if (actual.verdict() != expected) {
      throwAssertionError(
          Failure.of(
              "%nExpecting evaluation:%n  %s%nof the rate:%n  %s%nto be %s but was %s",
              text(actual.describe(DvcKpi.LANGUAGE)), actual.rate(), expected, actual.verdict()));
    }
    return myself;
  }

  /**
   * Verifies the gap in percentage points, positive when better than the target ({@link
   * Evaluation#gap()}), compared by value: {@code "-0,01"} and {@code "-0.010"} are the same gap.
   *
   * @param expected the expected gap, e.g. {@code "-0,01"} (a decimal comma or point)
   * @return this assertion
   * @throws IllegalArgumentException if the expected gap is not a number
   */
  public EvaluationAssert hasGap(String expected) {
    return hasGap(Figures.points(expected));
  }

  /**
   * Verifies the gap in percentage points, compared by value; see {@link #hasGap(String)}.
   *
   * @param expected the expected gap
   * @return this assertion
   */
  public EvaluationAssert hasGap(BigDecimal expected) {
    hasDataFor("a gap");
    BigDecimal gap = actual.gap();
    if (gap.compareTo(expected) != 0) {
      throwAssertionError(
          Failure.of(
              "%nExpecting evaluation:%n  %s%nof the rate:%n  %s%n"
                  + "to have a gap of %s percentage points but it was %s",
              text(actual.describe(DvcKpi.LANGUAGE)),
              actual.rate(),
              number(expected),
              number(gap)));
    }
    return myself;
  }

  /**
   * Verifies the shortfall: the dossiers that would have had to succeed instead of fail for the
   * target to be met ({@link Evaluation#shortfall()}), zero exactly when met.
   *
   * @param expected the expected number of dossiers
   * @return this assertion
   */
  public EvaluationAssert hasShortfall(long expected) {
    hasDataFor("a shortfall");
    if (actual.shortfall() != expected) {
      throwAssertionError(
          Failure.of(
              "%nExpecting evaluation:%n  %s%nof the rate:%n  %s%n"
                  + "to have a shortfall of %s dossiers but it was %s",
              text(actual.describe(DvcKpi.LANGUAGE)),
              actual.rate(),
              count(expected),
              count(actual.shortfall())));
    }
    return myself;
  }

  private void hasDataFor(String what) {
    isNotNull();
    if (!actual.hasData()) {
      throwAssertionError(
          Failure.of(
              "%nExpecting evaluation:%n  %s%nto have %s, but it has no data (the rate is %s)",
              text(actual.describe(DvcKpi.LANGUAGE)), text(what), actual.rate()));
    }
  }
}
