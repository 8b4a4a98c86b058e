package io.github.dvckpi.io;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Procedure;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A schema resembling a one-stop-shop system's database (standard SQL, run on H2 and PostgreSQL):
 * units ({@code don_vi}), agencies ({@code co_quan}) and procedures ({@code thu_tuc}) with
 * surrogate keys, dossiers ({@code ho_so}) in native types — the intake as a {@code TIMESTAMP}, the
 * due date a {@code DATE}, the resolution a {@code TIMESTAMP WITH TIME ZONE}, the channel a {@code
 * SMALLINT}, yes/no {@code BOOLEAN}, the fee {@code NUMERIC(18,2)}, {@code NULL} where nothing is
 * known — referring to procedures and agencies by key, and a staging table ({@code ho_so_dong_bo},
 * "synchronised dossiers") of text cells as a sync from another system stores them, broken rows
 * included.
 */
final class OneStopShop {

  private OneStopShop() {}

  /** The units, in the catalogue's order. */
  static final String UNITS =
      "SELECT ma AS ma_don_vi, ten AS ten_don_vi, loai AS loai_don_vi, ma_cha AS ma_don_vi_cha"
          + " FROM don_vi ORDER BY stt";

  /** The agencies, their unit by code. */
  static final String AGENCIES =
      "SELECT ma AS ma_co_quan, ten AS ten_co_quan, cap, don_vi AS ma_don_vi FROM co_quan"
          + " ORDER BY id";

  /** The procedures, yes/no as {@code BOOLEAN}. */
  static final String PROCEDURES =
      "SELECT ma AS ma_tthc, ten AS ten_tthc, muc_do, co_phi, co_ket_qua FROM thu_tuc ORDER BY id";

  /**
   * The dossiers with the codes of their procedure and agency; some columns keep the system's own
   * names that are default aliases ({@code so_ho_so}, {@code kenh_nop}, {@code ket_qua}), the
   * others are renamed with {@code AS}.
   */
  static final String DOSSIERS =
      "SELECT h.so_ho_so, t.ma AS ma_tthc, c.ma AS ma_co_quan, h.kenh_nop,"
          + " h.tiep_nhan_luc AS ngay_tiep_nhan, h.ngay_hen_tra, h.giai_quyet_luc AS ngay_giai_quyet,"
          + " h.ket_qua, h.so_hoa_ket_qua, h.so_hoa_ho_so, h.le_phi, h.thanh_toan_truc_tuyen"
          + " FROM ho_so h JOIN thu_tuc t ON t.id = h.thu_tuc_id JOIN co_quan c ON c.id = h.co_quan_id"
          + " ORDER BY h.id";

  /**
   * The staging table's rows in the order they were loaded.
   *
   * @param header the CSV header, the staging table's columns
   * @return the query
   */
  static String staging(List<String> header) {
    return "SELECT " + String.join(", ", header) + " FROM ho_so_dong_bo ORDER BY stt";
  }

