package io.github.dvckpi.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The three catalogues read from CSV, with the reconciliation of each file.
 *
 * @param catalogue the accepted units, agencies and procedures
 * @param units the report of the units file
 * @param agencies the report of the agencies file
 * @param procedures the report of the procedures file
 */
public record CatalogueImport(
    Catalogue catalogue, ImportReport units, ImportReport agencies, ImportReport procedures) {

  /**
   * Validates the import.
   *
   * @param catalogue the catalogue
   * @param units the units report
   * @param agencies the agencies report
   * @param procedures the procedures report
   */
  public CatalogueImport {
    requireNonNull(catalogue, "catalogue");
    requireNonNull(units, "units");
    requireNonNull(agencies, "agencies");
    requireNonNull(procedures, "procedures");
  }

  /**
   * The three reports.
   *
   * @return units, agencies, procedures
   */
  public ImmutableList<ImportReport> reports() {
    return ImmutableList.of(units, agencies, procedures);
  }

  /**
   * Whether no catalogue row was refused.
   *
   * @return true if every report is clean
   */
  public boolean isClean() {
    return units.isClean() && agencies.isClean() && procedures.isClean();
  }
}
