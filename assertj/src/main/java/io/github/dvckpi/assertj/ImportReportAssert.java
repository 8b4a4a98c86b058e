package io.github.dvckpi.assertj;

import static io.github.dvckpi.assertj.Failure.count;
import static io.github.dvckpi.assertj.Failure.text;

import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.io.Rejection;
import io.github.dvckpi.io.RejectionReason;
import io.github.dvckpi.rate.RateFormat;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@link ImportReport} of a CSV import: rows read = accepted + rejected, and the
 * rejections of a reason. Obtain one with {@link DvcKpiAssertions#assertThat(ImportReport)}.
 *
 * <pre>{@code
 * assertThat(result.report())
 *     .hasCounts(1037, 1000, 37)
 *     .hasRejections(RejectionReason.WRONG_COLUMN_COUNT, 3);
 * }</pre>
 *
 * <p>Failures show the report's reconciliation line and the rejections counted by reason.
 */
public class ImportReportAssert extends AbstractAssert<ImportReportAssert, ImportReport> {

  /**
   * An assertion on an import report; prefer {@link DvcKpiAssertions#assertThat(ImportReport)}.
   *
   * @param actual the report under test, may be null (every assertion but {@code isNull} then
   *     fails)
   */
  public ImportReportAssert(ImportReport actual) {
    super(actual, ImportReportAssert.class);
  }

  /**
   * Verifies the reconciliation: the rows read, accepted and rejected (read = accepted + rejected).
   *
   * @param read the expected rows read
   * @param accepted the expected rows accepted
   * @param rejected the expected rows rejected
   * @return this assertion
   */
  public ImportReportAssert hasCounts(long read, long accepted, long rejected) {
    isNotNull();
    if (actual.rowsRead() != read
        || actual.accepted() != accepted
        || actual.rejected() != rejected) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the import:%n  %s%nto have read %s rows = %s accepted + %s rejected",
              text(actual.reconciliation(DvcKpi.LANGUAGE)),
              count(read),
              count(accepted),
              count(rejected)));
    }
    return myself;
  }

  /**
   * Verifies the rows accepted.
   *
   * @param expected the expected count
   * @return this assertion
   */
  public ImportReportAssert hasAccepted(long expected) {
    isNotNull();
    if (actual.accepted() != expected) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the import:%n  %s%nto have accepted %s rows, not %s",
              text(actual.reconciliation(DvcKpi.LANGUAGE)),
              count(expected),
              count(actual.accepted())));
    }
    return myself;
  }

  /**
   * Verifies the rows rejected.
   *
   * @param expected the expected count
   * @return this assertion
   */
  public ImportReportAssert hasRejected(long expected) {
    isNotNull();
    if (actual.rejected() != expected) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the import:%n  %s%nto have rejected %s rows, not %s",
              text(actual.reconciliation(DvcKpi.LANGUAGE)),
              count(expected),
              count(actual.rejected())));
    }
    return myself;
  }

  /**
   * Verifies that no row was rejected.
   *
   * @return this assertion
   */
  public ImportReportAssert isClean() {
    return hasRejected(0);
  }

  /**
   * Verifies how many of the kept rejections have the reason. Only kept rejections are counted: the
   * assertion fails if the import kept fewer than it counted ({@link
   * ImportReport#rejectionsNotKept()}), since their reasons are unknown.
   *
   * @param reason the reason
   * @param expected the expected number of rejections with that reason
   * @return this assertion
   */
  public ImportReportAssert hasRejections(RejectionReason reason, long expected) {
    isNotNull();
    Map<RejectionReason, Long> byReason = byReason();
    long count = byReason.getOrDefault(reason, 0L);
    if (count != expected || actual.rejectionsNotKept() > 0) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the import:%n  %s%nto have %s rejections of the reason %s, but it has %s;"
                  + "%nthe rejections by reason: %s%s",
              text(actual.reconciliation(DvcKpi.LANGUAGE)),
              count(expected),
              reason,
              count(count),
              text(shown(byReason)),
              text(
                  actual.rejectionsNotKept() > 0
                      ? ", and " + actual.rejectionsNotKept() + " rejections not kept"
                      : "")));
    }
    return myself;
  }

  /**
   * Verifies that at least one kept rejection has the reason.
   *
   * @param reason the reason
   * @return this assertion
   */
  public ImportReportAssert hasRejectionOf(RejectionReason reason) {
    isNotNull();
    if (!byReason().containsKey(reason)) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the import:%n  %s%nto have a rejection of the reason %s;"
                  + "%nthe rejections by reason: %s",
              text(actual.reconciliation(DvcKpi.LANGUAGE)), reason, text(shown(byReason()))));
    }
    return myself;
  }

  private static String shown(Map<RejectionReason, Long> byReason) {
    if (byReason.isEmpty()) {
      return "none";
    }
    StringBuilder b = new StringBuilder();
    byReason.forEach(
        (reason, n) ->
            b.append(b.length() == 0 ? "" : ", ")
                .append(reason)
                .append(' ')
                .append(RateFormat.count(n, DvcKpi.LANGUAGE)));
    return b.toString();
  }

  private Map<RejectionReason, Long> byReason() {
    Map<RejectionReason, Long> counts = new TreeMap<>();
    for (Rejection r : actual.rejections()) {
      counts.merge(r.reason(), 1L, Long::sum);
    }
    return counts;
  }
}
