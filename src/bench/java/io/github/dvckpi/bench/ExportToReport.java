package io.github.dvckpi.bench;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.TallyAccumulator;
import io.github.dvckpi.io.Catalogue;
import io.github.dvckpi.io.CatalogueCsvReader;
import io.github.dvckpi.io.CatalogueCsvWriter;
import io.github.dvckpi.io.CatalogueImport;
import io.github.dvckpi.io.DossierCsvReader;
import io.github.dvckpi.io.DossierCsvWriter;
import io.github.dvckpi.io.ImportOptions;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.sample.DossierGenerator;
import io.github.dvckpi.sample.SampleProvince;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * From an export to a report: the same generated files (the dossiers written by {@link
 * DossierCsvWriter}, the catalogues by {@link CatalogueCsvWriter}) turned into the intake counters
 * of the year by tier, by the library (the catalogue files read, the dossier file streamed into a
 * {@link TallyAccumulator} by tier, the duplicate check on, as a user's code or the command line
 * does) and by DuckDB ({@code read_csv} of the three files, joined, one {@code GROUP BY}).
 */
final class ExportToReport {

  /** The intake counters both sides compute, in this order. */
  static final List<Counter> COUNTERS =
      List.of(
          Counter.RECEIVED,
          Counter.RECEIVED_ONLINE,
          Counter.ELIGIBLE,
          Counter.ELIGIBLE_ONLINE,
          Counter.FULL_ONLINE_ELIGIBLE,
          Counter.FULL_ONLINE_FILED,
          Counter.INTAKE_DIGITIZED,
          Counter.FEE_CHARGED,
          Counter.PAID_ONLINE);

  /** The four files of an export. */
  record Export(Path units, Path agencies, Path procedures, Path dossiers, long rows, long bytes) {}

  private ExportToReport() {}

  /** Writes (or reuses) the export of the first {@code rows} generated dossiers in a directory. */
  static Export write(Path dir, long rows) throws IOException {
    Files.createDirectories(dir);
    Path units = dir.resolve("don_vi.csv");
    Path agencies = dir.resolve("co_quan.csv");
    Path procedures = dir.resolve("thu_tuc.csv");
    Path dossiers = dir.resolve("ho_so-" + rows + ".csv");
    DossierGenerator generator = DossierGenerator.of(BenchData.SEED, rows);
    SampleProvince province = generator.province();
    CatalogueCsvWriter.write(
        Catalogue.of(province.hierarchy(), province.agencies(), province.procedures()),
        units,
        agencies,
        procedures);
    if (!Files.exists(dossiers)) {
      Path partial = dir.resolve("ho_so-" + rows + ".csv.partial");
      try (DossierCsvWriter out = DossierCsvWriter.create(partial)) {
        out.writeAll(generator);
      }
      Files.move(partial, dossiers);
    }
    return new Export(units, agencies, procedures, dossiers, rows, Files.size(dossiers));
  }

  /** The library's path: files in, the intake counters of the year by tier out. */
  static Map<AdministrativeLevel, long[]> library(Export export) throws IOException {
    CatalogueImport catalogue =
        CatalogueCsvReader.read(
            export.units(), export.agencies(), export.procedures(), ImportOptions.defaults());
    if (!catalogue.isClean()) {
      throw new IllegalStateException("the generated catalogue has rejections: " + catalogue);
    }
    TallyAccumulator<AdministrativeLevel> acc =
        new TallyAccumulator<>(Grouping.byTier(), Buckets.of(BenchData.YEAR));
    ImportReport report =
        DossierCsvReader.of(catalogue.catalogue()).read(export.dossiers(), acc::add);
    if (report.accepted() != export.rows() || report.rejected() != 0) {
      throw new IllegalStateException("the generated export does not read back: " + report);
    }
    Tallies<AdministrativeLevel> tallies = acc.snapshot();
    Map<AdministrativeLevel, long[]> out = new EnumMap<>(AdministrativeLevel.class);
    for (AdministrativeLevel tier : tallies.groups()) {
      long[] f = new long[COUNTERS.size()];
      for (int i = 0; i < f.length; i++) {
        f[i] = tallies.tally(tier).count(COUNTERS.get(i));
      }
      out.put(tier, f);
    }
    return out;
  }

