package io.github.dvckpi.report;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.target.Evaluation;
import io.github.dvckpi.words.Words;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Bars of Unicode block characters for a terminal: {@link ReportFormat#BARS} (every indicator) and
 * {@link Chart#bars(KpiReport, Locale)} (one). A bar covers {@code floor(8 × CELLS × numerator /
 * denominator)} eighths of a cell, computed exactly: a full bar is exactly 100%.
 */
final class TerminalBars {

  /** The cells of a bar of 100%. */
  static final int CELLS = 25;

  private static final String EIGHTHS = " ▏▎▍▌▋▊▉";
  private static final char FULL = '█';
  private static final String GAP = "  ";

  private TerminalBars() {}

  /** Every indicator of a report, one block each, between the report's header and its policy. */
  static String render(KpiReport report, Locale locale, int scale, RoundingMode mode) {
    ReportFormat.check(report, locale, mode);
    StringBuilder out = new StringBuilder();
    out.append(Texts.periodLine(report, locale)).append('\n');
    out.append(Texts.territoryLine(report, locale)).append('\n');
    List<Indicator> indicators = report.indicators();
    for (int i = 0; i < indicators.size(); i++) {
      out.append('\n').append('(').append(i + 1).append(") ");
      out.append(chart(Chart.of(indicators.get(i)), report, locale, scale, mode));
    }
    out.append('\n').append(Texts.policyLine(locale, scale, mode)).append('\n');
    return out.toString();
  }

  /** One chart: its title line, then one line per row. */
  static String chart(Chart chart, KpiReport report, Locale locale, int scale, RoundingMode mode) {
    ImmutableList<ChartRow> rows = ChartRow.of(chart, report);
    int labelWidth = 0;
    int percentWidth = 0;
    int countsWidth = 0;
    for (ChartRow row : rows) {
      labelWidth = Math.max(labelWidth, Texts.width(row.label(locale)));
      if (!row.rate().isUndefined()) {
        percentWidth =
            Math.max(
                percentWidth, Texts.width(RateFormat.percent(row.rate(), locale, scale, mode)));
        countsWidth = Math.max(countsWidth, Texts.width(TextTable.counts(row.rate(), locale)));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(Texts.indicatorNote(report, chart.indicator(), locale)).append('\n');
    for (ChartRow row : rows) {
      Rate rate = row.rate();
      StringBuilder line = new StringBuilder(Texts.padRight(row.label(locale), labelWidth));
      line.append(GAP);
      if (rate.isUndefined()) {
        line.append(Texts.padRight(Texts.cell(rate, locale, scale, mode), CELLS));
      } else {
        line.append(bar(rate))
            .append(GAP)
            .append(Texts.padLeft(RateFormat.percent(rate, locale, scale, mode), percentWidth))
            .append(' ')
            .append(Texts.padLeft(TextTable.counts(rate, locale), countsWidth));
      }
      for (Evaluation e : row.evaluations()) {
        line.append(GAP)
            .append(
                Words.of(locale)
                    .text(
                        "report.bars.verdict",
                        e.verdict().displayName(locale),
                        e.target().condition(locale)));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** A bar of {@link #CELLS} characters: full blocks, one partial block, spaces. */
  static String bar(Rate rate) {
    int eighths =
        BigInteger.valueOf(rate.numerator())
            .multiply(BigInteger.valueOf(8L * CELLS))
            .divide(BigInteger.valueOf(rate.denominator()))
            .intValueExact();
    StringBuilder out = new StringBuilder(CELLS);
    for (int i = 0; i < eighths / 8; i++) {
      out.append(FULL);
    }
    if (eighths % 8 != 0) {
      out.append(EIGHTHS.charAt(eighths % 8));
    }
    while (out.length() < CELLS) {
      out.append(' ');
    }
    return out.toString();
  }
}
