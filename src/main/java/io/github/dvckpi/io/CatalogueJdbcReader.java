package io.github.dvckpi.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.UnitHierarchy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads the three catalogues (danh mục) — administrative units, agencies, procedures — from SQL
 * queries, with the column names, values, checks and rejections of {@link CatalogueCsvReader}: the
 * same parsing, fed by the rows of a query instead of the lines of a file. Columns are found by
 * their labels ({@code ma_don_vi}, {@code ten_don_vi}, {@code loai_don_vi}, {@code ma_don_vi_cha};
 * {@code ma_co_quan}, {@code ten_co_quan}, {@code cap}, {@code ma_don_vi}; {@code ma_tthc}, {@code
 * ten_tthc}, {@code muc_do}, {@code co_phi}, {@code co_ket_qua}, or their English aliases), native
 * SQL values are read as {@link DossierJdbcReader} reads them ({@code BOOLEAN} for yes/no, {@code
 * NULL} for a blank cell), and rejections name the query and the row, from 1.
 *
 * <pre>{@code
 * CatalogueImport c = CatalogueJdbcReader.read(dataSource,
 *     "SELECT ma AS ma_don_vi, ten AS ten_don_vi, loai AS loai_don_vi, ma_cha AS ma_don_vi_cha"
 *         + " FROM don_vi",
 *     DossierJdbcReader.selectAll("co_quan"),
 *     DossierJdbcReader.selectAll("thu_tuc"),
 *     ImportOptions.defaults());
 * }</pre>
 *
 * <p>Each query runs forward-only and read-only, and releases its result set and statement on every
 * path; the connection is treated as {@link DossierJdbcReader} treats it (never closed when passed
 * in, closed when taken from a data source).
 */
public final class CatalogueJdbcReader {

  private CatalogueJdbcReader() {}

  /**
   * Reads the three catalogues on one connection taken from a data source, units first (agencies
   * are checked against them); the connection is closed at the end.
   *
   * @param source the data source
   * @param units the query of the units
   * @param agencies the query of the agencies
   * @param procedures the query of the procedures
   * @param options how to read them
   * @return the catalogue and one report per query
   * @throws SQLException if the driver fails
   * @throws CsvHeaderException if a query lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static CatalogueImport read(
      DataSource source, String units, String agencies, String procedures, ImportOptions options)
      throws SQLException {
    try (Connection connection = requireNonNull(source, "source").getConnection()) {
      return read(connection, units, agencies, procedures, options);
    }
  }

  /**
   * Reads the three catalogues on a connection, units first; the connection stays open.
   *
   * @param connection the connection, not closed
   * @param units the query of the units
   * @param agencies the query of the agencies
   * @param procedures the query of the procedures
   * @param options how to read them
   * @return the catalogue and one report per query
   * @throws SQLException if the driver fails
   * @throws CsvHeaderException if a query lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static CatalogueImport read(
      Connection connection,
      String units,
      String agencies,
      String procedures,
      ImportOptions options)
      throws SQLException {
    ImportResult<UnitHierarchy> u = readUnits(connection, units, options);
    ImportResult<ImmutableList<Agency>> a = readAgencies(connection, agencies, u.value(), options);
    ImportResult<ImmutableList<Procedure>> p = readProcedures(connection, procedures, options);
    return new CatalogueImport(
        Catalogue.of(u.value(), a.value(), p.value()), u.report(), a.report(), p.report());
  }

  /**
   * Reads administrative units, as {@link CatalogueCsvReader#readUnits(java.nio.file.Path,
   * ImportOptions)} reads a file: a unit whose parent is missing (or refused) is refused, and so
   * are units whose parents form a cycle.
   *
   * @param connection the connection, not closed
   * @param query the query, one row per unit
   * @param options how to read it
   * @return the hierarchy of the accepted units and the report
   * @throws SQLException if the driver fails
   * @throws CsvHeaderException if the query lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static ImportResult<UnitHierarchy> readUnits(
      Connection connection, String query, ImportOptions options) throws SQLException {
    try {
      return CatalogueCsvReader.units(opener(connection, query, options));
    } catch (UncheckedSqlException e) {
      throw e.getCause();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads agencies, as {@link CatalogueCsvReader#readAgencies(java.nio.file.Path, UnitHierarchy,
   * ImportOptions)} reads a file.
   *
   * @param connection the connection, not closed
   * @param query the query, one row per agency
   * @param units the administrative units
   * @param options how to read it
   * @return the accepted agencies in the query's order and the report
   * @throws SQLException if the driver fails
   * @throws CsvHeaderException if the query lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static ImportResult<ImmutableList<Agency>> readAgencies(
      Connection connection, String query, UnitHierarchy units, ImportOptions options)
      throws SQLException {
    try {
      return CatalogueCsvReader.agencies(opener(connection, query, options), units);
    } catch (UncheckedSqlException e) {
      throw e.getCause();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads procedures, as {@link CatalogueCsvReader#readProcedures(java.nio.file.Path,
   * ImportOptions)} reads a file.
   *
   * @param connection the connection, not closed
   * @param query the query, one row per procedure
   * @param options how to read it
   * @return the accepted procedures in the query's order and the report
   * @throws SQLException if the driver fails
   * @throws CsvHeaderException if the query lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public static ImportResult<ImmutableList<Procedure>> readProcedures(
      Connection connection, String query, ImportOptions options) throws SQLException {
    try {
      return CatalogueCsvReader.procedures(opener(connection, query, options));
    } catch (UncheckedSqlException e) {
      throw e.getCause();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CatalogueCsvReader.Opener<SQLException> opener(
      Connection connection, String query, ImportOptions options) {
    requireNonNull(connection, "connection");
    requireNonNull(query, "query");
    requireNonNull(options, "options");
    return new CatalogueCsvReader.Opener<>() {
      @Override
      public <K extends Enum<K>, T> Importer<K, T> open(
          Class<K> type,
          Map<K, ImmutableList<String>> names,
          Set<K> required,
          Importer.RowParser<K, T> parser)
          throws SQLException {
        JdbcQuery q =
            JdbcQuery.open(
                connection,
                false,
                query,
                DossierJdbcReader.DEFAULT_FETCH_SIZE,
                DossierJdbcReader.DEFAULT_ZONE);
        try {
          return Importer.over(
              new JdbcQuery.Rows(q),
              q.labels(),
              query,
              options,
              type,
              names,
              required,
              parser,
              r -> {},
              rows -> {},
              0);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
