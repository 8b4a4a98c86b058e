package io.github.dvckpi.audit;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.rate.RateFormat;
import java.util.List;
import java.util.Locale;

/**
 * What one check of published figures found: consistent (the figures can all be true) or not, and
 * the findings that say why.
 *
 * @param check the check as called, e.g. {@code rate("66,66%", 2, 3)}
 * @param findings what was found, inconsistencies and notes, in the order found
 */
public record AuditResult(String check, List<Finding> findings) {

  /**
   * A result.
   *
   * @param check the check as called
   * @param findings what was found; copied
   */
  public AuditResult {
    requireNonNull(check, "check");
    findings = List.copyOf(findings);
  }

  /**
   * Whether the figures can all be true: no finding is an inconsistency (notes may remain).
   *
   * @return true if consistent
   */
  public boolean isConsistent() {
    return findings.stream().noneMatch(Finding::isInconsistency);
  }

  /**
   * The findings of a kind.
   *
   * @param kind the kind wanted
   * @return the findings of that kind, in order
   */
  public List<Finding> findings(Finding.Kind kind) {
    requireNonNull(kind, "kind");
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }

  /**
   * The verdict in a language: "nhất quán" / "consistent", "KHÔNG nhất quán" / "INCONSISTENT".
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the verdict
   */
  public String verdict(Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    if (isConsistent()) {
      return vi ? "nhất quán" : "consistent";
    }
    return vi ? "KHÔNG nhất quán" : "INCONSISTENT";
  }

  /**
   * The result printed in a language: the check and its verdict, then one finding per line.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the printed result
   */
  public String format(Locale locale) {
    StringBuilder b = new StringBuilder(check).append(": ").append(verdict(locale));
    for (Finding f : findings) {
      b.append("\n  ").append(f.format(locale));
    }
    return b.toString();
  }

  /**
   * The result in Vietnamese; see {@link #format(Locale)}.
   *
   * @return the Vietnamese form
   */
  @Override
  public String toString() {
    return format(RateFormat.VIETNAMESE);
  }
}
