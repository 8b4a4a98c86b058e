/**
 * AssertJ assertions for the values a test of dvc-kpi asserts on: {@link
 * io.github.dvckpi.assertj.RateAssert rates}, {@link io.github.dvckpi.assertj.KpiReportAssert
 * reports}, {@link io.github.dvckpi.assertj.EvaluationAssert evaluations against targets}, {@link
 * io.github.dvckpi.assertj.AuditResultAssert audits} and {@link
 * io.github.dvckpi.assertj.ImportReportAssert imports}.
 *
 * <p>Start from {@link io.github.dvckpi.assertj.DvcKpiAssertions}:
 *
 * <pre>{@code
 * import static io.github.dvckpi.assertj.DvcKpiAssertions.assertThat;
 *
 * assertThat(report).hasRate(Scope.tier(AdministrativeLevel.DISTRICT), ONLINE_SUBMISSION_ELIGIBLE, "99,79%")
 *     .hasCounts(Scope.tier(AdministrativeLevel.DISTRICT), ONLINE_SUBMISSION_ELIGIBLE, 948, 950);
 * }</pre>
 *
 * <p>A failure says what was expected and shows the counts behind the figure, in AssertJ's style.
 * Every assertion can be soft: {@link io.github.dvckpi.assertj.DvcKpiSoftAssertions}, or {@link
 * io.github.dvckpi.assertj.DvcKpiSoftAssertionsProvider} mixed into soft assertions of your own.
 */
package io.github.dvckpi.assertj;
