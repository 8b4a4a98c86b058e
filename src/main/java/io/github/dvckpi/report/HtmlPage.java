package io.github.dvckpi.report;

import static io.github.dvckpi.report.Markup.escape;

import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.words.Words;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The self-contained HTML page of {@link ReportFormat#HTML}: the table, the notes and the charts,
 * styled inline, with no script, font, image or style sheet to fetch. The markup is HTML5 written
 * so that it is also well-formed XML (void elements closed with {@code />}), which lets tests parse
 * it strictly.
 */
final class HtmlPage {

  private static final String STYLE =
      """
      * { box-sizing: border-box; }
      body { margin: 0; background: #f5f7fa; color: #1f2933;
        font: 15px/1.5 %s; }
      main { max-width: 1040px; margin: 0 auto; padding: 32px 24px 48px; }
      header { border-bottom: 4px solid #3a6ea5; padding-bottom: 14px; margin-bottom: 8px; }
      h1 { font-size: 26px; line-height: 1.25; margin: 0 0 8px; }
      .meta { margin: 0; color: #616e7c; }
      h2 { font-size: 19px; margin: 32px 0 12px; }
      .table-wrap { overflow-x: auto; background: #fff; border-radius: 8px;
        box-shadow: 0 1px 3px rgba(15, 23, 42, 0.12); }
      table { border-collapse: collapse; width: 100%%; font-variant-numeric: tabular-nums; }
      th, td { padding: 9px 14px; border-bottom: 1px solid #e4e7eb; text-align: right;
        vertical-align: top; }
      thead th { background: #eef2f7; font-size: 13px; font-weight: 600; vertical-align: bottom; }
      thead th:first-child, tbody th { text-align: left; }
      tbody th { font-weight: 600; }
      td { white-space: nowrap; }
      .num { color: #3a6ea5; font-weight: 700; }
      .pct { font-weight: 700; }
      .counts { color: #616e7c; font-size: 13px; }
      .nodata { color: #616e7c; font-style: italic; }
      .nodata .pct { font-weight: 400; }
      tr.total th, tr.total td { border-top: 2px solid #9aa5b1; border-bottom: 0;
        background: #fafbfc; font-weight: 700; }
      .notes { color: #616e7c; font-size: 13px; margin: 12px 0 0; padding-left: 0;
        list-style: none; }
      figure { margin: 0 0 20px; padding: 8px; background: #fff; border-radius: 8px;
        box-shadow: 0 1px 3px rgba(15, 23, 42, 0.12); }
      figure svg { display: block; width: 100%%; height: auto; }
      footer { margin-top: 32px; padding-top: 12px; border-top: 1px solid #e4e7eb;
        color: #616e7c; font-size: 13px; }
      footer p { margin: 0 0 4px; }
      @media print {
        body { background: #fff; }
        .table-wrap, figure { box-shadow: none; break-inside: avoid; }
      }
      """
          .formatted(SvgBarChart.FONTS);

  private HtmlPage() {}

  static String render(
      KpiReport report, Locale locale, int scale, RoundingMode mode, List<Chart> charts) {
    ReportFormat.check(report, locale, mode);
    for (Chart chart : charts) {
      report.dating(chart.indicator());
    }
    Words words = Words.of(locale);
    String title = words.text("report.html.title");
    String territory =
        report
            .territory()
            .map(AdministrativeUnit::name)
            .orElseGet(() -> words.text("report.chart.allDossiers"));
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n");
    out.append("<html lang=\"").append(escape(words.text("report.html.lang"))).append("\">\n");
    out.append("<head>\n");
    out.append("<meta charset=\"utf-8\" />\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
    out.append("<meta name=\"generator\" content=\"dvc-kpi\" />\n");
    out.append("<title>")
        .append(
            escape(
                words.text(
                    "report.html.pageTitle", title, report.period().label(locale), territory)))
        .append("</title>\n");
    out.append("<style>\n").append(STYLE).append("</style>\n");
    out.append("</head>\n");
    out.append("<body>\n<main>\n");
    out.append("<header>\n");
    out.append("<h1>").append(escape(title)).append("</h1>\n");
    out.append("<p class=\"meta\">")
        .append(escape(Texts.periodLine(report, locale)))
        .append("<br />")
        .append(escape(Texts.territoryLine(report, locale)))
        .append("</p>\n");
    out.append("</header>\n");
    table(out, report, words, locale, scale, mode);
    if (!charts.isEmpty()) {
      out.append("<section aria-labelledby=\"charts\">\n");
      out.append("<h2 id=\"charts\">").append(escape(words.text("report.html.charts")));
      out.append("</h2>\n");
      for (Chart chart : charts) {
        out.append("<figure>\n");
        out.append(SvgBarChart.render(chart, report, locale, scale, mode));
        out.append("</figure>\n");
      }
      out.append("</section>\n");
    }
    out.append("<footer>\n");
    out.append("<p>").append(escape(Texts.policyLine(locale, scale, mode))).append("</p>\n");
    out.append("<p>").append(escape(words.text("report.html.generator"))).append("</p>\n");
    out.append("</footer>\n");
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void table(
      StringBuilder out,
      KpiReport report,
      Words words,
      Locale locale,
      int scale,
      RoundingMode mode) {
    List<Indicator> indicators = report.indicators();
    out.append("<section aria-labelledby=\"figures\">\n");
    out.append("<h2 id=\"figures\">").append(escape(words.text("report.html.figures")));
    out.append("</h2>\n");
    out.append("<div class=\"table-wrap\">\n<table>\n<thead>\n<tr><th scope=\"col\">");
    out.append(escape(Texts.scopeHeader(locale))).append("</th>");
    for (int i = 0; i < indicators.size(); i++) {
      out.append("<th scope=\"col\"><span class=\"num\">(")
          .append(i + 1)
          .append(")</span> ")
          .append(escape(indicators.get(i).displayName(locale)))
          .append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (Scope scope : report.scopes()) {
      out.append(scope instanceof Scope.Total ? "<tr class=\"total\">" : "<tr>");
      out.append("<th scope=\"row\">").append(escape(Texts.rowLabel(scope, locale)));
      out.append("</th>");
      for (Indicator indicator : indicators) {
        Rate rate = report.rate(scope, indicator);
        out.append(rate.isUndefined() ? "<td class=\"nodata\">" : "<td>");
        out.append("<span class=\"pct\">")
            .append(escape(RateFormat.percent(rate, locale, scale, mode)))
            .append("</span> <span class=\"counts\">")
            .append(escape(TextTable.counts(rate, locale)))
            .append("</span></td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n");
    out.append("<ol class=\"notes\">\n");
    for (int i = 0; i < indicators.size(); i++) {
      out.append("<li>(")
          .append(i + 1)
          .append(") ")
          .append(escape(Texts.indicatorNote(report, indicators.get(i), locale)))
          .append("</li>\n");
    }
    out.append("</ol>\n</section>\n");
  }
}
