package io.github.dvckpi.io;

import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.indicator.TallyAccumulator;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Properties;

/**
 * The child JVM of {@link JdbcStreamingPostgresTest}, run with a small heap and without FastCSV on
 * its class path: reads the catalogue and the generated dossiers from PostgreSQL and prints the
 * counts of their tally and the peak heap used.
 *
 * <p>Arguments: the JDBC URL, the user (or {@code -}), the schema, and the mode: {@code reader}
 * (the library's {@link DossierJdbcReader}) or {@code naive} (the same query in auto-commit mode,
 * where PostgreSQL's driver loads the whole result: the control that must run out of memory).
 */
public final class JdbcStreamingChild {

  private JdbcStreamingChild() {}

  /**
   * Runs the child.
   *
   * @param args URL, user, schema, mode
   * @throws SQLException if the database fails
   */
  public static void main(String[] args) throws SQLException {
    Properties p = new Properties();
    if (!args[1].equals("-")) {
      p.setProperty("user", args[1]);
    }
    try (Connection c = DriverManager.getConnection(args[0], p)) {
      try (Statement s = c.createStatement()) {
        s.execute("SET search_path TO " + args[2]);
      }
      String query = JdbcStreamingPostgresTest.QUERY;
      if (args[3].equals("naive")) {
        long rows = 0;
        try (Statement s = c.createStatement();
            ResultSet r = s.executeQuery(query)) {
          while (r.next()) {
            rows++;
          }
        }
        System.out.println("rows=" + rows);
        return;
      }
      Catalogue catalogue =
          CatalogueJdbcReader.read(
                  c,
                  OneStopShop.UNITS,
                  OneStopShop.AGENCIES,
                  OneStopShop.PROCEDURES,
                  ImportOptions.defaults().strict())
              .catalogue();
      DateRange year = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
      TallyAccumulator<Grouping.All> acc = new TallyAccumulator<>(Grouping.all(), Buckets.of(year));
      long[] peak = {0};
      Runtime runtime = Runtime.getRuntime();
      ImportReport report =
          DossierJdbcReader.of(catalogue)
              .withOptions(ImportOptions.defaults().withDuplicateCheck(false))
              .withProgress(
                  rows -> peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory()),
                  10_000)
              .read(c, query, acc::add);
      System.out.println("rows=" + report.rowsRead());
      System.out.println("accepted=" + report.accepted());
      Tally total = acc.snapshot().total();
      for (Counter counter : Counter.values()) {
        System.out.println(counter.name() + "=" + total.count(counter));
      }
      System.out.println("peakHeapBytes=" + peak[0]);
      System.out.println("maxHeapBytes=" + runtime.maxMemory());
    }
  }
}
