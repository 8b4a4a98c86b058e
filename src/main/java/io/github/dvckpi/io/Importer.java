package io.github.dvckpi.io;

import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The loop every reader shares: rows in, records or rejections out, counted so that rows read =
 * accepted + rejected; strict mode throws at the first rejection, lenient mode keeps the first ones
 * up to the cap.
 *
 * @param <K> the column type
 * @param <T> the record type
 */
final class Importer<K extends Enum<K>, T> implements Closeable {

  /**
   * Where the rows come from: the records of a CSV file ({@link RowSource}), the rows of a query
   * ({@code JdbcRows}).
   */
  interface Rows extends Closeable {
    /**
     * The next row.
     *
     * @return the row, or null at the end
     * @throws RowSource.Stop if reading cannot go on
     */
    RowSource.@org.jspecify.annotations.Nullable Raw next() throws RowSource.Stop;
  }

  /** Turns a row into a record or refuses it. */
  @FunctionalInterface
  interface RowParser<K extends Enum<K>, T> {
    T parse(Row<K> row) throws Row.Refused;
  }

  private final Rows rows;
  private final String source;
  private final Header<K> header;
  private final RowParser<K, T> parser;
  private final ImportOptions options;
  private final Reconciliation counts;
  private final ImportProgress progress;
  private final long progressEvery;
  private boolean done;
  private boolean complete;

  private Importer(
      Rows rows,
      String source,
      Header<K> header,
      RowParser<K, T> parser,
      ImportOptions options,
      Consumer<? super Rejection> listener,
      ImportProgress progress,
      long progressEvery) {
    this.rows = rows;
    this.source = source;
    this.header = header;
    this.parser = parser;
    this.options = options;
    this.counts = new Reconciliation(source, options, listener);
    this.progress = progress;
    this.progressEvery = progressEvery;
  }

  /**
   * Opens a file and reads its header.
   *
   * @throws CsvHeaderException if the header is missing or lacks a required column
   * @throws IOException if reading fails
   */
  static <K extends Enum<K>, T> Importer<K, T> open(
      InputStream in,
      String source,
      ImportOptions options,
      Class<K> type,
      Map<K, ImmutableList<String>> names,
      Set<K> required,
      RowParser<K, T> parser,
      Consumer<? super Rejection> listener,
      ImportProgress progress,
      long progressEvery)
      throws IOException {
    RowSource rows = new RowSource(in, source, options);
    try {
      RowSource.Raw first = rows.next();
      if (first == null) {
        throw new CsvHeaderException(
            source, CsvHeaderException.Problem.EMPTY_FILE, "", ImmutableList.of());
      }
      return over(
          rows,
          RowSource.list(first.cells()),
          source,
          options,
          type,
          names,
          required,
          parser,
          listener,
          progress,
          progressEvery);
    } catch (RowSource.Stop stop) {
      rows.close();
      throw new CsvHeaderException(
          source,
          CsvHeaderException.Problem.UNREADABLE_HEADER,
          "",
          ImmutableList.of(stop.rejection.reasonText(java.util.Locale.ENGLISH)));
    } catch (RuntimeException e) {
      rows.close();
      throw e;
    }
  }

  /**
   * An importer over rows whose header is already known (the columns of a query); closing it closes
   * the rows, and so does a failure to resolve the header.
   *
   * @throws CsvHeaderException if the header lacks a required column
   */
  static <K extends Enum<K>, T> Importer<K, T> over(
      Rows rows,
      List<String> headerCells,
      String source,
      ImportOptions options,
      Class<K> type,
      Map<K, ImmutableList<String>> names,
      Set<K> required,
      RowParser<K, T> parser,
      Consumer<? super Rejection> listener,
      ImportProgress progress,
      long progressEvery)
      throws IOException {
    try {
      Header<K> header = Header.resolve(source, headerCells, type, names, required);
      return new Importer<>(
          rows, source, header, parser, options, listener, progress, progressEvery);
    } catch (RuntimeException e) {
      rows.close();
      throw e;
    }
  }

  /**
   * The next accepted record.
   *
   * @return the record, or null at the end of the file
   * @throws RejectedRowException in strict mode, at the first rejection
   */
  @org.jspecify.annotations.Nullable
  T next() {
    while (!done) {
      RowSource.Raw raw;
      try {
        raw = rows.next();
      } catch (RowSource.Stop stop) {
        done = true;
        reject(stop.rejection);
        return null;
      }
      if (raw == null) {
        done = true;
        complete = true;
        return null;
      }
      long read = counts.read() + 1;
      if (progressEvery > 0 && read % progressEvery == 0) {
        progress.rowsRead(read);
      }
      Rejection problem = raw.problem();
      if (problem == null) {
        problem = check(raw);
      }
      if (problem == null) {
        try {
          T record = parser.parse(new Row<>(source, raw.line(), raw.cells(), header));
          counts.accept();
          return record;
        } catch (Row.Refused refused) {
          problem = refused.rejection;
        }
      }
      reject(problem);
    }
    return null;
  }

  private @org.jspecify.annotations.Nullable Rejection check(RowSource.Raw raw) {
    return check(source, raw.line(), raw.cells(), header, options.delimiter());
  }

  /**
   * The checks every row passes before its parser sees it: as many cells as the header (blank extra
   * cells allowed), no undecodable byte; the cells are composed (NFC) in place.
   *
   * @param source the file's name
   * @param line the line the row starts on
   * @param cells the cells, composed in place
   * @param header the resolved header
   * @param delimiter the delimiter, to show the row
   * @return the rejection, or null if the row may be parsed
   */
  static @org.jspecify.annotations.Nullable Rejection check(
      String source, long line, String[] cells, Header<?> header, char delimiter) {
    int width = header.size();
    boolean fits = cells.length == width;
    if (cells.length > width) {
      fits = true;
      for (int i = width; i < cells.length; i++) {
        fits &= cells[i].isBlank();
      }
    }
    if (!fits) {
      return Rejection.of(
          source,
          line,
          "",
          describe(cells, delimiter),
          RejectionReason.WRONG_COLUMN_COUNT,
          String.valueOf(cells.length),
          String.valueOf(width));
    }
    for (int i = 0; i < cells.length; i++) {
      if (cells[i].indexOf('\uFFFD') >= 0) {
        return Rejection.of(
            source, line, header.cell(i), cells[i], RejectionReason.INVALID_ENCODING);
      }
      cells[i] = Text.composed(cells[i]);
    }
    return null;
  }

  /**
   * The cells of a row, for messages: joined by the delimiter.
   *
   * @param cells the cells
   * @param delimiter the delimiter
   * @return the row's text, abbreviated
   */
  static String describe(String[] cells, char delimiter) {
    return Text.abbreviate(String.join(String.valueOf(delimiter), Arrays.asList(cells)), 200);
  }

  /**
   * Counts a rejection: keeps it under the cap, tells the listener, and throws in strict mode.
   *
   * @param rejection the rejection
   * @throws RejectedRowException in strict mode
   */
  void reject(Rejection rejection) {
    if (options.isStrict()) {
      done = true;
      complete = false;
    }
    counts.reject(rejection);
  }

  /**
   * Turns a record accepted before into a rejection, for checks that need the whole file (a unit's
   * parent, a cycle).
   *
   * @param rejection the rejection
   * @throws RejectedRowException in strict mode
   */
  void demote(Rejection rejection) {
    if (options.isStrict()) {
      done = true;
      complete = false;
    }
    counts.demote(rejection);
  }

  /**
   * The reconciliation so far.
   *
   * @return the report; complete once the end of the file was reached
   */
  ImportReport report() {
    return counts.report(complete);
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
