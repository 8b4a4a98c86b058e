package io.github.dvckpi.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.Locale;

/** The CSV of {@link ReportFormat#CSV}, written with FastCSV. */
final class CsvTable {

  /**
   * Beyond RFC 4180's quotes (delimiter, quote, line break): an empty first cell, a cell starting
   * with a character up to {@code #} or ending with one up to a space, as the io writers quote.
   */
  private static final QuoteStrategy QUOTES =
      new QuoteStrategy() {
        @Override
        public boolean quoteEmpty(int lineNo, int fieldIdx) {
          return fieldIdx == 0;
        }

        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
          return value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' ';
        }
      };

  static final String[] HEADER = {
    "period",
    "period_first",
    "period_last",
    "territory",
    "scope",
    "scope_label",
    "indicator",
    "indicator_name",
    "dating",
    "numerator",
    "denominator",
    "percent"
  };

  private CsvTable() {}

  static String render(KpiReport report, Locale locale, int scale, RoundingMode mode) {
    ReportFormat.check(report, locale, mode);
    StringWriter out = new StringWriter();
    String territory = report.territory().map(t -> t.code()).orElse("");
    try (CsvWriter printer =
        CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).quoteStrategy(QUOTES).build(out)) {
      printer.writeRecord(HEADER);
      for (Cell cell : report.cells()) {
        Indicator indicator = cell.indicator();
        Rate rate = cell.rate();
        printer.writeRecord(
            report.period().toString(),
            report.period().first().toString(),
            report.period().last().toString(),
            territory,
            cell.scope().code(),
            Texts.rowLabel(cell.scope(), locale),
            indicator.key(),
            indicator.displayName(locale),
            indicator.dating().name(),
            Long.toString(rate.numerator()),
            Long.toString(rate.denominator()),
            rate.isUndefined() ? "" : rate.percent(scale, mode).toPlainString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
