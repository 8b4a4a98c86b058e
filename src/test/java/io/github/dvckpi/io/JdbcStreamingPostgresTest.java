package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.period.DateRange;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A million generated dossier rows in PostgreSQL streamed through {@link DossierJdbcReader} into a
 * tally by a child JVM with a 64 MB heap and without FastCSV on its class path: the counts are
 * exact and the heap stays bounded. The control: the same query read naively (auto-commit, where
 * PostgreSQL's driver holds the whole result) runs out of memory in the same heap — so the heap is
 * small enough to tell streaming from loading. The duplicate check, which keeps every id read, is
 * off, as for the CSV streaming test.
 */
class JdbcStreamingPostgresTest {

  private static final String SCHEMA = "dvckpi_lon";
  private static final long ROWS = 1_000_000;
  private static final String HEAP = "-Xmx64m";

  /** The generated dossiers with the codes of their procedure and agency. */
  static final String QUERY =
      "SELECT h.so_ho_so, t.ma AS ma_tthc, c.ma AS ma_co_quan, h.kenh_nop,"
          + " h.tiep_nhan_luc AS ngay_tiep_nhan, h.ngay_hen_tra, h.giai_quyet_luc AS ngay_giai_quyet,"
          + " h.ket_qua, h.so_hoa_ket_qua, h.so_hoa_ho_so, h.le_phi, h.thanh_toan_truc_tuyen"
          + " FROM ho_so_lon h JOIN thu_tuc t ON t.id = h.thu_tuc_id"
          + " JOIN co_quan c ON c.id = h.co_quan_id";

  private static List<Dossier> base;
  private static Connection connection;

  @BeforeAll
  static void generate() throws SQLException {
    connection = Postgres.connect(SCHEMA);
    base = DemoFile.generate(ImportGen.CATALOGUE, 50, 0, 3L, LocalDate.of(2024, 1, 2), 300).valid();
    OneStopShop.createSchema(connection, DossierCsvWriter.HEADER);
    OneStopShop.loadCatalogue(connection, ImportGen.CATALOGUE);
    OneStopShop.loadDossiers(connection, ImportGen.CATALOGUE, base);
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE ho_so_lon AS SELECT g AS id, 'G' || g AS so_ho_so, h.thu_tuc_id,"
              + " h.co_quan_id, h.kenh_nop, h.tiep_nhan_luc, h.ngay_hen_tra, h.giai_quyet_luc,"
              + " h.ket_qua, h.so_hoa_ket_qua, h.so_hoa_ho_so, h.le_phi, h.thanh_toan_truc_tuyen"
              + " FROM generate_series(0, "
              + (ROWS - 1)
              + ") g JOIN ho_so h ON h.id = g % "
              + base.size()
              + " + 1");
      s.execute("ANALYZE ho_so_lon");
    }
  }

  @AfterAll
  static void drop() throws SQLException {
    if (connection != null) {
      try (Statement s = connection.createStatement()) {
        s.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
      }
      connection.close();
    }
  }

  private record Run(int exit, String output) {}

  private static Run child(String mode) throws IOException, InterruptedException {
    List<String> path = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null) {
        Stream.of(value.split(File.pathSeparator))
            .filter(entry -> !entry.isEmpty() && !entry.contains("fastcsv"))
            .forEach(path::add);
      }
    }
    String user = System.getenv("DVCKPI_PG_USER");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            HEAP,
            "-cp",
            String.join(File.pathSeparator, path),
            JdbcStreamingChild.class.getName(),
            Postgres.url(),
            user == null ? "-" : user,
            SCHEMA,
            mode);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    String password = System.getenv("DVCKPI_PG_PASSWORD");
    if (password != null) {
      builder.environment().put("PGPASSWORD", password);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), output);
  }

  private static Map<String, String> values(String output) {
    return output
        .lines()
        .filter(line -> line.matches("[A-Za-z_]+=\\d+"))
        .collect(
            Collectors.toMap(
                line -> line.substring(0, line.indexOf('=')),
                line -> line.substring(line.indexOf('=') + 1),
                (a, b) -> b,
                LinkedHashMap::new));
  }

  @Test
  void aMillionRowsAreTalliedExactlyInA64MegabyteHeap() throws Exception {
    Run run = child("reader");
    System.out.println("JdbcStreamingChild (" + HEAP + "):\n" + run.output());
    assertThat(run.exit()).as(run.output()).isZero();
    Map<String, String> values = values(run.output());
    assertThat(values.get("rows")).isEqualTo(String.valueOf(ROWS));
    assertThat(values.get("accepted")).isEqualTo(String.valueOf(ROWS));
    DateRange year = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    Tally one = Tally.of(base, year);
    long copies = ROWS / base.size();
    for (Counter counter : Counter.values()) {
      assertThat(values.get(counter.name()))
          .as(counter.name())
          .isEqualTo(String.valueOf(one.count(counter) * copies));
    }
    assertThat(Long.parseLong(values.get("maxHeapBytes"))).isLessThanOrEqualTo(64L << 20);
    assertThat(Long.parseLong(values.get("peakHeapBytes"))).isPositive();
  }

  @Test
  void theSameQueryLoadedWholeDoesNotFitThatHeap() throws Exception {
    Run run = child("naive");
    assertThat(run.exit()).as(run.output()).isNotZero();
    assertThat(run.output()).contains("OutOfMemoryError");
  }
}