  /** Drops and creates the tables. */
  static void createSchema(Connection c, List<String> stagingColumns) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table : List.of("ho_so_dong_bo", "ho_so", "thu_tuc", "co_quan", "don_vi")) {
        s.execute("DROP TABLE IF EXISTS " + table);
      }
      s.execute(
          "CREATE TABLE don_vi (stt INTEGER PRIMARY KEY, ma VARCHAR(20) NOT NULL UNIQUE,"
              + " ten VARCHAR(200) NOT NULL, loai VARCHAR(60) NOT NULL, ma_cha VARCHAR(20))");
      s.execute(
          "CREATE TABLE co_quan (id INTEGER PRIMARY KEY, ma VARCHAR(40) NOT NULL UNIQUE,"
              + " ten VARCHAR(200) NOT NULL, cap VARCHAR(20) NOT NULL,"
              + " don_vi VARCHAR(20) NOT NULL REFERENCES don_vi (ma))");
      s.execute(
          "CREATE TABLE thu_tuc (id INTEGER PRIMARY KEY, ma VARCHAR(40) NOT NULL UNIQUE,"
              + " ten VARCHAR(400) NOT NULL, muc_do VARCHAR(40) NOT NULL,"
              + " co_phi BOOLEAN NOT NULL, co_ket_qua BOOLEAN NOT NULL)");
      s.execute(
          "CREATE TABLE ho_so (id BIGINT PRIMARY KEY, so_ho_so VARCHAR(40) NOT NULL,"
              + " thu_tuc_id INTEGER NOT NULL REFERENCES thu_tuc (id),"
              + " co_quan_id INTEGER NOT NULL REFERENCES co_quan (id), kenh_nop SMALLINT,"
              + " tiep_nhan_luc TIMESTAMP NOT NULL, ngay_hen_tra DATE NOT NULL,"
              + " giai_quyet_luc TIMESTAMP WITH TIME ZONE, ket_qua VARCHAR(40),"
              + " so_hoa_ket_qua BOOLEAN, so_hoa_ho_so BOOLEAN, le_phi NUMERIC(18, 2),"
              + " thanh_toan_truc_tuyen BOOLEAN)");
      StringBuilder staging =
          new StringBuilder("CREATE TABLE ho_so_dong_bo (stt BIGINT PRIMARY KEY");
      for (String column : stagingColumns) {
        staging.append(", ").append(column).append(" VARCHAR(400)");
      }
      s.execute(staging.append(')').toString());
    }
  }

  /** Inserts the catalogue: units, agencies and procedures, keys numbered from 1. */
  static void loadCatalogue(Connection c, Catalogue catalogue) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO don_vi VALUES (?, ?, ?, ?, ?)")) {
      int n = 0;
      for (AdministrativeUnit unit : catalogue.units().units()) {
        p.setInt(1, ++n);
        p.setString(2, unit.code());
        p.setString(3, unit.name());
        p.setString(4, unit.kind().vietnameseName());
        p.setString(5, unit.parentCode().orElse(null));
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO co_quan VALUES (?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Agency agency : catalogue.agencies().values()) {
        p.setInt(1, ++n);
        p.setString(2, agency.code());
        p.setString(3, agency.name());
        p.setString(4, agency.tier().vietnameseName());
        p.setString(5, agency.unitCode());
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO thu_tuc VALUES (?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Procedure procedure : catalogue.procedures().values()) {
        p.setInt(1, ++n);
        p.setString(2, procedure.code());
        p.setString(3, procedure.name());
        p.setString(
            4,
            switch (procedure.serviceLevel()) {
              case FULL_ONLINE -> "toàn trình";
              case PARTIAL_ONLINE -> "một phần";
              case NOT_ONLINE -> "không";
            });
        p.setBoolean(5, procedure.chargesFee());
        p.setBoolean(6, procedure.issuesResult());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /**
   * Inserts dossiers in native types: received at 08:00 (local time), resolved at 06:30 in Vietnam,
   * stored as a timestamp with time zone — the previous day in UTC, so a reader that placed it in
   * UTC would move every resolution a day back — and the fee with two decimals.
   */
  static void loadDossiers(Connection c, Catalogue catalogue, List<Dossier> dossiers)
      throws SQLException {
    Map<String, Integer> procedures = keys(catalogue.procedures().keySet());
    Map<String, Integer> agencies = keys(catalogue.agencies().keySet());
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO ho_so VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      long n = 0;
      for (Dossier d : dossiers) {
        p.setLong(1, ++n);
        p.setString(2, d.id());
        p.setInt(3, procedures.get(d.procedure().code()));
        p.setInt(4, agencies.get(d.agency().code()));
        p.setShort(5, (short) d.channel().portalCode());
        p.setObject(6, d.receivedOn().atTime(LocalTime.of(8, 0)));
        p.setObject(7, d.dueOn());
        LocalDate resolved = d.resolvedOnOrNull();
        if (resolved == null) {
          p.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
          p.setObject(8, OffsetDateTime.of(resolved, LocalTime.of(6, 30), ZoneOffset.ofHours(7)));
        }
        p.setString(9, d.outcome().map(Values::outcomeWord).orElse(null));
        p.setBoolean(10, d.isResultDigitized());
        p.setBoolean(11, d.isIntakeDigitized());
        p.setBigDecimal(12, BigDecimal.valueOf(d.fee()).setScale(2));
        p.setBoolean(13, d.isPaidOnline());
        p.addBatch();
        if (n % 1_000 == 0) {
          p.executeBatch();
        }
      }
      p.executeBatch();
    }
  }

  private static Map<String, Integer> keys(Iterable<String> codes) {
    Map<String, Integer> out = new HashMap<>();
    for (String code : codes) {
      out.put(code, out.size() + 1);
    }
    return out;
  }

  /** The rows of a CSV file as its reader sees them: the header, then each record and its line. */
  record CsvRows(ImmutableList<String> header, List<Long> lines, List<List<String>> rows) {}

  /** The raw records of a dossier file, decoded as the reader decodes (bad bytes as U+FFFD). */
  static CsvRows csvRows(Path file) {
    try (Reader in =
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
        CsvReader<CsvRecord> parser =
            CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(in)) {
      List<Long> lines = new ArrayList<>();
      List<List<String>> rows = new ArrayList<>();
      ImmutableList<String> header = null;
      for (CsvRecord record : parser) {
        if (header == null) {
          header = ImmutableList.copyOf(record.getFields());
          continue;
        }
        lines.add(record.getStartingLineNumber()); // one line per record in the samples
        rows.add(List.copyOf(record.getFields()));
      }
      return new CsvRows(java.util.Objects.requireNonNull(header), lines, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Inserts the records of a dossier file into the staging table as text, a blank cell as {@code
   * NULL}; a record with another number of cells than the header has no place in a table and is
   * left out.
   *
   * @return the CSV line of each row inserted, in order: row {@code r} of the staging query is on
   *     line {@code lines.get(r - 1)} of the file
   */
  static List<Long> loadStaging(Connection c, CsvRows csv) throws SQLException {
    int width = csv.header().size();
    List<Long> loaded = new ArrayList<>();
    StringBuilder sql = new StringBuilder("INSERT INTO ho_so_dong_bo VALUES (?");
    sql.append(", ?".repeat(width)).append(')');
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < csv.rows().size(); i++) {
        List<String> cells = csv.rows().get(i);
        if (cells.size() != width) {
          continue;
        }
        long line = csv.lines().get(i);
        p.setLong(1, line);
        for (int k = 0; k < width; k++) {
          String cell = cells.get(k);
          p.setString(k + 2, cell.isEmpty() ? null : cell);
        }
        p.addBatch();
        loaded.add(line);
      }
      p.executeBatch();
    }
    return loaded;
  }

  /**
   * A rejection of the staging query as the CSV import states it: the file as the source, the row's
   * CSV line instead of its row number, and the first line of a duplicate id likewise.
   */
  static Rejection asCsv(Rejection fromDatabase, String file, List<Long> lines) {
    ImmutableList<String> arguments = fromDatabase.arguments();
    if (fromDatabase.reason() == RejectionReason.DUPLICATE_ID) {
      long row = Long.parseLong(arguments.get(0));
      arguments = ImmutableList.of(String.valueOf(lines.get((int) row - 1)));
    }
    return new Rejection(
        file,
        lines.get((int) fromDatabase.line() - 1),
        fromDatabase.column(),
        fromDatabase.value(),
        fromDatabase.reason(),
        arguments);
  }
}
