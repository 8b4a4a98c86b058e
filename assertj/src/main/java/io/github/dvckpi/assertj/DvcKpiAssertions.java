package io.github.dvckpi.assertj;

import io.github.dvckpi.audit.AuditResult;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.target.Evaluation;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of dvc-kpi's AssertJ assertions. Import its {@code assertThat} statically, beside
 * AssertJ's own {@code Assertions.assertThat}: Java picks these for dvc-kpi's types.
 *
 * <pre>{@code
 * import static io.github.dvckpi.assertj.DvcKpiAssertions.assertThat;
 *
 * assertThat(Rate.of(948, 950)).isPrintedAs("99,79%").hasCounts(948, 950);
 * assertThat(FigureAudit.aggregate("98,75%", "99,79%", "99,77%")).isInconsistent();
 * }</pre>
 *
 * <p>For soft assertions, see {@link DvcKpiSoftAssertions}.
 */
public final class DvcKpiAssertions {

  private DvcKpiAssertions() {}

  /**
   * Assertions on a rate.
   *
   * @param actual the rate under test
   * @return the assertions
   */
  public static RateAssert assertThat(@Nullable Rate actual) {
    return new RateAssert(actual);
  }

  /**
   * Assertions on a report.
   *
   * @param actual the report under test
   * @return the assertions
   */
  public static KpiReportAssert assertThat(@Nullable KpiReport actual) {
    return new KpiReportAssert(actual);
  }

  /**
   * Assertions on an evaluation against a target.
   *
   * @param actual the evaluation under test
   * @return the assertions
   */
  public static EvaluationAssert assertThat(@Nullable Evaluation actual) {
    return new EvaluationAssert(actual);
  }

  /**
   * Assertions on an audit of published figures.
   *
   * @param actual the result under test
   * @return the assertions
   */
  public static AuditResultAssert assertThat(@Nullable AuditResult actual) {
    return new AuditResultAssert(actual);
  }

  /**
   * Assertions on the report of an import.
   *
   * @param actual the report under test
   * @return the assertions
   */
  public static ImportReportAssert assertThat(@Nullable ImportReport actual) {
    return new ImportReportAssert(actual);
  }
}
