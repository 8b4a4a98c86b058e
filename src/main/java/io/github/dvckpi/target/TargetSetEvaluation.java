package io.github.dvckpi.target;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiReport;
import java.util.List;
import java.util.Locale;

/**
 * A {@link TargetSet} evaluated against a {@link KpiReport}: one {@link Evaluation} per (row,
 * target) the target applies to, and every target that could not be evaluated with the reason.
 * Every target of the set appears in one list or the other. Instances are immutable and
 * thread-safe.
 */
public final class TargetSetEvaluation {

  /** Why a target was not evaluated against a report. */
  public enum Reason {
    /** The report does not compute the target's indicator. */
    INDICATOR_NOT_IN_REPORT(
        "báo cáo không tính chỉ số này", "the report does not compute this indicator"),
    /** The report's period does not end within the target's period. */
    PERIOD_OUTSIDE_TARGET(
        "kỳ báo cáo không kết thúc trong thời hạn của chỉ tiêu",
        "the report's period does not end within the target's period"),
    /** No row of the report is of the target's tiers and units. */
    NO_MATCHING_ROW(
        "báo cáo không có dòng nào thuộc cấp, đơn vị của chỉ tiêu",
        "no row of the report is of the target's tiers and units");

    private final String vietnamese;
    private final String english;

    Reason(String vietnamese, String english) {
      this.vietnamese = vietnamese;
      this.english = english;
    }

    /**
     * The reason in words.
     *
     * @param locale the language
     * @return the reason
     */
    public String describe(Locale locale) {
      return RateFormat.isVietnamese(locale) ? vietnamese : english;
    }
  }

  /**
   * A target that was not evaluated, and why.
   *
   * @param target the target
   * @param reason why
   */
  public record NotEvaluated(Target target, Reason reason) {
    /**
     * Checks the parts.
     *
     * @param target the target
     * @param reason why
     * @throws NullPointerException if a part is null
     */
    public NotEvaluated {
      requireNonNull(target, "target");
      requireNonNull(reason, "reason");
    }
  }

  private final TargetSet targetSet;
  private final KpiReport report;
  private final ImmutableList<Evaluation> evaluations;
  private final ImmutableList<NotEvaluated> notEvaluated;

  TargetSetEvaluation(
      TargetSet targetSet,
      KpiReport report,
      List<Evaluation> evaluations,
      List<NotEvaluated> notEvaluated) {
    this.targetSet = targetSet;
    this.report = report;
    this.evaluations = ImmutableList.copyOf(evaluations);
    this.notEvaluated = ImmutableList.copyOf(notEvaluated);
  }

  /**
   * The target set evaluated.
   *
   * @return the target set
   */
  public TargetSet targetSet() {
    return targetSet;
  }

  /**
   * The report evaluated.
   *
   * @return the report
   */
  public KpiReport report() {
    return report;
  }

  /**
   * The evaluations: by target in the set's order, then by row in the report's order.
   *
   * @return the evaluations
   */
  public ImmutableList<Evaluation> evaluations() {
    return evaluations;
  }

  /**
   * The evaluations of one target.
   *
   * @param target one of the set's targets
   * @return its evaluations, one per row it applies to; empty if it was not evaluated
   */
  public ImmutableList<Evaluation> evaluationsOf(Target target) {
    return evaluations.stream()
        .filter(e -> e.target().equals(target))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The targets not evaluated, with the reason.
   *
   * @return the targets not evaluated, in the set's order
   */
  public ImmutableList<NotEvaluated> notEvaluated() {
    return notEvaluated;
  }

  /**
   * How many evaluations have a verdict.
   *
   * @param verdict the verdict
   * @return the count
   */
  public long count(Verdict verdict) {
    return evaluations.stream().filter(e -> e.verdict() == verdict).count();
  }

  /**
   * Formats the result: a heading with the plan, the report's period and the counts of verdicts,
   * one line per evaluation, then the targets not evaluated with the reason.
   *
   * @param locale the language
   * @return the text, lines separated by {@code \n}
   */
  public String format(Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    StringBuilder out = new StringBuilder(targetSet.name());
    targetSet.source().ifPresent(s -> out.append(" — ").append(s));
    out.append('\n');
    for (String note : targetSet.notes()) {
      out.append(vi ? "Ghi chú: " : "Note: ").append(note).append('\n');
    }
    out.append(vi ? "Kỳ báo cáo: " : "Period: ").append(report.period().label(locale));
    report.territory().ifPresent(t -> out.append(" · ").append(t.name()));
    out.append(" · ")
        .append(Verdict.MET.displayName(locale))
        .append(' ')
        .append(count(Verdict.MET))
        .append(", ")
        .append(Verdict.NOT_MET.displayName(locale).toLowerCase(locale))
        .append(' ')
        .append(count(Verdict.NOT_MET))
        .append(", ")
        .append(Verdict.NO_DATA.displayName(locale).toLowerCase(locale))
        .append(' ')
        .append(count(Verdict.NO_DATA));
    for (Evaluation e : evaluations) {
      out.append("\n  ")
          .append(e.where(locale).orElse(""))
          .append(" — ")
          .append(e.target().indicator().displayName(locale))
          .append(' ')
          .append(e.target().condition(locale))
          .append(": ")
          .append(e.message(locale));
    }
    if (!notEvaluated.isEmpty()) {
      out.append('\n').append(vi ? "Không đánh giá:" : "Not evaluated:");
      for (NotEvaluated n : notEvaluated) {
        out.append("\n  ")
            .append(n.target().describe(locale))
            .append(": ")
            .append(n.reason().describe(locale));
      }
    }
    return out.toString();
  }

  /** The Vietnamese text; see {@link #format(Locale)}. */
  @Override
  public String toString() {
    return format(RateFormat.VIETNAMESE);
  }
}
