package io.github.dvckpi;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.report.KpiQuery;

/**
 * The entry point of dvc-kpi: starts the fluent sentence "these indicators, for this territory, by
 * tier, over this period".
 *
 * <pre>{@code
 * KpiReport r = Kpi.over(dossiers, hierarchy)
 *     .period(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14)))
 *     .within("436")
 *     .byTier()
 *     .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE, Indicator.RESULT_DIGITIZATION);
 * System.out.println(r);   // the Vietnamese table
 * }</pre>
 *
 * <p>See {@link KpiQuery} for every step and its failures.
 */
public final class Kpi {

  private Kpi() {}

  /**
   * Starts a query over dossiers whose agencies belong to the units of a hierarchy; {@code
   * within(...)} can then restrict it to a territory.
   *
   * @param dossiers the dossiers, read once per {@code compute}
   * @param hierarchy the administrative units
   * @return the query
   */
  public static KpiQuery over(Iterable<? extends Dossier> dossiers, UnitHierarchy hierarchy) {
    return KpiQuery.over(dossiers, hierarchy);
  }

  /**
   * Starts a query over dossiers without a hierarchy: the report covers every dossier given.
   *
   * @param dossiers the dossiers, read once per {@code compute}
   * @return the query
   */
  public static KpiQuery over(Iterable<? extends Dossier> dossiers) {
    return KpiQuery.over(dossiers);
  }
}
