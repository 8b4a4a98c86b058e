package io.github.dvckpi.io;

import io.github.dvckpi.domain.Dossier;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open dossier file (or query, see {@link DossierJdbcReader}) read as a stream: {@link
 * #dossiers()} delivers the accepted dossiers one by one, never holding them, and {@link #report()}
 * reconciles the rows once the stream is consumed. Close it (try-with-resources) to release the
 * file (or the result set, statement and, when the import opened it, the connection).
 *
 * <pre>{@code
 * try (DossierImport in = reader.open(Path.of("ho_so.csv"))) {
 *   Tally tally = Tallies.of(in.dossiers(), Grouping.all(), Buckets.of(period)).total();
 *   System.out.println(in.report().reconciliation(RateFormat.VIETNAMESE));
 * }
 * }</pre>
 *
 * <p>Not thread-safe; the stream is sequential and may be consumed once.
 */
public final class DossierImport implements Closeable {

  /** What an import reads from: the rows of a file or of a query, parsed as they are read. */
  interface Cursor {
    /**
     * The next accepted dossier.
     *
     * @return the dossier, or null at the end
     * @throws RejectedRowException in strict mode, at the first refused row
     */
    @org.jspecify.annotations.Nullable
    Dossier next();

    /**
     * The reconciliation so far.
     *
     * @return the report
     */
    ImportReport report();

    /**
     * Releases what the cursor holds.
     *
     * @throws IOException if closing fails
     */
    void close() throws IOException;
  }

  private final Cursor importer;

  DossierImport(Importer<DossierColumn, Dossier> importer) {
    this.importer =
        new Cursor() {
          @Override
          public @org.jspecify.annotations.Nullable Dossier next() {
            return importer.next();
          }

          @Override
          public ImportReport report() {
            return importer.report();
          }

          @Override
          public void close() throws IOException {
            importer.close();
          }
        };
  }

  DossierImport(Cursor cursor) {
    this.importer = cursor;
  }

  /**
   * The accepted dossiers in file order, read as the stream is consumed.
   *
   * @return a sequential stream; in strict mode, consuming it throws {@link RejectedRowException}
   *     at the first refused row; on a query, {@link UncheckedSqlException} if the driver fails
   */
  public Stream<Dossier> dossiers() {
    Spliterator<Dossier> rows =
        new Spliterators.AbstractSpliterator<Dossier>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          @Override
          public boolean tryAdvance(Consumer<? super Dossier> action) {
            Dossier next = importer.next();
            if (next == null) {
              return false;
            }
            action.accept(next);
            return true;
          }
        };
    return StreamSupport.stream(rows, false);
  }

  /**
   * The reconciliation of the rows read so far; {@link ImportReport#isComplete() complete} once the
   * stream reached the end of the file.
   *
   * @return the report
   */
  public ImportReport report() {
    return importer.report();
  }

  /**
   * Closes the file (or the query's result set and statement, and the connection the import
   * opened).
   *
   * @throws UncheckedIOException if closing a file fails
   * @throws UncheckedSqlException if closing a result set, statement or connection fails
   */
  @Override
  public void close() {
    try {
      importer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
