package io.github.dvckpi.report;

import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV of {@link ReportFormat#CSV}, written with Apache Commons CSV. */
final class CsvTable {

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
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
    String territory = report.territory().map(t -> t.code()).orElse("");
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (Cell cell : report.cells()) {
        Indicator indicator = cell.indicator();
        Rate rate = cell.rate();
        printer.printRecord(
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
