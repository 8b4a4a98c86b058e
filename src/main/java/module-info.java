/**
 * dvc-kpi: exact KPIs of Vietnam's online public services (dịch vụ công trực tuyến).
 *
 * <p>Rates are kept as counts ({@code Rate}), dossiers are counted once per group and bucket by one
 * accumulator ({@code indicator}), and reports add counts, never average rates. The command line
 * ({@code io.github.dvckpi.cli.Main}), the samples and the internals are not exported. Guava is the
 * only required runtime dependency; FastCSV ({@code de.siegmar:fastcsv}) is optional and needed
 * only by the CSV import and export ({@code io}) and the CSV rendering of reports. {@code java.sql}
 * (a module of the JDK, not a dependency) is required statically and needed only by the JDBC
 * sources ({@code DossierJdbcReader}, {@code CatalogueJdbcReader}): a modular application that
 * reads from a database requires {@code java.sql} itself, as any JDBC user does.
 */
@org.jspecify.annotations.NullMarked
module io.github.dvckpi {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static de.siegmar.fastcsv;
  requires static transitive java.sql;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.dvckpi;
  exports io.github.dvckpi.rate;
  exports io.github.dvckpi.domain;
  exports io.github.dvckpi.indicator;
  exports io.github.dvckpi.period;
  exports io.github.dvckpi.report;
  exports io.github.dvckpi.target;
  exports io.github.dvckpi.audit;
  exports io.github.dvckpi.io;
}
