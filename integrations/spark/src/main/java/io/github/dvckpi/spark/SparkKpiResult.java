package io.github.dvckpi.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.report.KpiReport;
import java.util.List;

/**
 * What a {@link SparkKpiJob} gives: the report, the reconciliations and the merged tallies.
 *
 * @param report the report, as the single-machine query computes it
 * @param dossiers the reconciliation of every dossier row of every export, summed over the
 *     partitions: read = accepted + rejected; it keeps the first rejections (by file and line)
 * @param catalogue the reconciliations of the units, agencies and procedures files
 * @param tallies the merged tallies by unit and tier over the period's bucket, from which other
 *     reports of the same period can be computed ({@code KpiQuery.computeFrom})
 * @param partitions the number of partitions the exports were read in
 */
public record SparkKpiResult(
    KpiReport report,
    ImportReport dossiers,
    ImmutableList<ImportReport> catalogue,
    Tallies<UnitTier> tallies,
    int partitions) {

  /**
   * Validates the result.
   *
   * @param report the report
   * @param dossiers the dossiers' reconciliation
   * @param catalogue the catalogue's reconciliations
   * @param tallies the merged tallies
   * @param partitions the partitions read
   */
  public SparkKpiResult {
    requireNonNull(report, "report");
    requireNonNull(dossiers, "dossiers");
    catalogue = ImmutableList.copyOf(catalogue);
    requireNonNull(tallies, "tallies");
  }

  /**
   * The result, copying the list.
   *
   * @param report the report
   * @param dossiers the dossiers' reconciliation
   * @param catalogue the catalogue's reconciliations
   * @param tallies the merged tallies
   * @param partitions the partitions read
   * @return the result
   */
  static SparkKpiResult of(
      KpiReport report,
      ImportReport dossiers,
      List<ImportReport> catalogue,
      Tallies<UnitTier> tallies,
      int partitions) {
    return new SparkKpiResult(
        report, dossiers, ImmutableList.copyOf(catalogue), tallies, partitions);
  }
}
