package io.github.dvckpi.cli;

import com.google.common.io.CountingInputStream;
import io.github.dvckpi.io.ImportProgress;
import io.github.dvckpi.words.Phrase;

/** Prints how far the dossier file has been read, in rows and percent of its bytes, on stderr. */
final class Progress implements ImportProgress {

  private final ReportPrinter printer;
  private final String source;
  private final CountingInputStream bytes;
  private final long size;

  Progress(ReportPrinter printer, String source, CountingInputStream bytes, long size) {
    this.printer = printer;
    this.source = source;
    this.bytes = bytes;
    this.size = size;
  }

  @Override
  public void rowsRead(long rows) {
    long percent = size <= 0 ? 100 : Math.min(100, bytes.getCount() * 100 / size);
    printer.progress(Phrase.of("cli.progress", source, rows, percent));
  }
}
