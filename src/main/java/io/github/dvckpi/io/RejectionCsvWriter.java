package io.github.dvckpi.io;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.RateFormat;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes rejections as a CSV file for the owner of the data to fix them: one row per refused row
 * with its file, line, column, value, reason code and reason in Vietnamese and English. UTF-8 with
 * a byte order mark, so that spreadsheets open it with its diacritics.
 *
 * <p>It is a {@code Consumer<Rejection>}: give it to {@link DossierCsvReader#read(Path, Consumer,
 * Consumer)} to write every rejection, not only those kept in the report.
 *
 * <pre>{@code
 * try (RejectionCsvWriter out = RejectionCsvWriter.create(RejectionCsvWriter.nextTo(file))) {
 *   report = reader.read(file, acc::add, out);
 * }
 * }</pre>
 */
public final class RejectionCsvWriter implements Consumer<Rejection>, Closeable {

  /** The header line written. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.of("tep", "dong", "cot", "gia_tri", "ma_ly_do", "ly_do", "reason");

  private final CsvOut.Printer printer;
  private long written;

  private RejectionCsvWriter(CsvOut.Printer printer) {
    this.printer = printer;
  }

  /**
   * The file next to an input that its rejections go to: {@code ho_so.csv} → {@code
   * ho_so.rejected.csv}, in the same directory.
   *
   * @param input the input file
   * @return the rejections file
   */
  public static Path nextTo(Path input) {
    String name = String.valueOf(input.getFileName());
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return input.resolveSibling(stem + ".rejected.csv");
  }

  /**
   * Creates (or replaces) a file and writes the header line.
   *
   * @param file the file
   * @return the writer; close it
   * @throws IOException if the file cannot be written
   */
  public static RejectionCsvWriter create(Path file) throws IOException {
    Writer out = CsvOut.create(file, true);
    try {
      return to(out);
    } catch (IOException e) {
      out.close();
      throw e;
    }
  }

  /**
   * Writes to any appendable, starting with the header line (no byte order mark).
   *
   * @param out where to write; closed with the writer if it is {@link Closeable}
   * @return the writer
   * @throws IOException if writing fails
   */
  public static RejectionCsvWriter to(Appendable out) throws IOException {
    CsvOut.Printer printer = CsvOut.printer(out);
    printer.printRecord(HEADER);
    return new RejectionCsvWriter(printer);
  }

  /**
   * Writes the rejections kept in a report.
   *
   * @param report the report
   * @param file the file to create or replace
   * @throws IOException if the file cannot be written
   */
  public static void write(ImportReport report, Path file) throws IOException {
    try (RejectionCsvWriter out = create(file)) {
      report.rejections().forEach(out);
    }
  }

  /**
   * Writes one rejection.
   *
   * @param rejection the rejection
   * @throws UncheckedIOException if writing fails
   */
  @Override
  public void accept(Rejection rejection) {
    try {
      printer.printRecord(
          rejection.source(),
          String.valueOf(rejection.line()),
          rejection.column(),
          rejection.value(),
          rejection.reason().name(),
          rejection.reasonText(RateFormat.VIETNAMESE),
          rejection.reasonText(RateFormat.ENGLISH));
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rows written, header excluded.
   *
   * @return the count
   */
  public long written() {
    return written;
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
