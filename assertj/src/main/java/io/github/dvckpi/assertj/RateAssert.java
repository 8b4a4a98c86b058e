package io.github.dvckpi.assertj;

import static io.github.dvckpi.assertj.Failure.text;

import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.RoundingMode;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Rate}: by its counts, by its value, and as it is printed at a scale and
 * rounding. Obtain one with {@link DvcKpiAssertions#assertThat(Rate)}.
 *
 * <pre>{@code
 * assertThat(Rate.of(948, 950)).hasCounts(948, 950).isPrintedAs("99,79%").hasValue(474, 475);
 * }</pre>
 */
public class RateAssert extends AbstractAssert<RateAssert, Rate> {

  /**
   * An assertion on a rate; prefer {@link DvcKpiAssertions#assertThat(Rate)}.
   *
   * @param actual the rate under test, may be null (every assertion but {@code isNull} then fails)
   */
  public RateAssert(Rate actual) {
    super(actual, RateAssert.class);
  }

  /**
   * Verifies that the rate has exactly these counts: {@code 948/950} has the counts 948 and 950,
   * not 474 and 475 (for equality by value, see {@link #hasValue(long, long)}).
   *
   * @param numerator the expected numerator
   * @param denominator the expected denominator
   * @return this assertion
   */
  public RateAssert hasCounts(long numerator, long denominator) {
    isNotNull();
    if (actual.numerator() != numerator || actual.denominator() != denominator) {
      throwAssertionError(
          Failure.of(
              "%nExpecting rate:%n  %s%nto have the counts:%n  %s%nbut had:%n  %s",
              actual, text(Figures.counts(numerator, denominator)), text(Figures.counts(actual))));
    }
    return myself;
  }

  /**
   * Verifies that the rate has the value {@code numerator/denominator}, whatever its counts: {@code
   * 948/950} has the value 474/475. Exact; the undefined rate {@code 0/0} has only its own value.
   *
   * @param numerator the numerator of the expected value
   * @param denominator the denominator of the expected value
   * @return this assertion
   * @throws IllegalArgumentException if the counts do not make a rate (see {@link Rate#of})
   */
  public RateAssert hasValue(long numerator, long denominator) {
    return hasSameValueAs(Rate.of(numerator, denominator));
  }

  /**
   * Verifies that the rate has the same value as another, whatever their counts ({@link
   * Rate#isEqual(Rate)}).
   *
   * @param expected the rate whose value is expected
   * @return this assertion
   */
  public RateAssert hasSameValueAs(Rate expected) {
    isNotNull();
    if (!actual.isEqual(expected)) {
      throwAssertionError(
          Failure.of(
              "%nExpecting rate:%n  %s%nto have the same value as:%n  %s%nbut it is %s",
              actual, expected, text(actual.isGreaterThan(expected) ? "greater" : "less")));
    }
    return myself;
  }

  /**
   * Verifies that the rate prints as a figure with that figure's decimals, rounded half up as
   * official tables are: {@code "99,79%"} checks 2 decimals, {@code "100%"} none. The figure may
   * use a decimal comma (Vietnamese) or point (English).
   *
   * @param figure the expected figure, e.g. {@code "99,79%"}
   * @return this assertion
   * @throws IllegalArgumentException if the figure is not a percent
   */
  public RateAssert isPrintedAs(String figure) {
    String checked = Figures.figure(figure);
    return isPrintedAs(checked, Figures.decimals(checked), RateFormat.DEFAULT_ROUNDING);
  }

  /**
   * Verifies that the rate prints as a figure at a scale and rounding mode: {@code 465/466} is
   * printed {@code "99,79%"} at 2 decimals half up but {@code "99,78%"} at 2 decimals down.
   *
   * @param figure the expected figure, e.g. {@code "99,79%"}, with a decimal comma or point
   * @param scale the decimals printed, at least 0
   * @param mode how the percent is rounded to them
   * @return this assertion
   * @throws IllegalArgumentException if the figure is not a percent or the scale is negative
   */
  public RateAssert isPrintedAs(String figure, int scale, RoundingMode mode) {
    String checked = Figures.figure(figure);
    Figures.checkScale(scale);
    isNotNull();
    String printed = Figures.printed(actual, checked, scale, mode);
    if (!printed.equals(checked)) {
      throwAssertionError(
          Failure.of(
              "%nExpecting rate:%n  %s%nto be printed as:%n  %s%n"
                  + "at %s decimals, rounding %s, but it is printed as:%n  %s",
              actual, checked, scale, mode, printed));
    }
    return myself;
  }

  /**
   * Verifies that the rate is undefined ({@code 0/0}, "no data").
   *
   * @return this assertion
   */
  public RateAssert isUndefined() {
    isNotNull();
    if (!actual.isUndefined()) {
      throwAssertionError(
          Failure.of("%nExpecting rate:%n  %s%nto be undefined (0/0, no data)", actual));
    }
    return myself;
  }

  /**
   * Verifies that the rate has data: its denominator is not 0.
   *
   * @return this assertion
   */
  public RateAssert hasData() {
    isNotNull();
    if (actual.isUndefined()) {
      throwAssertionError(
          Failure.of("%nExpecting rate to have data, but it is undefined:%n  %s", actual));
    }
    return myself;
  }
}
