package io.github.dvckpi.assertj;

import io.github.dvckpi.audit.AuditResult;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.target.Evaluation;
import org.assertj.core.api.SoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

/**
 * dvc-kpi's assertions as soft assertions, to mix into soft assertions of your own the way
 * AssertJ's {@code StandardSoftAssertionsProvider} is mixed into {@code SoftAssertions}:
 *
 * <pre>{@code
 * public class MySoftAssertions extends SoftAssertions implements DvcKpiSoftAssertionsProvider {}
 * }</pre>
 *
 * <p>Each {@code assertThat} returns a proxy whose failures are collected rather than thrown;
 * {@link DvcKpiSoftAssertions} is the ready-made implementation.
 */
public interface DvcKpiSoftAssertionsProvider extends SoftAssertionsProvider {

  /**
   * Soft assertions on a rate.
   *
   * @param actual the rate under test
   * @return the assertions, collecting their failures
   */
  default RateAssert assertThat(@Nullable Rate actual) {
    return proxy(RateAssert.class, Rate.class, actual);
  }

  /**
   * Soft assertions on a report.
   *
   * @param actual the report under test
   * @return the assertions, collecting their failures
   */
  default KpiReportAssert assertThat(@Nullable KpiReport actual) {
    return proxy(KpiReportAssert.class, KpiReport.class, actual);
  }

  /**
   * Soft assertions on an evaluation against a target.
   *
   * @param actual the evaluation under test
   * @return the assertions, collecting their failures
   */
  default EvaluationAssert assertThat(@Nullable Evaluation actual) {
    return proxy(EvaluationAssert.class, Evaluation.class, actual);
  }

  /**
   * Soft assertions on an audit of published figures.
   *
   * @param actual the result under test
   * @return the assertions, collecting their failures
   */
  default AuditResultAssert assertThat(@Nullable AuditResult actual) {
    return proxy(AuditResultAssert.class, AuditResult.class, actual);
  }

  /**
   * Soft assertions on the report of an import.
   *
   * @param actual the report under test
   * @return the assertions, collecting their failures
   */
  default ImportReportAssert assertThat(@Nullable ImportReport actual) {
    return proxy(ImportReportAssert.class, ImportReport.class, actual);
  }
}
