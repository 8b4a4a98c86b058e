package io.github.dvckpi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Dossier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a dossier export (one row per dossier) into {@link Dossier dossiers}, in one pass and
 * without holding them: each accepted dossier goes to a consumer (or a stream) as soon as it is
 * read, so a file of millions of rows feeds a {@code TallyAccumulator} in bounded memory. Every row
 * ends up accepted or rejected, and the returned {@link ImportReport} reconciles them.
 *
 * <pre>{@code
 * TallyAccumulator acc = new TallyAccumulator();
 * ImportReport report = DossierCsvReader.of(catalogue)
 *     .read(Path.of("ho_so.csv"), dossier -> acc.add(dossier, period));
 * report.reconciliation(RateFormat.VIETNAMESE)  // ho_so.csv: đã đọc 1.037 dòng = 1.000 …
 * }</pre>
 *
 * <p>The schema (headers, values, rejection reasons) is documented in {@code docs/import.md}.
 * Immutable and thread-safe; each read has its own state (with {@link
 * ImportOptions#duplicateCheck()}, a map of the ids read, about 150 bytes per dossier).
 */
public final class DossierCsvReader {

  private final Catalogue catalogue;
  private final ColumnMapping mapping;
  private final ImportOptions options;
  private final ImportProgress progress;
  private final long progressEvery;

  private DossierCsvReader(
      Catalogue catalogue,
      ColumnMapping mapping,
      ImportOptions options,
      ImportProgress progress,
      long progressEvery) {
    this.catalogue = catalogue;
    this.mapping = mapping;
    this.options = options;
    this.progress = progress;
    this.progressEvery = progressEvery;
  }

  /**
   * A reader of exports in the default schema, with the default options.
   *
   * @param catalogue the units, agencies and procedures the rows refer to
   * @return the reader
   */
  public static DossierCsvReader of(Catalogue catalogue) {
    return new DossierCsvReader(
        requireNonNull(catalogue, "catalogue"),
        ColumnMapping.defaults(),
        ImportOptions.defaults(),
        rows -> {},
        0);
  }

  /**
   * This reader with another column mapping.
   *
   * @param mapping which header holds which column
   * @return the changed reader
   */
  public DossierCsvReader withMapping(ColumnMapping mapping) {
    return new DossierCsvReader(
        catalogue, requireNonNull(mapping, "mapping"), options, progress, progressEvery);
  }

  /**
   * This reader with other options.
   *
   * @param options encoding, mode, cap on rejections kept, duplicate check…
   * @return the changed reader
   */
  public DossierCsvReader withOptions(ImportOptions options) {
    return new DossierCsvReader(
        catalogue, mapping, requireNonNull(options, "options"), progress, progressEvery);
  }

  /**
   * This reader telling a listener every so many rows how far it got.
   *
   * @param listener told the rows read so far
   * @param everyRows how often, at least 1
   * @return the changed reader
   * @throws IllegalArgumentException if {@code everyRows < 1}
   */
  public DossierCsvReader withProgress(ImportProgress listener, long everyRows) {
    checkArgument(everyRows >= 1, "everyRows must be >= 1: %s", everyRows);
    return new DossierCsvReader(
        catalogue, mapping, options, requireNonNull(listener, "listener"), everyRows);
  }

  /**
   * The options in use.
   *
   * @return the options
   */
  public ImportOptions options() {
    return options;
  }

  /**
   * The column mapping in use.
   *
   * @return the mapping
   */
  public ColumnMapping mapping() {
    return mapping;
  }

  /**
   * Reads a file, giving each accepted dossier to a consumer.
   *
   * @param file the file
   * @param accepted told each accepted dossier, in file order
   * @return the reconciliation, with the first rejections
   * @throws IOException if the file cannot be read
   * @throws CsvHeaderException if the header lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public ImportReport read(Path file, Consumer<? super Dossier> accepted) throws IOException {
    return read(file, accepted, rejection -> {});
  }

  /**
   * Reads a file, giving each accepted dossier and each rejection to a consumer; every rejection
   * reaches {@code rejected}, whatever the cap on those kept in the report (see {@link
   * RejectionCsvWriter}).
   *
   * @param file the file
   * @param accepted told each accepted dossier, in file order
   * @param rejected told each rejection, in file order
   * @return the reconciliation, with the first rejections
   * @throws IOException if the file cannot be read
   * @throws CsvHeaderException if the header lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public ImportReport read(
      Path file, Consumer<? super Dossier> accepted, Consumer<? super Rejection> rejected)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), accepted, rejected);
    }
  }

  /**
   * Reads bytes, as {@link #read(Path, Consumer, Consumer)}.
   *
   * @param in the bytes, not closed
   * @param source the file's name for messages
   * @param accepted told each accepted dossier, in file order
   * @param rejected told each rejection, in file order
   * @return the reconciliation, with the first rejections
   * @throws IOException if reading fails
   * @throws CsvHeaderException if the header lacks a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public ImportReport read(
      InputStream in,
      String source,
      Consumer<? super Dossier> accepted,
      Consumer<? super Rejection> rejected)
      throws IOException {
    requireNonNull(accepted, "accepted");
    try (Importer<DossierColumn, Dossier> importer = importer(in, source, rejected)) {
      for (Dossier next = importer.next(); next != null; next = importer.next()) {
        accepted.accept(next);
      }
      return importer.report();
    }
  }

  /**
   * Opens a file to read it as a stream.
   *
   * @param file the file
   * @return the open import; close it
   * @throws IOException if the file cannot be opened
   * @throws CsvHeaderException if the header lacks a required column
   */
  public DossierImport open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    try {
      return new DossierImport(importer(in, file.toString(), rejection -> {}));
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Opens bytes to read them as a stream; closing the import closes them.
   *
   * @param in the bytes
   * @param source the file's name for messages
   * @return the open import; close it
   * @throws IOException if reading the header fails
   * @throws CsvHeaderException if the header lacks a required column
   */
  public DossierImport open(InputStream in, String source) throws IOException {
    return open(in, source, rejection -> {});
  }

  /**
   * Opens bytes to read them as a stream, giving each rejection to a consumer as it is met; closing
   * the import closes them.
   *
   * @param in the bytes
   * @param source the file's name for messages
   * @param rejected told each rejection, in file order
   * @return the open import; close it
   * @throws IOException if reading the header fails
   * @throws CsvHeaderException if the header lacks a required column
   */
  public DossierImport open(InputStream in, String source, Consumer<? super Rejection> rejected)
      throws IOException {
    return new DossierImport(importer(in, source, rejected));
  }

  private Importer<DossierColumn, Dossier> importer(
      InputStream in, String source, Consumer<? super Rejection> rejected) throws IOException {
    return Importer.open(
        requireNonNull(in, "in"),
        requireNonNull(source, "source"),
        options,
        DossierColumn.class,
        mapping.headerKeys(),
        mapping.requiredColumns(),
        new DossierRowParser(catalogue, options.duplicateCheck()),
        requireNonNull(rejected, "rejected"),
        progress,
        progressEvery);
  }

  @Override
  public String toString() {
    return "DossierCsvReader[" + catalogue + ", " + options + "]";
  }
}