  /** DuckDB in process: {@code read_csv} of the same files and one query. */
  static final class DuckDb implements AutoCloseable {
    private final Connection connection;

    DuckDb(int threads) throws SQLException {
      this.connection = DriverManager.getConnection("jdbc:duckdb:");
      if (threads > 0) {
        try (Statement s = connection.createStatement()) {
          s.execute("SET threads = " + threads);
        }
      }
    }

    Map<AdministrativeLevel, long[]> query(Export export) throws SQLException {
      String first = BenchData.YEAR.first().toString();
      String last = BenchData.YEAR.last().toString();
      String sql =
          "SELECT a.cap,\n"
              + " count(*),\n"
              + " count(*) FILTER (WHERE d.kenh_nop = 2),\n"
              + " count(*) FILTER (WHERE p.muc_do <> 'không'),\n"
              + " count(*) FILTER (WHERE p.muc_do <> 'không' AND d.kenh_nop = 2),\n"
              + " count(*) FILTER (WHERE p.muc_do = 'toàn trình'),\n"
              + " count(*) FILTER (WHERE p.muc_do = 'toàn trình' AND d.kenh_nop = 2),\n"
              + " count(*) FILTER (WHERE d.so_hoa_ho_so = 1),\n"
              + " count(*) FILTER (WHERE d.le_phi > 0),\n"
              + " count(*) FILTER (WHERE d.le_phi > 0 AND d.thanh_toan_truc_tuyen = 1)\n"
              + "FROM read_csv('"
              + export.dossiers()
              + "', header = true, dateformat = '%d/%m/%Y', columns = {"
              + "'ma_ho_so': 'VARCHAR', 'ma_tthc': 'VARCHAR', 'ma_co_quan': 'VARCHAR',"
              + " 'kenh_nop': 'TINYINT', 'ngay_tiep_nhan': 'DATE', 'ngay_hen_tra': 'DATE',"
              + " 'ngay_giai_quyet': 'DATE', 'ket_qua_xu_ly': 'VARCHAR', 'so_hoa_ket_qua': 'TINYINT',"
              + " 'so_hoa_ho_so': 'TINYINT', 'le_phi': 'BIGINT', 'thanh_toan_truc_tuyen': 'TINYINT'}) d\n"
              + "JOIN read_csv('"
              + export.agencies()
              + "', header = true, all_varchar = true) a ON d.ma_co_quan = a.ma_co_quan\n"
              + "JOIN read_csv('"
              + export.procedures()
              + "', header = true, all_varchar = true) p ON d.ma_tthc = p.ma_tthc\n"
              + "WHERE d.ngay_tiep_nhan BETWEEN DATE '"
              + first
              + "' AND DATE '"
              + last
              + "'\nGROUP BY a.cap";
      Map<AdministrativeLevel, long[]> out = new EnumMap<>(AdministrativeLevel.class);
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          long[] f = new long[COUNTERS.size()];
          for (int i = 0; i < f.length; i++) {
            f[i] = rs.getLong(2 + i);
          }
          out.put(tier(rs.getString(1)), f);
        }
      }
      return out;
    }

    private static AdministrativeLevel tier(String name) {
      for (AdministrativeLevel level : AdministrativeLevel.values()) {
        if (level.vietnameseName().equals(name)) {
          return level;
        }
      }
      throw new IllegalStateException("unknown tier in the agencies file: " + name);
    }

    @Override
    public void close() throws SQLException {
      connection.close();
    }
  }

  /** Checks two results equal, tier by tier and counter by counter, or stops the run. */
  static void checkEqual(
      Map<AdministrativeLevel, long[]> library,
      Map<AdministrativeLevel, long[]> other,
      String who) {
    if (!library.keySet().equals(other.keySet())) {
      throw new IllegalStateException(
          who + " has the tiers " + other.keySet() + ", the library " + library.keySet());
    }
    for (Map.Entry<AdministrativeLevel, long[]> e : library.entrySet()) {
      long[] theirs = other.get(e.getKey());
      for (int i = 0; i < COUNTERS.size(); i++) {
        if (e.getValue()[i] != theirs[i]) {
          throw new IllegalStateException(
              who
                  + " differs at "
                  + e.getKey()
                  + " "
                  + COUNTERS.get(i)
                  + ": "
                  + theirs[i]
                  + ", the library "
                  + e.getValue()[i]);
        }
      }
    }
  }
}
