package io.github.dvckpi.report;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.RateFormat;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ways a {@link KpiReport} prints: an aligned text table, a Markdown table, CSV, a
 * self-contained HTML page with charts, and bars for a terminal. A chart of one indicator with
 * colour bands or targets is a {@link Chart}.
 *
 * <p>Percent policy: each percent is rounded once, from the exact counts, to the scale and rounding
 * mode given — by default 2 decimals, {@link RoundingMode#HALF_UP}, as official tables do — and the
 * rendering says so; counts are printed exactly. An undefined rate (no dossier in the population)
 * prints as "không có dữ liệu" / "no data", never as 0%.
 *
 * <p>Text and Markdown use the locale's separators ({@code 99,79% (9.979/10.000)} in Vietnamese,
 * {@code 99.79% (9,979/10,000)} in English). CSV is for machines: one line per cell, plain numbers
 * with a dot, labels in the locale's language; it is written with FastCSV, an optional dependency
 * that only this format needs.
 */
public enum ReportFormat {
  /**
   * An aligned text table: one line per row, one column per indicator numbered (1), (2)… and
   * explained below the table with the date that places a dossier in the period.
   */
  TEXT {
    @Override
    public String render(KpiReport report, Locale locale, int scale, RoundingMode mode) {
      return TextTable.render(report, locale, scale, mode);
    }
  },
  /** A Markdown (GitHub-flavoured) table with the same lines as {@link #TEXT} around it. */
  MARKDOWN {
    @Override
    public String render(KpiReport report, Locale locale, int scale, RoundingMode mode) {
      return MarkdownTable.render(report, locale, scale, mode);
    }
  },
  /**
   * CSV (RFC 4180) with a header line, one line per cell: {@code period, period_first, period_last,
   * territory, scope, scope_label, indicator, indicator_name, dating, numerator, denominator,
   * percent}. The percent is empty for an undefined rate. Needs FastCSV ({@code
   * de.siegmar:fastcsv}) on the class path or module path; without it rendering throws an {@link
   * IllegalStateException} that names the dependency and how to add it.
   */
  CSV {
    @Override
    public String render(KpiReport report, Locale locale, int scale, RoundingMode mode) {
      return FastCsv.require(() -> CsvTable.render(report, locale, scale, mode));
    }
  },
  /**
   * A self-contained HTML5 page: the table (every cell with its percent and counts), the notes, and
   * one bar chart per indicator as inline SVG ({@link Chart#of(Indicator)}, one neutral colour),
   * with inline CSS and nothing to fetch (no script, font, image or style sheet). For charts with
   * colour bands or targets use {@link #html(KpiReport, Locale, int, RoundingMode, List)}.
   */
  HTML {
    @Override
    public String render(KpiReport report, Locale locale, int scale, RoundingMode mode) {
      List<Chart> charts = new ArrayList<>();
      for (Indicator indicator : report.indicators()) {
        charts.add(Chart.of(indicator));
      }
      return HtmlPage.render(report, locale, scale, mode, charts);
    }
  },
  /**
   * Compact bars for a terminal: the period and territory, then for each indicator a line per row
   * with its label, a bar of Unicode blocks with eighths ({@link Chart#bars(KpiReport, Locale)}),
   * its percent and counts; labels aligned by their width after NFC composition.
   */
  BARS {
    @Override
    public String render(KpiReport report, Locale locale, int scale, RoundingMode mode) {
      return TerminalBars.render(report, locale, scale, mode);
    }
  };

  /**
   * The self-contained HTML page of {@link #HTML} with charts of your own, for instance coloured by
   * a band scale and marked with targets.
   *
   * @param report the report
   * @param locale the language: Vietnamese for {@code vi}, English otherwise
   * @param scale decimals of the percents, 0 to 30
   * @param mode how to round the percents
   * @param charts the charts, in order, each of an indicator the report computes; none for the
   *     table alone
   * @return the page, lines ending in {@code \n}
   * @throws IllegalArgumentException if a chart's indicator is not among the report's
   */
  public static String html(
      KpiReport report, Locale locale, int scale, RoundingMode mode, List<Chart> charts) {
    return HtmlPage.render(report, locale, scale, mode, List.copyOf(charts));
  }

  /**
   * Renders a report with the default percent policy: {@link RateFormat#DEFAULT_SCALE} decimals,
   * {@link RateFormat#DEFAULT_ROUNDING}.
   *
   * @param report the report
   * @param locale the language: Vietnamese for {@code vi}, English otherwise
   * @return the rendering, lines ending in {@code \n} ({@code \r\n} for CSV)
   */
  public String render(KpiReport report, Locale locale) {
    return render(report, locale, RateFormat.DEFAULT_SCALE, RateFormat.DEFAULT_ROUNDING);
  }

  /**
   * Renders a report with an explicit percent policy.
   *
   * @param report the report
   * @param locale the language: Vietnamese for {@code vi}, English otherwise
   * @param scale decimals of the percents, 0 to 30
   * @param mode how to round the percents
   * @return the rendering
   * @throws IllegalArgumentException if the scale is out of range
   */
  public abstract String render(KpiReport report, Locale locale, int scale, RoundingMode mode);

  static void check(KpiReport report, Locale locale, RoundingMode mode) {
    requireNonNull(report, "report");
    requireNonNull(locale, "locale");
    requireNonNull(mode, "mode");
  }
}
