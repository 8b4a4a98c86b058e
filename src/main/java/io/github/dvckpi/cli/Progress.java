package io.github.dvckpi.cli;

import com.google.common.io.CountingInputStream;
import io.github.dvckpi.io.ImportProgress;
import io.github.dvckpi.rate.RateFormat;
import java.io.PrintStream;
import java.util.Locale;

/** Prints how far the dossier file has been read, in rows and percent of its bytes, on stderr. */
final class Progress implements ImportProgress {

  private final PrintStream err;
  private final String source;
  private final CountingInputStream bytes;
  private final long size;
  private final Locale locale;
  private boolean shown;

  Progress(PrintStream err, String source, CountingInputStream bytes, long size, Locale locale) {
    this.err = err;
    this.source = source;
    this.bytes = bytes;
    this.size = size;
    this.locale = locale;
  }

  @Override
  public void rowsRead(long rows) {
    shown = true;
    long percent = size <= 0 ? 100 : Math.min(100, bytes.getCount() * 100 / size);
    String count = RateFormat.count(rows, locale);
    err.println(
        RateFormat.isVietnamese(locale)
            ? "… đang đọc " + source + ": " + count + " dòng (" + percent + "%)"
            : "… reading " + source + ": " + count + " rows (" + percent + "%)");
  }

  /**
   * Whether a progress line was printed.
   *
   * @return true after the first
   */
  boolean shown() {
    return shown;
  }
}
