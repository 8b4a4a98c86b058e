package io.github.dvckpi.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.Dossier;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes dossiers in the default schema, so that {@link DossierCsvReader} reads them back equal:
 * the Vietnamese headers of {@link DossierColumn}, dates as {@code dd/MM/yyyy}, the portal's
 * channel codes, {@code 1}/{@code 0} for yes/no, fees as plain integers, outcomes as {@code giải
 * quyết}, {@code từ chối} or {@code rút hồ sơ}; UTF-8 without byte order mark, CRLF, cells quoted
 * where needed.
 *
 * <p>Not thread-safe. Close it to flush.
 */
public final class DossierCsvWriter implements Closeable, Flushable {

  /** The header line written, in column order: every column but the history columns. */
  public static final ImmutableList<String> HEADER =
      ImmutableList.copyOf(DossierColumn.values()).stream()
          .filter(c -> !c.isHistory())
          .map(DossierColumn::header)
          .collect(ImmutableList.toImmutableList());

  private final CsvOut.Printer printer;

  private DossierCsvWriter(CsvOut.Printer printer) {
    this.printer = printer;
  }

  /**
   * Creates (or replaces) a file and writes the header line.
   *
   * @param file the file
   * @return the writer; close it
   * @throws IOException if the file cannot be written
   */
  public static DossierCsvWriter create(Path file) throws IOException {
    Writer out = CsvOut.create(file, false);
    try {
      return to(out);
    } catch (IOException e) {
      out.close();
      throw e;
    }
  }

  /**
   * Writes to any appendable, starting with the header line; closing the writer closes it if it is
   * {@link Closeable}.
   *
   * @param out where to write
   * @return the writer
   * @throws IOException if writing fails
   */
  public static DossierCsvWriter to(Appendable out) throws IOException {
    CsvOut.Printer printer = CsvOut.printer(requireNonNull(out, "out"));
    printer.printRecord(HEADER);
    return new DossierCsvWriter(printer);
  }

  /**
   * Writes one dossier as a row.
   *
   * @param dossier the dossier
   * @return this writer
   * @throws IOException if writing fails
   */
  public DossierCsvWriter write(Dossier dossier) throws IOException {
    LocalDate resolved = dossier.resolvedOnOrNull();
    printer.printRecord(
        dossier.id(),
        dossier.procedure().code(),
        dossier.agency().code(),
        String.valueOf(dossier.channel().portalCode()),
        CsvOut.date(dossier.receivedOn()),
        CsvOut.date(dossier.dueOn()),
        resolved == null ? "" : CsvOut.date(resolved),
        dossier.outcome().map(Values::outcomeWord).orElse(""),
        CsvOut.flag(dossier.isResultDigitized()),
        CsvOut.flag(dossier.isIntakeDigitized()),
        String.valueOf(dossier.fee()),
        CsvOut.flag(dossier.isPaidOnline()));
    return this;
  }

  /**
   * Writes dossiers, one row each.
   *
   * @param dossiers the dossiers
   * @return this writer
   * @throws IOException if writing fails
   */
  public DossierCsvWriter writeAll(Iterable<? extends Dossier> dossiers) throws IOException {
    for (Dossier dossier : dossiers) {
      write(dossier);
    }
    return this;
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
