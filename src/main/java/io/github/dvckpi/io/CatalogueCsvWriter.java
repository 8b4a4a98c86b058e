package io.github.dvckpi.io;

import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.io.CatalogueColumns.AgencyColumn;
import io.github.dvckpi.io.CatalogueColumns.ProcedureColumn;
import io.github.dvckpi.io.CatalogueColumns.UnitColumn;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes the three catalogues in the layout {@link CatalogueCsvReader} reads: Vietnamese headers,
 * kinds, tiers and service levels in Vietnamese words, {@code 1}/{@code 0} for yes/no; UTF-8
 * without byte order mark, CRLF.
 */
public final class CatalogueCsvWriter {

  private CatalogueCsvWriter() {}

  /**
   * Writes a catalogue as three files.
   *
   * @param catalogue the catalogue
   * @param units the units file to create or replace
   * @param agencies the agencies file
   * @param procedures the procedures file
   * @throws IOException if a file cannot be written
   */
  public static void write(Catalogue catalogue, Path units, Path agencies, Path procedures)
      throws IOException {
    try (Writer out = CsvOut.create(units, false)) {
      writeUnits(catalogue.units().units(), out);
    }
    try (Writer out = CsvOut.create(agencies, false)) {
      writeAgencies(catalogue.agencies().values(), out);
    }
    try (Writer out = CsvOut.create(procedures, false)) {
      writeProcedures(catalogue.procedures().values(), out);
    }
  }

  /**
   * Writes units: {@code ma_don_vi, ten_don_vi, loai_don_vi, ma_don_vi_cha}.
   *
   * @param units the units
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void writeUnits(Iterable<AdministrativeUnit> units, Appendable out)
      throws IOException {
    CsvOut.Printer printer = CsvOut.printer(out);
    printer.printRecord(
        UnitColumn.CODE.names.get(0),
        UnitColumn.NAME.names.get(0),
        UnitColumn.KIND.names.get(0),
        UnitColumn.PARENT.names.get(0));
    for (AdministrativeUnit unit : units) {
      printer.printRecord(
          unit.code(), unit.name(), unit.kind().vietnameseName(), unit.parentCode().orElse(""));
    }
    printer.flush();
  }

  /**
   * Writes agencies: {@code ma_co_quan, ten_co_quan, cap, ma_don_vi}.
   *
   * @param agencies the agencies
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void writeAgencies(Iterable<Agency> agencies, Appendable out) throws IOException {
    CsvOut.Printer printer = CsvOut.printer(out);
    printer.printRecord(
        AgencyColumn.CODE.names.get(0),
        AgencyColumn.NAME.names.get(0),
        AgencyColumn.TIER.names.get(0),
        AgencyColumn.UNIT.names.get(0));
    for (Agency agency : agencies) {
      printer.printRecord(
          agency.code(), agency.name(), agency.tier().vietnameseName(), agency.unitCode());
    }
    printer.flush();
  }

  /**
   * Writes procedures: {@code ma_tthc, ten_tthc, muc_do, co_phi, co_ket_qua}.
   *
   * @param procedures the procedures
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public static void writeProcedures(Iterable<Procedure> procedures, Appendable out)
      throws IOException {
    CsvOut.Printer printer = CsvOut.printer(out);
    printer.printRecord(
        ProcedureColumn.CODE.names.get(0),
        ProcedureColumn.NAME.names.get(0),
        ProcedureColumn.SERVICE_LEVEL.names.get(0),
        ProcedureColumn.CHARGES_FEE.names.get(0),
        ProcedureColumn.ISSUES_RESULT.names.get(0));
    for (Procedure procedure : procedures) {
      printer.printRecord(
          procedure.code(),
          procedure.name(),
          levelWord(procedure.serviceLevel()),
          CsvOut.flag(procedure.chargesFee()),
          CsvOut.flag(procedure.issuesResult()));
    }
    printer.flush();
  }

  private static String levelWord(ServiceLevel level) {
    return switch (level) {
      case FULL_ONLINE -> "toàn trình";
      case PARTIAL_ONLINE -> "một phần";
      case NOT_ONLINE -> "không";
    };
  }
}
