package io.github.dvckpi.assertj;

import static io.github.dvckpi.assertj.Failure.text;

import io.github.dvckpi.audit.AuditResult;
import io.github.dvckpi.audit.Finding;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@link AuditResult} of a check of published figures: consistent or not, and the
 * findings of a kind. Obtain one with {@link DvcKpiAssertions#assertThat(AuditResult)}.
 *
 * <pre>{@code
 * assertThat(FigureAudit.aggregate("98,75%", "99,79%", "99,77%"))
 *     .isInconsistent()
 *     .hasFinding(Finding.Kind.AGGREGATE_OUT_OF_RANGE);
 * }</pre>
 *
 * <p>Failures show the whole result with its findings, which carry the arithmetic.
 */
public class AuditResultAssert extends AbstractAssert<AuditResultAssert, AuditResult> {

  /**
   * An assertion on an audit result; prefer {@link DvcKpiAssertions#assertThat(AuditResult)}.
   *
   * @param actual the result under test, may be null (every assertion but {@code isNull} then
   *     fails)
   */
  public AuditResultAssert(AuditResult actual) {
    super(actual, AuditResultAssert.class);
  }

  /**
   * Verifies that the figures are consistent: no finding is an inconsistency ({@link
   * AuditResult#isConsistent()}).
   *
   * @return this assertion
   */
  public AuditResultAssert isConsistent() {
    isNotNull();
    if (!actual.isConsistent()) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the audit to be consistent, but it is not:%n  %s", text(shown())));
    }
    return myself;
  }

  /**
   * Verifies that the figures are inconsistent: at least one finding is an inconsistency.
   *
   * @return this assertion
   */
  public AuditResultAssert isInconsistent() {
    isNotNull();
    if (actual.isConsistent()) {
      throwAssertionError(
          Failure.of("%nExpecting the audit to be inconsistent, but it is:%n  %s", text(shown())));
    }
    return myself;
  }

  /**
   * Verifies that the result has at least one finding of the kind.
   *
   * @param kind the expected kind, e.g. {@link Finding.Kind#AGGREGATE_OUT_OF_RANGE}
   * @return this assertion
   */
  public AuditResultAssert hasFinding(Finding.Kind kind) {
    isNotNull();
    if (actual.findings(kind).isEmpty()) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the audit:%n  %s%nto have a finding of the kind %s, but its kinds are %s",
              text(shown()), kind, actual.findings().stream().map(Finding::kind).toList()));
    }
    return myself;
  }

  /**
   * Verifies that the result has a finding of the kind whose message, in Vietnamese or English,
   * contains the text.
   *
   * @param kind the expected kind
   * @param text a part of the expected message, e.g. {@code "465/466"}
   * @return this assertion
   */
  public AuditResultAssert hasFinding(Finding.Kind kind, String text) {
    hasFinding(kind);
    boolean found =
        actual.findings(kind).stream()
            .anyMatch(f -> f.vietnamese().contains(text) || f.english().contains(text));
    if (!found) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the audit:%n  %s%nto have a finding of the kind %s containing:%n  %s",
              text(shown()), kind, text));
    }
    return myself;
  }

  /**
   * Verifies that the result has no finding of the kind.
   *
   * @param kind the kind that must not be found
   * @return this assertion
   */
  public AuditResultAssert hasNoFinding(Finding.Kind kind) {
    isNotNull();
    if (!actual.findings(kind).isEmpty()) {
      throwAssertionError(
          Failure.of(
              "%nExpecting the audit:%n  %s%nto have no finding of the kind %s",
              text(shown()), kind));
    }
    return myself;
  }

  private String shown() {
    return actual.format(DvcKpi.LANGUAGE).replace("\n", "\n  ");
  }
}
