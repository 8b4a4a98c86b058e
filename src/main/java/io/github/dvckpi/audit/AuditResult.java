package io.github.dvckpi.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one check of published figures found: consistent (the figures can all be true) or not, and
 * the findings that say why.
 *
 * <p>A check with unknowns (a count or points the publication does not print) also reports, when
 * the figures can hold, the feasible range of each unknown by its name: {@code "d"} for the unknown
 * denominator of {@link FigureAudit#rate(String, long)}, {@code "n"} for the unknown numerator of
 * {@link FigureAudit#rateDenominator(String, long)}, {@code "x"} for the shared base of {@link
 * FigureAudit#sharedDenominator(String...)}. Each range is tight: both of its ends make every
 * figure true (an unbounded range has no upper end).
 *
 * @param check the check as called, e.g. {@code rate("66,66%", 2, 3)}
 * @param findings what was found, inconsistencies and notes, in the order found
 * @param unknowns the feasible range of each unknown, by name; empty when there is no unknown or
 *     the figures cannot hold
 */
public record AuditResult(
    String check, List<Finding> findings, Map<String, Range<BigDecimal>> unknowns) {

  /**
   * A result.
   *
   * @param check the check as called
   * @param findings what was found; copied
   * @param unknowns the ranges of the unknowns; copied, in their order
   */
  public AuditResult {
    requireNonNull(check, "check");
    findings = List.copyOf(findings);
    unknowns = ImmutableMap.copyOf(unknowns);
  }

  /**
   * A result without unknowns.
   *
   * @param check the check as called
   * @param findings what was found; copied
   */
  public AuditResult(String check, List<Finding> findings) {
    this(check, findings, ImmutableMap.of());
  }

  /**
   * The feasible range of an unknown: every value in it, and only those, makes the figures true
   * together with some choice of the other unknowns.
   *
   * @param name the unknown's name, e.g. {@code "d"}
   * @return its range, closed at every finite end for counts; empty if there is no such unknown or
   *     the figures cannot hold
   */
  public Optional<Range<BigDecimal>> unknown(String name) {
    return Optional.ofNullable(unknowns.get(requireNonNull(name, "name")));
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
