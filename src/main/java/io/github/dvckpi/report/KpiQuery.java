package io.github.dvckpi.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.OnTimeRule;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.domain.UnknownUnitException;
import io.github.dvckpi.domain.WorkingCalendar;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fluent sentence "these indicators, for this territory, by tier, over this period": an
 * immutable query over dossiers that {@link #compute(Indicator...)} turns into a {@link KpiReport}.
 * Start it with {@code Kpi.over(dossiers, hierarchy)}.
 *
 * <pre>{@code
 * KpiReport r = Kpi.over(dossiers, hierarchy)
 *     .period(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14)))
 *     .within("436")          // TP Hà Tĩnh and every unit under it
 *     .byTier()               // one row per tier, and the total
 *     .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE, Indicator.RESULT_DIGITIZATION);
 * }</pre>
 *
 * <p>The period is required. The territory needs a hierarchy ({@code Kpi.over(dossiers, hierarchy)}
 * or {@link #in(UnitHierarchy)}); without a territory the report covers every dossier given. {@link
 * #byTier()} adds a row per tier (every tier at or below the territory's, and any other tier that
 * handled its dossiers); {@link #byUnit()} a row for the territory's own agencies and one per unit
 * directly below it. Every step returns a new query, so a partial sentence can be kept and finished
 * several ways. A missing or contradictory part fails with an {@link IllegalArgumentException} or
 * {@link IllegalStateException} that says what to change: as soon as the step is given when the
 * step alone is wrong, otherwise when computing.
 *
 * <p>Computing compiles the sentence onto the library's one accumulator: its rows are a grouping
 * (the agency's tier and the report row of its unit, found once per agency through the
 * accumulator's identity cache, so that counting a dossier allocates nothing), its period is one
 * bucket; the dossiers are read once, and the tier rows, the unit rows and the total are rolled up
 * from the snapshot. A dossier handled by an agency of a unit the hierarchy does not know fails
 * with an {@link InvalidRecordException} naming the dossier. Each indicator places a dossier in the
 * period by its own date ({@link Indicator#dating()}).
 */
public final class KpiQuery {

  private final Iterable<? extends Dossier> dossiers;
  private final @Nullable UnitHierarchy hierarchy;
  private final @Nullable ReportingPeriod period;
  private final @Nullable AdministrativeUnit territory;
  private final boolean byTier;
  private final boolean byUnit;
  private final @Nullable OnTimeRule rule;
  private final @Nullable WorkingCalendar calendar;

  private KpiQuery(
      Iterable<? extends Dossier> dossiers,
      @Nullable UnitHierarchy hierarchy,
      @Nullable ReportingPeriod period,
      @Nullable AdministrativeUnit territory,
      boolean byTier,
      boolean byUnit,
      @Nullable OnTimeRule rule,
      @Nullable WorkingCalendar calendar) {
    this.dossiers = dossiers;
    this.hierarchy = hierarchy;
    this.period = period;
    this.territory = territory;
    this.byTier = byTier;
    this.byUnit = byUnit;
    this.rule = rule;
    this.calendar = calendar;
  }

  /**
   * A query over dossiers, without a hierarchy: the report covers every dossier.
   *
   * @param dossiers the dossiers, read once per {@code compute}
   * @return the query
   */
  public static KpiQuery over(Iterable<? extends Dossier> dossiers) {
    return new KpiQuery(
        requireNonNull(dossiers, "dossiers"), null, null, null, false, false, null, null);
  }

  /**
   * A query over dossiers whose agencies belong to the units of a hierarchy.
   *
   * @param dossiers the dossiers, read once per {@code compute}
   * @param hierarchy the units
   * @return the query
   */
  public static KpiQuery over(Iterable<? extends Dossier> dossiers, UnitHierarchy hierarchy) {
    return over(dossiers).in(hierarchy);
  }

  /**
   * Sets the hierarchy of units the dossiers' agencies belong to.
   *
   * @param hierarchy the units
   * @return the changed query
   * @throws IllegalStateException if a different hierarchy was given before
   */
  public KpiQuery in(UnitHierarchy hierarchy) {
    requireNonNull(hierarchy, "hierarchy");
    if (this.hierarchy != null && !this.hierarchy.equals(hierarchy)) {
      throw new IllegalStateException(
          "a query has one hierarchy, a different one was given before");
    }
    return new KpiQuery(dossiers, hierarchy, period, territory, byTier, byUnit, rule, calendar);
  }

  /**
   * Sets the reporting period. Each indicator places a dossier in it by its own date.
   *
   * @param period the period
   * @return the changed query
   * @throws IllegalStateException if a different period was given before
   */
  public KpiQuery period(ReportingPeriod period) {
    requireNonNull(period, "period");
    if (this.period != null && !this.period.equals(period)) {
      throw new IllegalStateException(
          "a query has one period: " + this.period + " was given before " + period);
    }
    return new KpiQuery(dossiers, hierarchy, period, territory, byTier, byUnit, rule, calendar);
  }

  /**
   * Sets the reporting period to a custom range of days.
   *
   * @param range the days
   * @return the changed query
   * @throws IllegalStateException if a different period was given before
   */
  public KpiQuery period(DateRange range) {
    return period(ReportingPeriod.of(range));
  }

  /**
   * Restricts the report to a territory: the dossiers handled by agencies of the unit or of any
   * unit under it.
   *
   * @param unit a unit of the hierarchy
   * @return the changed query
   * @throws IllegalStateException if no hierarchy was given, or a different territory was given
   *     before
   * @throws UnknownUnitException if the hierarchy has no unit with that code
   * @throws IllegalArgumentException if the hierarchy's unit with that code is a different unit
   */
  public KpiQuery within(AdministrativeUnit unit) {
    requireNonNull(unit, "unit");
    UnitHierarchy h = requireHierarchy("within(" + unit + ")");
    AdministrativeUnit known = h.unit(unit.code());
    if (!known.equals(unit)) {
      throw new IllegalArgumentException(
          "unit " + unit + " is not the hierarchy's unit with code " + unit.code() + ": " + known);
    }
    if (territory != null && !territory.equals(unit)) {
      throw new IllegalStateException(
          "a query has one territory: " + territory + " was given before " + unit);
    }
    return new KpiQuery(dossiers, hierarchy, period, unit, byTier, byUnit, rule, calendar);
  }

  /**
   * Restricts the report to the territory of a unit code, e.g. {@code "436"} for TP Hà Tĩnh.
   *
   * @param unitCode the code of a unit of the hierarchy
   * @return the changed query
   * @throws IllegalStateException if no hierarchy was given, or a different territory was given
   *     before
   * @throws UnknownUnitException if the hierarchy has no unit with that code
   */
  public KpiQuery within(String unitCode) {
    requireNonNull(unitCode, "unitCode");
    return within(requireHierarchy("within(\"" + unitCode + "\")").unit(unitCode));
  }

  /**
   * Adds one row per tier: the tiers at and below the territory's that the hierarchy holds, and any
   * other tier whose agencies handled the territory's dossiers.
   *
   * @return the changed query
   */
  public KpiQuery byTier() {
    return new KpiQuery(dossiers, hierarchy, period, territory, true, byUnit, rule, calendar);
  }

  /**
   * Adds a row for the territory's own agencies and one per unit directly below it, each with
   * everything under it.
   *
   * @return the changed query
   */
  public KpiQuery byUnit() {
    return new KpiQuery(dossiers, hierarchy, period, territory, byTier, true, rule, calendar);
  }

  /**
   * Judges the on-time indicators by a rule, in the public-sector calendar ({@link
   * WorkingCalendar#vietnam()}); the report names the rule. Without this step the rule is {@link
   * OnTimeRule#defaultRule()}, which keeps every earlier figure.
   *
   * @param rule the on-time rule
   * @return the changed query
   * @throws IllegalStateException if a different rule was given before
   */
  public KpiQuery onTimeBy(OnTimeRule rule) {
    return onTimeBy(rule, calendar == null ? WorkingCalendar.vietnam() : calendar);
  }

  /**
   * Judges the on-time indicators by a rule, counting working days in a calendar (a province's own
   * days off, next year's announcement); the report names the rule.
   *
   * @param rule the on-time rule
   * @param calendar the working-day calendar the rule counts waits for the applicant in
   * @return the changed query
   * @throws IllegalStateException if a different rule or calendar was given before
   */
  public KpiQuery onTimeBy(OnTimeRule rule, WorkingCalendar calendar) {
    requireNonNull(rule, "rule");
    requireNonNull(calendar, "calendar");
    if (this.rule != null && this.rule != rule) {
      throw new IllegalStateException(
          "a query has one on-time rule: " + this.rule + " was given before " + rule);
    }
    if (this.calendar != null && !this.calendar.equals(calendar)) {
      throw new IllegalStateException(
          "a query has one working-day calendar, a different one was given before");
    }
    return new KpiQuery(dossiers, hierarchy, period, territory, byTier, byUnit, rule, calendar);
  }

  /**
   * Computes the indicators, in the order given.
   *
   * @param indicators the indicators, at least one, none twice
   * @return the report
   * @throws IllegalArgumentException if there is no indicator or one is given twice
   * @throws IllegalStateException if the period is missing, or {@code byUnit()} was asked without a
   *     territory or for a territory with no unit below it
   * @throws InvalidRecordException if a dossier's agency belongs to a unit the hierarchy does not
   *     know
   */
  public KpiReport compute(Indicator... indicators) {
    return compute(ImmutableList.copyOf(indicators));
  }

  /**
   * Computes the indicators, in the order given.
   *
   * @param indicators the indicators, at least one, none twice
   * @return the report
   * @throws IllegalArgumentException if there is no indicator or one is given twice
   * @throws IllegalStateException if the period is missing, or {@code byUnit()} was asked without a
   *     territory or for a territory with no unit below it
   * @throws InvalidRecordException if a dossier's agency belongs to a unit the hierarchy does not
   *     know
   */
  public KpiReport compute(Collection<Indicator> indicators) {
    ImmutableList<Indicator> list = ImmutableList.copyOf(indicators);
    if (list.isEmpty()) {
      throw new IllegalArgumentException(
          "compute(...) needs at least one indicator, e.g. compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE)");
    }
    ReportingPeriod p = period;
    if (p == null) {
      throw new IllegalStateException(
          "no reporting period: add .period(...), e.g. .period(ReportingPeriod.year(2024))");
    }
    AdministrativeUnit t = territory;
    if (byUnit && t == null) {
      throw new IllegalStateException("byUnit() needs a territory: add .within(...)");
    }
    OnTimeRule r = rule == null ? OnTimeRule.defaultRule() : rule;
    WorkingCalendar c = calendar == null ? WorkingCalendar.vietnam() : calendar;
    KpiReport.Builder report = KpiReport.builder(p).onTimeRule(r).indicators(list);
    if (t != null) {
      report.territory(t);
    }
    Rows rows = new Rows(t);
    Tallies<RowKey> counted =
        Tallies.of(dossiers, Grouping.byAgency(rows::key), Buckets.of(p), r, c);
    if (byTier) {
      Tallies<AdministrativeLevel> tiers = counted.regroup(RowKey::tier);
      Set<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);
      levels.addAll(tiers.groups());
      levels.addAll(rows.levels());
      for (AdministrativeLevel level : levels) {
        report.row(Scope.tier(level), tiers.tally(level));
      }
    }
    if (byUnit && t != null) {
      Tallies<String> units = counted.regroup(RowKey::rowCode);
      report.row(Scope.ownAgencies(t), units.tally(t.code()));
      for (AdministrativeUnit child : rows.children()) {
        report.row(Scope.unit(child), units.tally(child.code()));
      }
    }
    report.row(Scope.total(), counted.total());
    return report.build();
  }

  private UnitHierarchy requireHierarchy(String step) {
    UnitHierarchy h = hierarchy;
    if (h == null) {
      throw new IllegalStateException(
          step
              + " needs the hierarchy of units: start with Kpi.over(dossiers, hierarchy)"
              + " or add .in(hierarchy) first");
    }
    return h;
  }

  /**
   * A group of the one-pass count: the agency's tier and the report row of its unit. Computed once
   * per agency, never per dossier.
   */
  private record RowKey(AdministrativeLevel tier, String rowCode) {}

  /** Which dossiers a query counts, and in which row. */
  private final class Rows {
    private final @Nullable AdministrativeUnit territory;

    /** Unit code → code of the row it falls in (the territory's, or a child's). */
    private final Map<String, String> rowOf = new HashMap<>();

    private final List<AdministrativeUnit> children = new ArrayList<>();
    private final Set<AdministrativeLevel> levels = EnumSet.noneOf(AdministrativeLevel.class);

    Rows(@Nullable AdministrativeUnit territory) {
      this.territory = territory;
      UnitHierarchy h = hierarchy;
      if (territory != null && h != null) {
        rowOf.put(territory.code(), territory.code());
        levels.add(territory.level());
        for (AdministrativeUnit child : h.children(territory.code())) {
          children.add(child);
          rowOf.put(child.code(), child.code());
          levels.add(child.level());
          for (AdministrativeUnit below : h.descendants(child.code())) {
            rowOf.put(below.code(), child.code());
            levels.add(below.level());
          }
        }
        if (byUnit && children.isEmpty()) {
          throw new IllegalStateException(
              "byUnit(): " + territory + " has no unit below it, so there is no row to show");
        }
      } else if (h != null) {
        for (AdministrativeUnit unit : h.units()) {
          levels.add(unit.level());
        }
      }
    }

    /**
     * The group of an agency's dossiers: null outside the territory; an {@link
     * IllegalArgumentException} for a unit the hierarchy does not hold, which the count turns into
     * an {@link InvalidRecordException} naming the dossier.
     */
    @Nullable RowKey key(Agency agency) {
      String code = agency.unitCode();
      UnitHierarchy h = hierarchy;
      if (h != null && !h.contains(code)) {
        throw new IllegalArgumentException(
            "is " + agency.code() + " of unit \"" + code + "\", which the hierarchy does not hold");
      }
      if (territory == null) {
        return new RowKey(agency.tier(), "");
      }
      String row = rowOf.get(code);
      return row == null ? null : new RowKey(agency.tier(), row);
    }

    List<AdministrativeUnit> children() {
      return children;
    }

    Set<AdministrativeLevel> levels() {
      return levels;
    }
  }

  @Override
  public String toString() {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("period", period == null ? "?" : period);
    parts.put("within", territory == null ? "all" : territory);
    parts.put("byTier", byTier);
    parts.put("byUnit", byUnit);
    if (rule != null) {
      parts.put("onTimeBy", rule);
    }
    return "KpiQuery" + parts;
  }
}
