package io.github.dvckpi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.Dossier;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns rows of text cells from any tabular source — a database query, a Spark partition, a
 * spreadsheet — into dossiers with exactly the checks, messages and reconciliation of a CSV import.
 *
 * <p>A source that is not a CSV file resolves its header once, then hands each row to {@link #map}:
 * a row either becomes a dossier or is counted as rejected, with a {@link Rejection} naming the
 * source, the row, the column, the value and the reason (in Vietnamese and English). At the end
 * {@link #report(boolean)} reconciles every row given: read = accepted + rejected.
 *
 * <pre>{@code
 * DossierRowMapper rows = DossierRowMapper.of(catalogue, ColumnMapping.defaults(),
 *     ImportOptions.defaults(), "SELECT * FROM ho_so", List.of("ma_ho_so", "ma_thu_tuc", ...));
 * Optional<Dossier> dossier = rows.map(1, List.of("H1", "1.001", ...));
 * ImportReport report = rows.report(true);
 * }</pre>
 *
 * <p>Not thread-safe: the duplicate-id check and the counts belong to one source read in order; a
 * parallel reader uses one mapper per part (and no duplicate check across parts).
 */
public final class DossierRowMapper {

  private final String source;
  private final Header<DossierColumn> header;
  private final DossierRowParser parser;
  private final ImportOptions options;
  private final Reconciliation counts;

  private DossierRowMapper(
      String source,
      Header<DossierColumn> header,
      DossierRowParser parser,
      ImportOptions options,
      Consumer<? super Rejection> listener) {
    this.source = source;
    this.header = header;
    this.parser = parser;
    this.options = options;
    this.counts = new Reconciliation(source, options, listener);
  }

  /**
   * A mapper for a source with the given header.
   *
   * @param catalogue the units, agencies and procedures the codes refer to
   * @param mapping which header names each column goes by
   * @param options strict or lenient, how many rejections to keep, the duplicate check (the
   *     charset, delimiter and record length do not apply)
   * @param source what the rows come from, named in every rejection (a file, a query)
   * @param header the column names, in the order of the cells of every row
   * @return the mapper
   * @throws CsvHeaderException if a required column is missing or a column is named twice
   */
  public static DossierRowMapper of(
      Catalogue catalogue,
      ColumnMapping mapping,
      ImportOptions options,
      String source,
      List<String> header) {
    return of(catalogue, mapping, options, source, header, rejection -> {});
  }

  /**
   * A mapper for a source with the given header that also tells a listener of every rejection.
   *
   * @param catalogue the units, agencies and procedures the codes refer to
   * @param mapping which header names each column goes by
   * @param options strict or lenient, how many rejections to keep, the duplicate check
   * @param source what the rows come from, named in every rejection
   * @param header the column names, in the order of the cells of every row
   * @param rejected told of every rejection, kept or not, as it happens
   * @return the mapper
   * @throws CsvHeaderException if a required column is missing or a column is named twice
   */
  public static DossierRowMapper of(
      Catalogue catalogue,
      ColumnMapping mapping,
      ImportOptions options,
      String source,
      List<String> header,
      Consumer<? super Rejection> rejected) {
    requireNonNull(catalogue, "catalogue");
    requireNonNull(mapping, "mapping");
    requireNonNull(options, "options");
    requireNonNull(source, "source");
    requireNonNull(rejected, "rejected");
    Header<DossierColumn> resolved =
        Header.resolve(
            source,
            ImmutableList.copyOf(header),
            DossierColumn.class,
            mapping.headerKeys(),
            mapping.requiredColumns());
    return new DossierRowMapper(
        source,
        resolved,
        new DossierRowParser(catalogue, options.duplicateCheck()),
        options,
        rejected);
  }

  /**
   * Maps one row.
   *
   * @param line the row's number in its source, named in a rejection (1 for the first row of a
   *     query, the line for a file)
   * @param cells the cells, as text, in the header's order; {@code null} cells are read as blank
   * @return the dossier, or empty if the row was rejected (and counted)
   * @throws RejectedRowException in strict mode, at the first rejection
   */
  public Optional<Dossier> map(long line, List<String> cells) {
    checkArgument(line >= 0, "line must be >= 0: %s", line);
    String[] values = new String[cells.size()];
    for (int i = 0; i < values.length; i++) {
      String cell = cells.get(i);
      values[i] = cell == null ? "" : cell;
    }
    Rejection problem = Importer.check(source, line, values, header, options.delimiter());
    if (problem == null) {
      try {
        Dossier dossier = parser.parse(new Row<>(source, line, values, header));
        counts.accept();
        return Optional.of(dossier);
      } catch (Row.Refused refused) {
        problem = refused.rejection;
      }
    }
    reject(problem);
    return Optional.empty();
  }

  /**
   * Counts a rejection found by the source itself (a value its driver cannot read, a row it cannot
   * decode), so that the report still reconciles.
   *
   * @param rejection the rejection
   * @throws RejectedRowException in strict mode
   */
  public void reject(Rejection rejection) {
    counts.reject(requireNonNull(rejection, "rejection"));
  }

  /**
   * The reconciliation of the rows mapped so far.
   *
   * @param complete whether the source was read to its end
   * @return the report: read = accepted + rejected
   */
  public ImportReport report(boolean complete) {
    return counts.report(complete);
  }

  /**
   * What the rows come from, as named in every rejection.
   *
   * @return the source's name
   */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("source", source)
        .add("accepted", counts.accepted())
        .add("rejected", counts.rejected())
        .toString();
  }
}
