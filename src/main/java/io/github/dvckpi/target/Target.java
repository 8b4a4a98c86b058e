package io.github.dvckpi.target;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A target (chỉ tiêu): an indicator, a direction, an exact threshold, and optionally the tiers and
 * units it applies to, the period it is for and the document that set it.
 *
 * <pre>{@code
 * Target t = Target.atLeast(Indicator.ONLINE_SUBMISSION_ELIGIBLE, "80%")
 *     .forTiers(AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE)
 *     .setBy("QĐ 3433/QĐ-UBND ngày 25/12/2023");
 * t.evaluate(Rate.of(7999, 10_000));   // Chưa đạt: 79,99% < 80%, thiếu 1 hồ sơ
 * }</pre>
 *
 * <p>A target is judged on the exact rate unless {@link #judgedOn(Judgement)} says otherwise. It
 * applies to every tier and every unit unless restricted, and to every period unless {@link
 * #during(DateRange)} is given. Instances are immutable and thread-safe; the {@code with}-style
 * methods return new targets.
 */
public final class Target {

  private final Indicator indicator;
  private final Direction direction;
  private final Threshold threshold;
  private final ImmutableSet<AdministrativeLevel> tiers;
  private final ImmutableSet<String> units;
  private final @Nullable DateRange period;
  private final @Nullable String source;
  private final Judgement judgement;

  private Target(
      Indicator indicator,
      Direction direction,
      Threshold threshold,
      ImmutableSet<AdministrativeLevel> tiers,
      ImmutableSet<String> units,
      @Nullable DateRange period,
      @Nullable String source,
      Judgement judgement) {
    this.indicator = indicator;
    this.direction = direction;
    this.threshold = threshold;
    this.tiers = tiers;
    this.units = units;
    this.period = period;
    this.source = source;
    this.judgement = judgement;
  }

  /**
   * A target with a direction and a threshold, applying everywhere, judged exactly.
   *
   * @param indicator the indicator
   * @param direction at least or at most
   * @param threshold the threshold
   * @return the target
   */
  public static Target of(Indicator indicator, Direction direction, Threshold threshold) {
    return new Target(
        requireNonNull(indicator, "indicator"),
        requireNonNull(direction, "direction"),
        requireNonNull(threshold, "threshold"),
        ImmutableSet.of(),
        ImmutableSet.of(),
        null,
        null,
        Judgement.exact());
  }

  /**
   * "At least" (higher is better): met when the rate is at least the threshold.
   *
   * @param indicator the indicator
   * @param threshold the threshold as written: {@code "80%"}, {@code "80,5%"}, {@code "80.5%"}
   * @return the target
   * @throws IllegalArgumentException if the threshold is not a percent in [0%, 100%]
   */
  public static Target atLeast(Indicator indicator, String threshold) {
    return of(indicator, Direction.AT_LEAST, Threshold.parse(threshold));
  }

  /**
   * "At least" with the threshold as a decimal percent.
   *
   * @param indicator the indicator
   * @param thresholdPercent the threshold in percent, e.g. {@code 80.5}
   * @return the target
   * @throws IllegalArgumentException if the threshold is outside [0, 100]
   */
  public static Target atLeast(Indicator indicator, BigDecimal thresholdPercent) {
    return of(indicator, Direction.AT_LEAST, Threshold.ofPercent(thresholdPercent));
  }

  /**
   * "At most" (lower is better, e.g. the late rate): met when the rate is at most the threshold.
   *
   * @param indicator the indicator
   * @param threshold the threshold as written: {@code "2%"}, {@code "2,5%"}, {@code "2.5%"}
   * @return the target
   * @throws IllegalArgumentException if the threshold is not a percent in [0%, 100%]
   */
  public static Target atMost(Indicator indicator, String threshold) {
    return of(indicator, Direction.AT_MOST, Threshold.parse(threshold));
  }

  /**
   * "At most" with the threshold as a decimal percent.
   *
   * @param indicator the indicator
   * @param thresholdPercent the threshold in percent, e.g. {@code 2.5}
   * @return the target
   * @throws IllegalArgumentException if the threshold is outside [0, 100]
   */
  public static Target atMost(Indicator indicator, BigDecimal thresholdPercent) {
    return of(indicator, Direction.AT_MOST, Threshold.ofPercent(thresholdPercent));
  }

  /**
   * The same target restricted to some tiers.
   *
   * @param tiers the tiers it applies to; none means every tier
   * @return the restricted target
   */
  public Target forTiers(AdministrativeLevel... tiers) {
    return forTiers(Arrays.asList(tiers));
  }

  /**
   * The same target restricted to some tiers.
   *
   * @param tiers the tiers it applies to; empty means every tier
   * @return the restricted target
   */
  public Target forTiers(Collection<AdministrativeLevel> tiers) {
    ImmutableSet<AdministrativeLevel> set =
        tiers.isEmpty() ? ImmutableSet.of() : ImmutableSet.copyOf(EnumSet.copyOf(tiers));
    return new Target(indicator, direction, threshold, set, units, period, source, judgement);
  }

  /**
   * The same target restricted to some units, by code.
   *
   * @param unitCodes the codes of the units it applies to; none means every unit
   * @return the restricted target
   * @throws IllegalArgumentException if a code is blank
   */
  public Target forUnits(String... unitCodes) {
    return forUnits(Arrays.asList(unitCodes));
  }

  /**
   * The same target restricted to some units, by code.
   *
   * @param unitCodes the codes of the units it applies to; empty means every unit
   * @return the restricted target
   * @throws IllegalArgumentException if a code is blank
   */
  public Target forUnits(Collection<String> unitCodes) {
    for (String code : unitCodes) {
      checkArgument(!requireNonNull(code, "unit code").isBlank(), "a unit code must not be blank");
    }
    return new Target(
        indicator,
        direction,
        threshold,
        tiers,
        ImmutableSet.copyOf(unitCodes),
        period,
        source,
        judgement);
  }

  /**
   * The same target for a period: it then applies to figures whose period ends within it.
   *
   * @param period the period, e.g. the year 2024
   * @return the target for that period
   */
  public Target during(DateRange period) {
    return new Target(
        indicator,
        direction,
        threshold,
        tiers,
        units,
        requireNonNull(period, "period"),
        source,
        judgement);
  }

  /**
   * The same target with the document that set it.
   *
   * @param source e.g. {@code QĐ 3433/QĐ-UBND ngày 25/12/2023}
   * @return the target with its source
   * @throws IllegalArgumentException if the source is blank
   */
  public Target setBy(String source) {
    checkArgument(
        !requireNonNull(source, "source").isBlank(), "a target's source must not be blank");
    return new Target(
        indicator, direction, threshold, tiers, units, period, source.strip(), judgement);
  }

  /**
   * The same target judged on the exact or the published rate.
   *
   * @param judgement {@link Judgement#exact()} (the default) or {@link Judgement#published()}
   * @return the target with that judgement
   */
  public Target judgedOn(Judgement judgement) {
    return new Target(
        indicator,
        direction,
        threshold,
        tiers,
        units,
        period,
        source,
        requireNonNull(judgement, "judgement"));
  }

  /**
   * Evaluates a rate of this target's indicator, with the target's judgement, without a scope.
   *
   * @param rate the rate; undefined gives {@link Verdict#NO_DATA}
   * @return the evaluation
   */
  public Evaluation evaluate(Rate rate) {
    return new Evaluation(this, rate, null, null, judgement);
  }

  /**
   * Evaluates a rate with another judgement than the target's own.
   *
   * @param rate the rate; undefined gives {@link Verdict#NO_DATA}
   * @param judgement exact or published
   * @return the evaluation, which records the judgement
   */
  public Evaluation evaluate(Rate rate, Judgement judgement) {
    return new Evaluation(this, rate, null, null, requireNonNull(judgement, "judgement"));
  }

  /**
   * Evaluates one row of a report: the rate of this target's indicator over the scope. The
   * evaluation records the scope and the report's territory; whether the target applies is not
   * checked here (see {@link #appliesTo(Scope, AdministrativeUnit)}).
   *
   * @param report the report
   * @param scope one of its rows
   * @return the evaluation
   * @throws IllegalArgumentException if the report has no such row or does not compute the
   *     indicator
   */
  public Evaluation evaluate(KpiReport report, Scope scope) {
    Rate rate = report.rate(scope, indicator);
    return new Evaluation(this, rate, scope, report.territory().orElse(null), judgement);
  }

  /**
   * Whether the target applies to a row of a report. A row's tier is its {@link Scope.Tier tier},
   * or for the {@link Scope.OwnAgencies own agencies} of a unit that unit's tier; a {@link
   * Scope.Unit unit} row (a unit with everything under it) and the {@link Scope.Total total} span
   * several tiers and have none. A row's unit is its unit, or for tier and total rows the report's
   * territory. The target applies if it is not restricted to tiers or the row's tier is among them,
   * and it is not restricted to units or the row's unit is among them.
   *
   * @param scope the row
   * @param territory the report's territory, or null if it has none
   * @return true if the target applies
   */
  public boolean appliesTo(Scope scope, @Nullable AdministrativeUnit territory) {
    AdministrativeLevel tier = tierOf(scope);
    String unit = unitOf(scope, territory);
    boolean tierOk = tiers.isEmpty() || (tier != null && tiers.contains(tier));
    boolean unitOk = units.isEmpty() || (unit != null && units.contains(unit));
    return tierOk && unitOk;
  }

  private static @Nullable AdministrativeLevel tierOf(Scope scope) {
    if (scope instanceof Scope.Tier t) {
      return t.level();
    }
    if (scope instanceof Scope.OwnAgencies o) {
      return o.unit().level();
    }
    return null;
  }

  private static @Nullable String unitOf(Scope scope, @Nullable AdministrativeUnit territory) {
    if (scope instanceof Scope.Unit u) {
      return u.unit().code();
    }
    if (scope instanceof Scope.OwnAgencies o) {
      return o.unit().code();
    }
    return territory == null ? null : territory.code();
  }

  /**
   * Whether the target applies to figures of a period: always if the target has no period, else if
   * the figures' period ends within the target's (a year-to-date figure as of 14/11/2024 is judged
   * against a 2024 target).
   *
   * @param figures the period of the figures
   * @return true if the target applies
   */
  public boolean appliesDuring(DateRange figures) {
    return period == null || period.contains(figures.last());
  }

  /**
   * The indicator.
   *
   * @return the indicator
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * At least or at most.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * The exact threshold.
   *
   * @return the threshold
   */
  public Threshold threshold() {
    return threshold;
  }

  /**
   * The tiers the target applies to.
   *
   * @return the tiers; empty means every tier
   */
  public ImmutableSet<AdministrativeLevel> tiers() {
    return tiers;
  }

  /**
   * The codes of the units the target applies to.
   *
   * @return the unit codes; empty means every unit
   */
  public ImmutableSet<String> units() {
    return units;
  }

  /**
   * The period the target is for.
   *
   * @return the period, if one was given
   */
  public Optional<DateRange> period() {
    return Optional.ofNullable(period);
  }

  /**
   * The document that set the target.
   *
   * @return e.g. {@code QĐ 3433/QĐ-UBND ngày 25/12/2023}, if given
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * What the target is judged on by default.
   *
   * @return exact (the default) or published
   */
  public Judgement judgement() {
    return judgement;
  }

  /**
   * The condition alone: {@code ≥ 80%}.
   *
   * @param locale the language of the number
   * @return the direction's sign and the threshold
   */
  public String condition(Locale locale) {
    return direction.symbol() + " " + threshold.format(locale);
  }

  /**
   * Describes the target: the indicator, the condition and, in brackets, its tiers, units, period,
   * judgement if published, and source.
   *
   * @param locale the language
   * @return e.g. {@code Tỷ lệ hồ sơ trực tuyến (TTHC đủ điều kiện) ≥ 80% (cấp huyện, cấp xã; QĐ
   *     3433/QĐ-UBND ngày 25/12/2023)}
   */
  public String describe(Locale locale) {
    StringJoiner details = new StringJoiner("; ", " (", ")").setEmptyValue("");
    if (!tiers.isEmpty()) {
      StringJoiner t = new StringJoiner(", ");
      tiers.forEach(level -> t.add(level.displayName(locale)));
      details.add(t.toString());
    }
    if (!units.isEmpty()) {
      details.add(
          (RateFormat.isVietnamese(locale) ? "đơn vị " : "units ") + String.join(", ", units));
    }
    if (period != null) {
      details.add(period.toString());
    }
    if (!judgement.isExact()) {
      details.add(judgement.describe(locale));
    }
    if (source != null) {
      details.add(source);
    }
    return indicator.displayName(locale) + " " + condition(locale) + details;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Target t
        && t.indicator == indicator
        && t.direction == direction
        && t.threshold.equals(threshold)
        && t.tiers.equals(tiers)
        && t.units.equals(units)
        && Objects.equals(t.period, period)
        && Objects.equals(t.source, source)
        && t.judgement.equals(judgement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, direction, threshold, tiers, units, period, source, judgement);
  }

  /** The Vietnamese description; see {@link #describe(Locale)}. */
  @Override
  public String toString() {
    return describe(RateFormat.VIETNAMESE);
  }
}
