package io.github.dvckpi.target;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A named plan holding many targets, e.g. an administrative-reform plan (kế hoạch cải cách hành
 * chính) such as Quyết định 3433/QĐ-UBND ngày 25/12/2023.
 *
 * <p>Built fluently:
 *
 * <pre>{@code
 * TargetSet plan = TargetSet.builder("Kế hoạch CCHC 2024 (minh họa)")
 *     .source("QĐ 3433/QĐ-UBND ngày 25/12/2023")
 *     .note("Giá trị minh họa: bài báo không nêu chỉ tiêu của kế hoạch")
 *     .add(Target.atLeast(Indicator.ONLINE_SUBMISSION_ELIGIBLE, "80%"))
 *     .add(Target.atLeast(Indicator.RESULT_DIGITIZATION, "90%").forTiers(COMMUNE))
 *     .build();
 * }</pre>
 *
 * or read from the small text format described in {@code docs/targets.md} ({@link #parse(String)},
 * {@link #read(Reader)}), written back by {@link #toText()}. A target without a source takes the
 * set's.
 *
 * <p>{@link #evaluate(KpiReport)} evaluates a whole report: one {@link Evaluation} for every row
 * each target applies to, and for a target that applies to no row an explicit {@link
 * TargetSetEvaluation.NotEvaluated} entry saying why — nothing is skipped silently. Instances are
 * immutable and thread-safe.
 */
public final class TargetSet {

  private final String name;
  private final @Nullable String source;
  private final ImmutableList<String> notes;
  private final ImmutableList<Target> targets;

  private TargetSet(
      String name,
      @Nullable String source,
      ImmutableList<String> notes,
      ImmutableList<Target> targets) {
    this.name = name;
    this.source = source;
    this.notes = notes;
    this.targets = targets;
  }

  /**
   * Starts a target set.
   *
   * @param name the plan's name, e.g. {@code Kế hoạch cải cách hành chính năm 2024}
   * @return a builder
   * @throws IllegalArgumentException if the name is blank
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Reads a target set from its text format (see {@code docs/targets.md}).
   *
   * @param text the text
   * @return the target set
   * @throws TargetSetFormatException naming the line, the field and the reason of the first error
   */
  public static TargetSet parse(String text) {
    return TargetSetText.parse(requireNonNull(text, "text"));
  }

  /**
   * Reads a target set from its text format.
   *
   * @param reader the text; read to the end, not closed
   * @return the target set
   * @throws IOException if reading fails
   * @throws TargetSetFormatException naming the line, the field and the reason of the first error
   */
  public static TargetSet read(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return parse(text.toString());
  }

  /**
   * Writes the target set in its text format; {@link #parse(String)} reads it back to an equal set.
   *
   * @return the text, one record per line
   * @throws IllegalStateException if a name, source or note contains a semicolon or a line break,
   *     which the format cannot hold
   */
  public String toText() {
    return TargetSetText.write(this);
  }

  /**
   * The plan's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The document that set the plan.
   *
   * @return e.g. {@code QĐ 3433/QĐ-UBND ngày 25/12/2023}, if given
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Notes on the plan, e.g. that its values are illustrative.
   *
   * @return the notes, in order
   */
  public ImmutableList<String> notes() {
    return notes;
  }

  /**
   * The targets, in order.
   *
   * @return the targets
   */
  public ImmutableList<Target> targets() {
    return targets;
  }

  /**
   * The targets on one indicator.
   *
   * @param indicator the indicator
   * @return its targets, in order
   */
  public ImmutableList<Target> targetsFor(Indicator indicator) {
    return targets.stream()
        .filter(t -> t.indicator() == indicator)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Evaluates one rate against every target on its indicator, whatever their tiers, units and
   * period: the caller vouches that the rate is the one the targets are about.
   *
   * @param indicator the indicator the rate is of
   * @param rate the rate
   * @return one evaluation per target on the indicator, in order; empty if there is none
   */
  public ImmutableList<Evaluation> evaluate(Indicator indicator, Rate rate) {
    requireNonNull(rate, "rate");
    return targetsFor(indicator).stream()
        .map(t -> t.evaluate(rate))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Evaluates a whole report: for each target in order, one evaluation per row of the report the
   * target applies to ({@link Target#appliesTo(Scope, AdministrativeUnit)}), in the report's row
   * order. A target is not evaluated, with the reason recorded, when the report does not compute
   * its indicator, when the report's period does not end within the target's period, or when no row
   * matches its tiers and units.
   *
   * @param report the report
   * @return the evaluations and the targets not evaluated
   */
  public TargetSetEvaluation evaluate(KpiReport report) {
    requireNonNull(report, "report");
    AdministrativeUnit territory = report.territory().orElse(null);
    List<Evaluation> evaluations = new ArrayList<>();
    List<TargetSetEvaluation.NotEvaluated> notEvaluated = new ArrayList<>();
    for (Target target : targets) {
      if (!report.indicators().contains(target.indicator())) {
        notEvaluated.add(
            new TargetSetEvaluation.NotEvaluated(
                target, TargetSetEvaluation.Reason.INDICATOR_NOT_IN_REPORT));
        continue;
      }
      if (!target.appliesDuring(report.period().range())) {
        notEvaluated.add(
            new TargetSetEvaluation.NotEvaluated(
                target, TargetSetEvaluation.Reason.PERIOD_OUTSIDE_TARGET));
        continue;
      }
      boolean any = false;
      for (Scope scope : report.scopes()) {
        if (target.appliesTo(scope, territory)) {
          evaluations.add(target.evaluate(report, scope));
          any = true;
        }
      }
      if (!any) {
        notEvaluated.add(
            new TargetSetEvaluation.NotEvaluated(
                target, TargetSetEvaluation.Reason.NO_MATCHING_ROW));
      }
    }
    return new TargetSetEvaluation(this, report, evaluations, notEvaluated);
  }

  /**
   * Describes the set: its name, source, notes and one target per line.
   *
   * @param locale the language
   * @return the description, lines separated by {@code \n}
   */
  public String describe(Locale locale) {
    StringBuilder out = new StringBuilder(name);
    if (source != null) {
      out.append(" — ").append(source);
    }
    for (String note : notes) {
      out.append("\n  ")
          .append(RateFormat.isVietnamese(locale) ? "Ghi chú: " : "Note: ")
          .append(note);
    }
    for (Target t : targets) {
      out.append("\n  • ").append(t.describe(locale));
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TargetSet s
        && s.name.equals(name)
        && Objects.equals(s.source, source)
        && s.notes.equals(notes)
        && s.targets.equals(targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, source, notes, targets);
  }

  /** The Vietnamese description; see {@link #describe(Locale)}. */
  @Override
  public String toString() {
    return describe(RateFormat.VIETNAMESE);
  }

  /** Builds a {@link TargetSet}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private @Nullable String source;
    private final List<String> notes = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();

    private Builder(String name) {
      checkArgument(!requireNonNull(name, "name").isBlank(), "a target set needs a name");
      this.name = name.strip();
    }

    /**
     * Sets the document that set the plan; targets without a source of their own take it.
     *
     * @param source e.g. {@code QĐ 3433/QĐ-UBND ngày 25/12/2023}
     * @return this builder
     * @throws IllegalArgumentException if the source is blank
     */
    public Builder source(String source) {
      checkArgument(!requireNonNull(source, "source").isBlank(), "a target set's source is blank");
      this.source = source.strip();
      return this;
    }

    /**
     * Adds a note, e.g. that the values are illustrative.
     *
     * @param note the note
     * @return this builder
     * @throws IllegalArgumentException if the note is blank
     */
    public Builder note(String note) {
      checkArgument(!requireNonNull(note, "note").isBlank(), "a target set's note is blank");
      notes.add(note.strip());
      return this;
    }

    /**
     * Adds a target.
     *
     * @param target the target
     * @return this builder
     */
    public Builder add(Target target) {
      targets.add(requireNonNull(target, "target"));
      return this;
    }

    /**
     * Adds targets.
     *
     * @param targets the targets, in order
     * @return this builder
     */
    public Builder addAll(Iterable<Target> targets) {
      targets.forEach(this::add);
      return this;
    }

    /**
     * Builds the set; a target without a source takes the set's.
     *
     * @return the target set
     * @throws IllegalArgumentException naming the target if the same target is given twice
     */
    public TargetSet build() {
      Set<Target> seen = new LinkedHashSet<>();
      for (Target t : targets) {
        Target withSource = t.source().isEmpty() && source != null ? t.setBy(source) : t;
        checkArgument(
            seen.add(withSource),
            "target set %s: the target %s is given twice",
            name,
            withSource.describe(RateFormat.ENGLISH));
      }
      return new TargetSet(name, source, ImmutableList.copyOf(notes), ImmutableList.copyOf(seen));
    }
  }
}
