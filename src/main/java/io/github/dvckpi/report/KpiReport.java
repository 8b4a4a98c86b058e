package io.github.dvckpi.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.OnTimeRule;
import io.github.dvckpi.indicator.Dating;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A computed KPI table: for each row ({@link Scope}) and each {@link Indicator}, a {@link Rate}
 * with its counts.
 *
 * <p>Rows come in a stable, documented order ({@link Scope#ORDER}): the tiers from the province
 * tier down, then the territory's own agencies, then the units below the territory in the
 * hierarchy's order, and the {@link Scope#total() total} last. Indicators keep the order they were
 * asked in. {@link #cells()} iterates row by row, and within a row indicator by indicator.
 *
 * <p>The total is always Σnumerator/Σdenominator of the rows' counts, never an average of rates:
 * the tier rows add up to it, and so do the own-agencies and unit rows. A report whose rows do not
 * add up cannot be built.
 *
 * <p>Each indicator places a dossier in the period by its own date ({@link #dating(Indicator)}):
 * intake indicators by the day received, result indicators by the day resolved.
 *
 * <p>The on-time indicators ({@link Indicator#judgesTimeliness()}) were judged by an on-time rule,
 * {@link #onTimeRule()}, which every rendering names beside them.
 *
 * <p>Immutable and thread-safe; equal when period, territory, on-time rule, indicators, rows and
 * every cell's counts are equal. {@code toString()} is the Vietnamese text table ({@link
 * ReportFormat#TEXT}).
 *
 * <pre>{@code
 * KpiReport r = Kpi.over(dossiers, hierarchy)
 *     .period(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14)))
 *     .within("436")
 *     .byTier()
 *     .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE, Indicator.RESULT_DIGITIZATION);
 * r.rate(AdministrativeLevel.COMMUNE, Indicator.ONLINE_SUBMISSION_ELIGIBLE) // 99,77% (…/…)
 * }</pre>
 */
public final class KpiReport {

  private final ReportingPeriod period;
  private final @Nullable AdministrativeUnit territory;
  private final ImmutableList<Indicator> indicators;
  private final ImmutableList<Scope> scopes;
  private final ImmutableTable<Scope, Indicator, Rate> cells;
  private final ImmutableMap<Scope, Tally> tallies;
  private final OnTimeRule onTimeRule;

  private KpiReport(
      ReportingPeriod period,
      @Nullable AdministrativeUnit territory,
      OnTimeRule onTimeRule,
      ImmutableList<Indicator> indicators,
      ImmutableList<Scope> scopes,
      ImmutableTable<Scope, Indicator, Rate> cells,
      ImmutableMap<Scope, Tally> tallies) {
    this.period = period;
    this.territory = territory;
    this.onTimeRule = onTimeRule;
    this.indicators = indicators;
    this.scopes = scopes;
    this.cells = cells;
    this.tallies = tallies;
  }

  /**
   * A builder of a report from rows given by hand (the fluent {@code Kpi.over(...)} builds them
   * from dossiers).
   *
   * @param period the period the counts cover
   * @return a new builder
   */
  public static Builder builder(ReportingPeriod period) {
    return new Builder(period);
  }

  /**
   * The period the counts cover.
   *
   * @return the period
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * The territory: the unit whose agencies and those of every unit below it handled the counted
   * dossiers.
   *
   * @return the territory, or empty if the report covers all the dossiers it was given
   */
  public Optional<AdministrativeUnit> territory() {
    return Optional.ofNullable(territory);
  }

  /**
   * The rule that judged the on-time indicators.
   *
   * @return the rule; {@link OnTimeRule#defaultRule()} unless another was chosen
   */
  public OnTimeRule onTimeRule() {
    return onTimeRule;
  }

  /**
   * The indicators, in the order asked.
   *
   * @return the indicators, at least one
   */
  public ImmutableList<Indicator> indicators() {
    return indicators;
  }

  /**
   * The rows, in {@link Scope#ORDER}: tiers, own agencies, units, total last.
   *
   * @return the rows, at least the total
   */
  public ImmutableList<Scope> scopes() {
    return scopes;
  }

  /**
   * Whether the report has a row.
   *
   * @param scope the row
   * @return true if present
   */
  public boolean contains(Scope scope) {
    return cells.containsRow(requireNonNull(scope, "scope"));
  }

  /**
   * The counts of a row: every counter of its dossiers, from which each cell's rate is read. Rows
   * computed from dossiers ({@code Kpi.over(...)}) and rows given as tallies have them, and then
   * the total's tally is the merge of its rows'.
   *
   * @param scope the row
   * @return the row's tally, or empty if the row was given rate by rate
   * @throws IllegalArgumentException if the report has no such row
   */
  public Optional<Tally> tally(Scope scope) {
    checkArgument(
        cells.containsRow(requireNonNull(scope, "scope")),
        "this report has no row %s; its rows: %s",
        scope,
        scopes);
    return Optional.ofNullable(tallies.get(scope));
  }

  /**
   * The rate of an indicator over a row.
   *
   * @param scope the row
   * @param indicator the indicator
   * @return the rate with its counts; undefined if the row has no dossier in the indicator's
   *     population
   * @throws IllegalArgumentException if the report has no such row or indicator; the message lists
   *     those it has
   */
  public Rate rate(Scope scope, Indicator indicator) {
    requireNonNull(scope, "scope");
    requireNonNull(indicator, "indicator");
    Rate rate = cells.get(scope, indicator);
    if (rate == null) {
      checkArgument(
          cells.containsRow(scope), "this report has no row %s; its rows: %s", scope, scopes);
      throw new IllegalArgumentException(
          "this report does not compute "
              + indicator.key()
              + "; its indicators: "
              + keys(indicators));
    }
    return rate;
  }

  /**
   * The rate of an indicator over the dossiers of one tier.
   *
   * @param tier the tier
   * @param indicator the indicator
   * @return the rate with its counts
   * @throws IllegalArgumentException if the report has no row for that tier (it was not computed
   *     {@code byTier()}) or does not compute the indicator
   */
  public Rate rate(AdministrativeLevel tier, Indicator indicator) {
    return rate(Scope.tier(tier), indicator);
  }

  /**
   * The rate of an indicator over all the report's dossiers: Σnumerator/Σdenominator of the rows.
   *
   * @param indicator the indicator
   * @return the total rate with its counts
   * @throws IllegalArgumentException if the report does not compute the indicator
   */
  public Rate total(Indicator indicator) {
    return rate(Scope.total(), indicator);
  }

  /**
   * One row: the rate of every indicator, in the report's indicator order.
   *
   * @param scope the row
   * @return the rates by indicator
   * @throws IllegalArgumentException if the report has no such row
   */
  public ImmutableMap<Indicator, Rate> row(Scope scope) {
    checkArgument(
        cells.containsRow(requireNonNull(scope, "scope")),
        "this report has no row %s; its rows: %s",
        scope,
        scopes);
    ImmutableMap.Builder<Indicator, Rate> out = ImmutableMap.builder();
    for (Indicator indicator : indicators) {
      out.put(indicator, rate(scope, indicator));
    }
    return out.buildOrThrow();
  }

  /**
   * Every cell, row by row in {@link #scopes()} order and, within a row, in {@link #indicators()}
   * order.
   *
   * @return the cells
   */
  public ImmutableList<Cell> cells() {
    ImmutableList.Builder<Cell> out = ImmutableList.builder();
    for (Scope scope : scopes) {
      for (Indicator indicator : indicators) {
        out.add(new Cell(scope, indicator, rate(scope, indicator)));
      }
    }
    return out.build();
  }

  /**
   * The date that placed a dossier in the period for an indicator: received-on for intake
   * indicators, resolved-on for result indicators.
   *
   * @param indicator one of the report's indicators
   * @return {@code indicator.dating()}
   * @throws IllegalArgumentException if the report does not compute the indicator
   */
  public Dating dating(Indicator indicator) {
    checkArgument(
        indicators.contains(requireNonNull(indicator, "indicator")),
        "this report does not compute %s; its indicators: %s",
        indicator.key(),
        keys(indicators));
    return indicator.dating();
  }

  /**
   * Renders the report in a format with the default percent policy: 2 decimals, half up.
   *
   * @param format the format
   * @param locale the language: Vietnamese for {@code vi}, English otherwise
   * @return the rendering
   */
  public String render(ReportFormat format, Locale locale) {
    return format.render(this, locale);
  }

  private static String keys(List<Indicator> indicators) {
    StringBuilder out = new StringBuilder();
    for (Indicator i : indicators) {
      out.append(out.length() == 0 ? "" : ", ").append(i.key());
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof KpiReport r
        && r.period.equals(period)
        && Objects.equals(r.territory, territory)
        && r.onTimeRule == onTimeRule
        && r.indicators.equals(indicators)
        && r.scopes.equals(scopes)
        && r.cells.equals(cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, territory, onTimeRule, indicators, scopes, cells);
  }

  /** The Vietnamese text table, as {@link ReportFormat#TEXT} renders it. */
  @Override
  public String toString() {
    return ReportFormat.TEXT.render(this, RateFormat.VIETNAMESE);
  }

  /**
   * Builds a {@link KpiReport} from rows. The total row is computed from the rows unless given;
   * either way it must be the sum of the tier rows and the sum of the own-agencies and unit rows.
   * Not thread-safe.
   */
  public static final class Builder {
    private final ReportingPeriod period;
    private @Nullable AdministrativeUnit territory;
    private OnTimeRule onTimeRule = OnTimeRule.defaultRule();
    private final Set<Indicator> indicators = new LinkedHashSet<>();
    private final Map<Scope, Map<Indicator, Rate>> rows = new LinkedHashMap<>();
    private final Map<Scope, Tally> tallies = new LinkedHashMap<>();

    private Builder(ReportingPeriod period) {
      this.period = requireNonNull(period, "period");
    }

    /**
     * Sets the territory.
     *
     * @param territory the unit the report covers with everything under it
     * @return this builder
     */
    public Builder territory(AdministrativeUnit territory) {
      this.territory = requireNonNull(territory, "territory");
      return this;
    }

    /**
     * Sets the rule that judged the on-time indicators; the default is {@link
     * OnTimeRule#defaultRule()}.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder onTimeRule(OnTimeRule rule) {
      this.onTimeRule = requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Adds indicators, in order.
     *
     * @param indicators the indicators
     * @return this builder
     * @throws IllegalArgumentException if an indicator is given twice
     */
    public Builder indicators(Iterable<Indicator> indicators) {
      for (Indicator indicator : indicators) {
        checkArgument(
            this.indicators.add(requireNonNull(indicator, "indicator")),
            "indicator %s is given twice",
            indicator.key());
      }
      return this;
    }

    /**
     * Adds indicators, in order.
     *
     * @param indicators the indicators
     * @return this builder
     * @throws IllegalArgumentException if an indicator is given twice
     */
    public Builder indicators(Indicator... indicators) {
      return indicators(ImmutableList.copyOf(indicators));
    }

    /**
     * Sets one cell.
     *
     * @param scope the row
     * @param indicator the indicator, among those added
     * @param rate the rate with its counts
     * @return this builder
     * @throws IllegalArgumentException if the indicator was not added, or the cell is already set
     */
    public Builder put(Scope scope, Indicator indicator, Rate rate) {
      requireNonNull(scope, "scope");
      requireNonNull(rate, "rate");
      checkArgument(
          indicators.contains(requireNonNull(indicator, "indicator")),
          "indicator %s is not among the report's indicators %s; add it with indicators(...)",
          indicator.key(),
          keys(ImmutableList.copyOf(indicators)));
      Rate previous = rows.computeIfAbsent(scope, s -> new LinkedHashMap<>()).put(indicator, rate);
      checkArgument(previous == null, "cell %s / %s is set twice", scope, indicator.key());
      return this;
    }

    /**
     * Sets a row from the tally of its dossiers: the rate of every indicator added so far.
     *
     * @param scope the row
     * @param tally the counters of the row's dossiers over the period
     * @return this builder
     * @throws IllegalArgumentException if no indicator was added, or a cell is already set
     */
    public Builder row(Scope scope, Tally tally) {
      requireNonNull(tally, "tally");
      checkArgument(!indicators.isEmpty(), "add the indicators before the rows");
      for (Indicator indicator : indicators) {
        put(scope, indicator, tally.rate(indicator));
      }
      tallies.put(scope, tally);
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws IllegalArgumentException if there are no indicators, no rows, a row misses a cell, an
     *     own-agencies or unit row does not fit the territory, or the rows do not add up to the
     *     total
     */
    public KpiReport build() {
      checkArgument(!indicators.isEmpty(), "a report needs at least one indicator");
      checkArgument(!rows.isEmpty(), "a report needs at least one row");
      for (Map.Entry<Scope, Map<Indicator, Rate>> row : rows.entrySet()) {
        for (Indicator indicator : indicators) {
          checkArgument(
              row.getValue().containsKey(indicator),
              "row %s has no cell for %s",
              row.getKey(),
              indicator.key());
        }
        checkFits(row.getKey());
      }
      List<Scope> ordered = new ArrayList<>(rows.keySet());
      ordered.remove(Scope.total());
      ordered.sort(Scope.ORDER);
      Map<Indicator, Rate> total = new LinkedHashMap<>();
      for (Indicator indicator : indicators) {
        total.put(indicator, totalOf(ordered, indicator));
      }
      ImmutableMap.Builder<Scope, Tally> counts = ImmutableMap.builder();
      Tally totalTally = totalTally(ordered);
      for (Scope scope : ordered) {
        Tally t = tallies.get(scope);
        if (t != null) {
          counts.put(scope, t);
        }
      }
      if (totalTally != null) {
        counts.put(Scope.total(), totalTally);
      }
      ordered.add(Scope.total());
      ImmutableTable.Builder<Scope, Indicator, Rate> table = ImmutableTable.builder();
      for (Scope scope : ordered) {
        Map<Indicator, Rate> row = scope instanceof Scope.Total ? total : rows.get(scope);
        for (Indicator indicator : indicators) {
          table.put(scope, indicator, requireNonNull(requireNonNull(row).get(indicator)));
        }
      }
      return new KpiReport(
          period,
          territory,
          onTimeRule,
          ImmutableList.copyOf(indicators),
          ImmutableList.copyOf(ordered),
          table.buildOrThrow(),
          counts.buildOrThrow());
    }

    /**
     * The total's tally when every row has one: the merge of the tier rows, which must equal the
     * merge of the own-agencies and unit rows and the total given, counter by counter.
     */
    private @Nullable Tally totalTally(List<Scope> ordered) {
      List<Tally> tiers = new ArrayList<>();
      List<Tally> units = new ArrayList<>();
      for (Scope scope : ordered) {
        Tally t = tallies.get(scope);
        if (t == null) {
          return null;
        }
        (scope instanceof Scope.Tier ? tiers : units).add(t);
      }
      Tally given = tallies.get(Scope.total());
      if (given == null && rows.containsKey(Scope.total())) {
        return null;
      }
      Tally total = given;
      for (List<Tally> part : List.of(tiers, units)) {
        if (!part.isEmpty()) {
          Tally sum = Tally.sum(part);
          checkArgument(
              total == null || total.equals(sum),
              "the rows do not add up: the total counts %s, but its rows %s",
              total,
              sum);
          total = sum;
        }
      }
      return total;
    }

    private void checkFits(Scope scope) {
      AdministrativeUnit t = territory;
      if (scope instanceof Scope.OwnAgencies own) {
        checkArgument(
            t != null && t.equals(own.unit()),
            "row %s names a unit that is not the report's territory (%s)",
            scope,
            t);
      } else if (scope instanceof Scope.Unit unit) {
        checkArgument(
            t != null && unit.unit().parentCode().equals(Optional.of(t.code())),
            "row %s is not a unit directly below the report's territory (%s)",
            scope,
            t);
      }
    }

    private Rate totalOf(List<Scope> ordered, Indicator indicator) {
      List<Rate> tiers = new ArrayList<>();
      List<Rate> units = new ArrayList<>();
      for (Scope scope : ordered) {
        Rate rate = requireNonNull(requireNonNull(rows.get(scope)).get(indicator));
        (scope instanceof Scope.Tier ? tiers : units).add(rate);
      }
      Map<Indicator, Rate> given = rows.get(Scope.total());
      @Nullable Rate total = given == null ? null : given.get(indicator);
      if (!tiers.isEmpty()) {
        total = agree(indicator, total, Rate.total(tiers), "tier");
      }
      if (!units.isEmpty()) {
        total = agree(indicator, total, Rate.total(units), "own-agencies and unit");
      }
      checkState(total != null, "no rows and no total for %s", indicator.key());
      return total;
    }

    private static Rate agree(Indicator indicator, @Nullable Rate total, Rate sum, String rows) {
      checkArgument(
          total == null || total.equals(sum),
          "the rows of %s do not add up: total %s, but the %s rows sum to %s",
          indicator.key(),
          total,
          rows,
          sum);
      return sum;
    }
  }
}
