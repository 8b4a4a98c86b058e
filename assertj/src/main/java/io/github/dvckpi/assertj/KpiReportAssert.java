package io.github.dvckpi.assertj;

import static io.github.dvckpi.assertj.Failure.text;

import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link KpiReport}: a cell's rate as printed and its counts, the total's, and the
 * rows the report has. Obtain one with {@link DvcKpiAssertions#assertThat(KpiReport)}.
 *
 * <pre>{@code
 * Scope city = Scope.tier(AdministrativeLevel.DISTRICT);
 * assertThat(report)
 *     .hasRows(city, Scope.tier(AdministrativeLevel.COMMUNE), Scope.total())
 *     .hasRate(city, ONLINE_SUBMISSION_ELIGIBLE, "99,79%")
 *     .hasCounts(city, ONLINE_SUBMISSION_ELIGIBLE, 948, 950)
 *     .hasTotalCounts(ONLINE_SUBMISSION_ELIGIBLE, 2684, 2690);
 * }</pre>
 *
 * <p>A cell the report does not have (a row or an indicator it lacks) fails the assertion with the
 * rows and indicators it has.
 */
public class KpiReportAssert extends AbstractAssert<KpiReportAssert, KpiReport> {

  /**
   * An assertion on a report; prefer {@link DvcKpiAssertions#assertThat(KpiReport)}.
   *
   * @param actual the report under test, may be null (every assertion but {@code isNull} then
   *     fails)
   */
  public KpiReportAssert(KpiReport actual) {
    super(actual, KpiReportAssert.class);
  }

  /**
   * Verifies that the report has exactly these rows, in this order (the total row included when the
   * report has one).
   *
   * @param scopes the expected rows
   * @return this assertion
   */
  public KpiReportAssert hasRows(Scope... scopes) {
    isNotNull();
    List<Scope> expected = Arrays.asList(scopes);
    if (!actual.scopes().equals(expected)) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the report's rows:%n  %s%nto be exactly:%n  %s",
              actual.scopes(), expected));
    }
    return myself;
  }

  /**
   * Verifies that the report has a row for the scope.
   *
   * @param scope the expected row
   * @return this assertion
   */
  public KpiReportAssert hasRow(Scope scope) {
    isNotNull();
    if (!actual.contains(scope)) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the report to have the row:%n  %s%nbut its rows are:%n  %s",
              scope, actual.scopes()));
    }
    return myself;
  }

  /**
   * Verifies that a cell prints as a figure with that figure's decimals, rounded half up: see
   * {@link RateAssert#isPrintedAs(String)}.
   *
   * @param scope the cell's row
   * @param indicator the cell's column
   * @param figure the expected figure, e.g. {@code "99,79%"}
   * @return this assertion
   * @throws IllegalArgumentException if the figure is not a percent
   */
  public KpiReportAssert hasRate(Scope scope, Indicator indicator, String figure) {
    String checked = Figures.figure(figure);
    return hasRate(
        scope, indicator, checked, Figures.decimals(checked), RateFormat.DEFAULT_ROUNDING);
  }

  /**
   * Verifies that a cell prints as a figure at a scale and rounding mode: see {@link
   * RateAssert#isPrintedAs(String, int, RoundingMode)}.
   *
   * @param scope the cell's row
   * @param indicator the cell's column
   * @param figure the expected figure, e.g. {@code "99,79%"}
   * @param scale the decimals printed, at least 0
   * @param mode how the percent is rounded to them
   * @return this assertion
   * @throws IllegalArgumentException if the figure is not a percent or the scale is negative
   */
  public KpiReportAssert hasRate(
      Scope scope, Indicator indicator, String figure, int scale, RoundingMode mode) {
    String checked = Figures.figure(figure);
    Figures.checkScale(scale);
    Rate rate = cell(scope, indicator);
    String printed = Figures.printed(rate, checked, scale, mode);
    if (!printed.equals(checked)) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the rate of %s for %s:%n  %s%nto be printed as:%n  %s%n"
                  + "at %s decimals, rounding %s, but it is printed as:%n  %s",
              scope, text(indicator.key()), rate, checked, scale, mode, printed));
    }
    return myself;
  }

  /**
   * Verifies that a cell has exactly these counts.
   *
   * @param scope the cell's row
   * @param indicator the cell's column
   * @param numerator the expected numerator
   * @param denominator the expected denominator
   * @return this assertion
   */
  public KpiReportAssert hasCounts(
      Scope scope, Indicator indicator, long numerator, long denominator) {
    Rate rate = cell(scope, indicator);
    if (rate.numerator() != numerator || rate.denominator() != denominator) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the rate of %s for %s:%n  %s%nto have the counts:%n  %s%nbut had:%n  %s",
              scope,
              text(indicator.key()),
              rate,
              text(Figures.counts(numerator, denominator)),
              text(Figures.counts(rate))));
    }
    return myself;
  }

  /**
   * Verifies that the total row's cell prints as a figure with that figure's decimals, rounded half
   * up.
   *
   * @param indicator the column
   * @param figure the expected figure, e.g. {@code "99,78%"}
   * @return this assertion
   * @throws IllegalArgumentException if the figure is not a percent
   */
  public KpiReportAssert hasTotal(Indicator indicator, String figure) {
    return hasRate(Scope.total(), indicator, figure);
  }

  /**
   * Verifies that the total row's cell has exactly these counts, the sums of the rows' counts.
   *
   * @param indicator the column
   * @param numerator the expected numerator
   * @param denominator the expected denominator
   * @return this assertion
   */
  public KpiReportAssert hasTotalCounts(Indicator indicator, long numerator, long denominator) {
    return hasCounts(Scope.total(), indicator, numerator, denominator);
  }

  /** The cell's rate; fails the assertion if the report has no such cell. */
  private Rate cell(Scope scope, Indicator indicator) {
    isNotNull();
    if (!actual.contains(scope) || !actual.indicators().contains(indicator)) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the report to have a cell for %s and %s,"
                  + "%nbut its rows are:%n  %s%nand its indicators:%n  %s",
              scope,
              text(indicator.key()),
              actual.scopes(),
              text(actual.indicators().stream().map(Indicator::key).toList().toString())));
    }
    return actual.rate(scope, indicator);
  }
}
