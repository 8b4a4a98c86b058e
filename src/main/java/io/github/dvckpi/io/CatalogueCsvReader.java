package io.github.dvckpi.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.io.CatalogueColumns.AgencyColumn;
import io.github.dvckpi.io.CatalogueColumns.ProcedureColumn;
import io.github.dvckpi.io.CatalogueColumns.UnitColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the three catalogues (danh mục) from CSV: administrative units, agencies and procedures.
 * Their headers and values are documented in {@code docs/import.md}; rows are refused with the same
 * {@link Rejection rejections} as dossier rows, and each file reconciles.
 *
 * <pre>{@code
 * CatalogueImport c = CatalogueCsvReader.read(
 *     Path.of("samples/don_vi.csv"), Path.of("samples/co_quan.csv"),
 *     Path.of("samples/thu_tuc.csv"), ImportOptions.defaults());
 * c.catalogue().procedure("1.001234")
 * }</pre>
 */
public final class CatalogueCsvReader {

  private CatalogueCsvReader() {}

  /**
   * Reads the three catalogues, units first (agencies are checked against them).
   *
   * @param units the units file
   * @param agencies the agencies file
   * @param procedures the procedures file
   * @param options how to read them
   * @return the catalogue and one report per file
   * @throws IOException if a file cannot be read
   * @throws CsvHeaderException if a file lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static CatalogueImport read(
      Path units, Path agencies, Path procedures, ImportOptions options) throws IOException {
    ImportResult<UnitHierarchy> u = readUnits(units, options);
    ImportResult<ImmutableList<Agency>> a = readAgencies(agencies, u.value(), options);
    ImportResult<ImmutableList<Procedure>> p = readProcedures(procedures, options);
    return new CatalogueImport(
        Catalogue.of(u.value(), a.value(), p.value()), u.report(), a.report(), p.report());
  }

  /**
   * Reads administrative units: {@code ma_don_vi}, {@code ten_don_vi}, {@code loai_don_vi} and
   * {@code ma_don_vi_cha} (blank for a province; the column may be left out). A unit whose parent
   * is not in the file (or was refused) is refused, and so are units whose parents form a cycle.
   *
   * @param file the file
   * @param options how to read it
   * @return the hierarchy of the accepted units and the report
   * @throws IOException if the file cannot be read
   * @throws CsvHeaderException if the file lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static ImportResult<UnitHierarchy> readUnits(Path file, ImportOptions options)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readUnits(in, file.toString(), options);
    }
  }

  /**
   * Reads administrative units from a stream, as {@link #readUnits(Path, ImportOptions)}.
   *
   * @param in the bytes, not closed
   * @param source the file's name for messages
   * @param options how to read it
   * @return the hierarchy of the accepted units and the report
   * @throws IOException if reading fails
   * @throws CsvHeaderException if the file lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static ImportResult<UnitHierarchy> readUnits(
      InputStream in, String source, ImportOptions options) throws IOException {
    return units(csv(in, source, options));
  }

  /**
   * Opens the rows of one catalogue: a CSV file, a query.
   *
   * @param <X> what opening throws
   */
  interface Opener<X extends Exception> {
    <K extends Enum<K>, T> Importer<K, T> open(
        Class<K> type,
        Map<K, ImmutableList<String>> names,
        Set<K> required,
        Importer.RowParser<K, T> parser)
        throws X;
  }

  private static Opener<IOException> csv(InputStream in, String source, ImportOptions options) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(options, "options");
    return new Opener<>() {
      @Override
      public <K extends Enum<K>, T> Importer<K, T> open(
          Class<K> type,
          Map<K, ImmutableList<String>> names,
          Set<K> required,
          Importer.RowParser<K, T> parser)
          throws IOException {
        return Importer.open(
            in, source, options, type, names, required, parser, r -> {}, rows -> {}, 0);
      }
    };
  }

  /**
   * Reads administrative units from rows however opened: the one parsing of a unit row.
   *
   * @param opener opens the rows
   * @return the hierarchy of the accepted units and the report
   * @throws X if opening fails
   * @throws IOException if closing the rows fails
   */
  static <X extends Exception> ImportResult<UnitHierarchy> units(Opener<X> opener)
      throws X, IOException {
    Map<String, Row<UnitColumn>> rows = new LinkedHashMap<>();
    Map<String, AdministrativeUnit> units = new LinkedHashMap<>();
    Importer.RowParser<UnitColumn, AdministrativeUnit> parser =
        row -> {
          String code = row.required(UnitColumn.CODE);
          String name = row.required(UnitColumn.NAME);
          UnitKind kind = Values.unitKind(row.required(UnitColumn.KIND));
          if (kind == null) {
            throw row.refuse(UnitColumn.KIND, RejectionReason.UNKNOWN_UNIT_KIND);
          }
          String parent = row.get(UnitColumn.PARENT);
          Row<UnitColumn> first = rows.get(code);
          if (first != null) {
            throw row.refuse(
                UnitColumn.CODE, RejectionReason.DUPLICATE_CODE, String.valueOf(first.line()));
          }
          AdministrativeUnit unit;
          try {
            unit =
                new AdministrativeUnit(
                    code, name, kind, parent.isEmpty() ? Optional.empty() : Optional.of(parent));
          } catch (InvalidRecordException e) {
            throw row.refuse(UnitColumn.PARENT, RejectionReason.UNIT_CYCLE);
          }
          rows.put(code, row);
          units.put(code, unit);
          return unit;
        };
    try (Importer<UnitColumn, AdministrativeUnit> importer =
        opener.open(
            UnitColumn.class,
            CatalogueColumns.unitNames(),
            CatalogueColumns.requiredUnitColumns(),
            parser)) {
      drain(importer);
      dropOrphansAndCycles(units, rows, importer);
      return new ImportResult<>(UnitHierarchy.of(units.values()), importer.report());
    }
  }

  private static void dropOrphansAndCycles(
      Map<String, AdministrativeUnit> units,
      Map<String, Row<UnitColumn>> rows,
      Importer<UnitColumn, AdministrativeUnit> importer) {
    while (true) {
      boolean changed = false;
      for (AdministrativeUnit unit : new ArrayList<>(units.values())) {
        String parent = unit.parentCode().orElse(null);
        if (parent != null && !units.containsKey(parent)) {
          units.remove(unit.code());
          Row<UnitColumn> row = requireNonNull(rows.get(unit.code()));
          importer.demote(row.rejection(UnitColumn.PARENT, parent, RejectionReason.UNKNOWN_UNIT));
          changed = true;
        }
      }
      if (!changed) {
        changed = dropOneCycle(units, rows, importer);
      }
      if (!changed) {
        changed = dropChildrenNotBelow(units, rows, importer);
      }
      if (!changed) {
        return;
      }
    }
  }

  /** Drops the units whose parent is not of a higher tier (a province under a ward). */
  private static boolean dropChildrenNotBelow(
      Map<String, AdministrativeUnit> units,
      Map<String, Row<UnitColumn>> rows,
      Importer<UnitColumn, AdministrativeUnit> importer) {
    boolean changed = false;
    for (AdministrativeUnit unit : new ArrayList<>(units.values())) {
      String parent = unit.parentCode().orElse(null);
      AdministrativeUnit above = parent == null ? null : units.get(parent);
      if (parent != null && above != null && above.level().compareTo(unit.level()) >= 0) {
        units.remove(unit.code());
        Row<UnitColumn> row = requireNonNull(rows.get(unit.code()));
        importer.demote(row.rejection(UnitColumn.PARENT, parent, RejectionReason.PARENT_NOT_ABOVE));
        changed = true;
      }
    }
    return changed;
  }

  private static boolean dropOneCycle(
      Map<String, AdministrativeUnit> units,
      Map<String, Row<UnitColumn>> rows,
      Importer<UnitColumn, AdministrativeUnit> importer) {
    List<String> cycle = List.of();
    for (AdministrativeUnit start : units.values()) {
      List<String> path = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      String current = start.code();
      while (current != null && seen.add(current)) {
        path.add(current);
        current = requireNonNull(units.get(current)).parentCode().orElse(null);
      }
      if (current != null) {
        // the cycle is the part of the path from current on
        cycle = path.subList(path.indexOf(current), path.size());
        break;
      }
    }
    for (String code : cycle) {
      AdministrativeUnit unit = requireNonNull(units.remove(code));
      Row<UnitColumn> row = requireNonNull(rows.get(code));
      importer.demote(
          row.rejection(
              UnitColumn.PARENT, unit.parentCode().orElse(""), RejectionReason.UNIT_CYCLE));
    }
    return !cycle.isEmpty();
  }

  /**
   * Reads agencies: {@code ma_co_quan}, {@code ten_co_quan}, {@code cap} (tỉnh, huyện, xã) and
   * {@code ma_don_vi}, the agency's administrative unit, which must be in the hierarchy.
   *
   * @param file the file
   * @param units the administrative units
   * @param options how to read it
   * @return the accepted agencies in file order and the report
   * @throws IOException if the file cannot be read
   * @throws CsvHeaderException if the file lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static ImportResult<ImmutableList<Agency>> readAgencies(
      Path file, UnitHierarchy units, ImportOptions options) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readAgencies(in, file.toString(), units, options);
    }
  }

  /**
   * Reads agencies from a stream, as {@link #readAgencies(Path, UnitHierarchy, ImportOptions)}.
   *
   * @param in the bytes, not closed
   * @param source the file's name for messages
   * @param units the administrative units
   * @param options how to read it
   * @return the accepted agencies in file order and the report
   * @throws IOException if reading fails
   * @throws CsvHeaderException if the file lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static ImportResult<ImmutableList<Agency>> readAgencies(
      InputStream in, String source, UnitHierarchy units, ImportOptions options)
      throws IOException {
    return agencies(csv(in, source, options), units);
  }

  /**
   * Reads agencies from rows however opened: the one parsing of an agency row.
   *
   * @param opener opens the rows
   * @param units the administrative units
   * @return the accepted agencies in order and the report
   * @throws X if opening fails
   * @throws IOException if closing the rows fails
   */
  static <X extends Exception> ImportResult<ImmutableList<Agency>> agencies(
      Opener<X> opener, UnitHierarchy units) throws X, IOException {
    requireNonNull(units, "units");
    Map<String, Long> lines = new HashMap<>();
    Importer.RowParser<AgencyColumn, Agency> parser =
        row -> {
          String code = row.required(AgencyColumn.CODE);
          String name = row.required(AgencyColumn.NAME);
          AdministrativeLevel tier = Values.tier(row.required(AgencyColumn.TIER));
          if (tier == null) {
            throw row.refuse(AgencyColumn.TIER, RejectionReason.UNKNOWN_TIER);
          }
          String unit = row.required(AgencyColumn.UNIT);
          if (!units.contains(unit)) {
            throw row.refuse(AgencyColumn.UNIT, RejectionReason.UNKNOWN_UNIT);
          }
          Long first = lines.putIfAbsent(code, row.line());
          if (first != null) {
            throw row.refuse(AgencyColumn.CODE, RejectionReason.DUPLICATE_CODE, first.toString());
          }
          return Agency.of(code, name, tier, unit);
        };
    try (Importer<AgencyColumn, Agency> importer =
        opener.open(
            AgencyColumn.class,
            CatalogueColumns.agencyNames(),
            EnumSet.allOf(AgencyColumn.class),
            parser)) {
      return new ImportResult<>(drain(importer), importer.report());
    }
  }

  /**
   * Reads procedures: {@code ma_tthc}, {@code ten_tthc}, {@code muc_do} (toàn trình, một phần,
   * không, or a level 1–4), {@code co_phi} and {@code co_ket_qua} (yes/no).
   *
   * @param file the file
   * @param options how to read it
   * @return the accepted procedures in file order and the report
   * @throws IOException if the file cannot be read
   * @throws CsvHeaderException if the file lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static ImportResult<ImmutableList<Procedure>> readProcedures(
      Path file, ImportOptions options) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return readProcedures(in, file.toString(), options);
    }
  }

  /**
   * Reads procedures from a stream, as {@link #readProcedures(Path, ImportOptions)}.
   *
   * @param in the bytes, not closed
   * @param source the file's name for messages
   * @param options how to read it
   * @return the accepted procedures in file order and the report
   * @throws IOException if reading fails
   * @throws CsvHeaderException if the file lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static ImportResult<ImmutableList<Procedure>> readProcedures(
      InputStream in, String source, ImportOptions options) throws IOException {
    return procedures(csv(in, source, options));
  }

  /**
   * Reads procedures from rows however opened: the one parsing of a procedure row.
   *
   * @param opener opens the rows
   * @return the accepted procedures in order and the report
   * @throws X if opening fails
   * @throws IOException if closing the rows fails
   */
  static <X extends Exception> ImportResult<ImmutableList<Procedure>> procedures(Opener<X> opener)
      throws X, IOException {
    Map<String, Long> lines = new HashMap<>();
    Importer.RowParser<ProcedureColumn, Procedure> parser =
        row -> {
          String code = row.required(ProcedureColumn.CODE);
          String name = row.required(ProcedureColumn.NAME);
          ServiceLevel level = Values.serviceLevel(row.required(ProcedureColumn.SERVICE_LEVEL));
          if (level == null) {
            throw row.refuse(ProcedureColumn.SERVICE_LEVEL, RejectionReason.UNKNOWN_SERVICE_LEVEL);
          }
          boolean fee = bool(row, ProcedureColumn.CHARGES_FEE);
          boolean result = bool(row, ProcedureColumn.ISSUES_RESULT);
          Long first = lines.putIfAbsent(code, row.line());
          if (first != null) {
            throw row.refuse(
                ProcedureColumn.CODE, RejectionReason.DUPLICATE_CODE, first.toString());
          }
          return new Procedure(code, name, level, fee, result);
        };
    try (Importer<ProcedureColumn, Procedure> importer =
        opener.open(
            ProcedureColumn.class,
            CatalogueColumns.procedureNames(),
            EnumSet.allOf(ProcedureColumn.class),
            parser)) {
      return new ImportResult<>(drain(importer), importer.report());
    }
  }

  private static boolean bool(Row<ProcedureColumn> row, ProcedureColumn column) throws Row.Refused {
    Boolean value = Values.bool(row.get(column));
    if (value == null) {
      throw row.refuse(column, RejectionReason.UNPARSABLE_BOOLEAN);
    }
    return value;
  }

  private static <T> ImmutableList<T> drain(Importer<?, T> importer) {
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (T next = importer.next(); next != null; next = importer.next()) {
      out.add(next);
    }
    return out.build();
  }
}
