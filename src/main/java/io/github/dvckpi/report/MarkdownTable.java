package io.github.dvckpi.report;

import io.github.dvckpi.indicator.Indicator;
import java.math.RoundingMode;
import java.util.Locale;

/** The Markdown table of {@link ReportFormat#MARKDOWN}. */
final class MarkdownTable {

  private MarkdownTable() {}

  static String render(KpiReport report, Locale locale, int scale, RoundingMode mode) {
    ReportFormat.check(report, locale, mode);
    StringBuilder out = new StringBuilder();
    out.append(escape(Texts.periodLine(report, locale))).append("  \n");
    out.append(escape(Texts.territoryLine(report, locale))).append("\n\n");
    out.append("| ").append(escape(Texts.scopeHeader(locale))).append(" |");
    for (Indicator indicator : report.indicators()) {
      out.append(' ').append(escape(indicator.displayName(locale))).append(" |");
    }
    out.append("\n|---|");
    for (int i = 0; i < report.indicators().size(); i++) {
      out.append("---:|");
    }
    out.append('\n');
    for (Scope scope : report.scopes()) {
      boolean total = scope instanceof Scope.Total;
      out.append("| ").append(bold(escape(Texts.rowLabel(scope, locale)), total)).append(" |");
      for (Indicator indicator : report.indicators()) {
        out.append(' ')
            .append(
                bold(escape(Texts.cell(report.rate(scope, indicator), locale, scale, mode)), total))
            .append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
    for (Indicator indicator : report.indicators()) {
      out.append("- ").append(escape(Texts.indicatorNote(report, indicator, locale))).append('\n');
    }
    out.append("- ").append(escape(Texts.policyLine(locale, scale, mode))).append('\n');
    return out.toString();
  }

  private static String bold(String text, boolean bold) {
    return bold ? "**" + text + "**" : text;
  }

  /** Escapes the characters Markdown would read as markup in a table cell or a line. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\|*_`[]<>#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' ? ' ' : c);
    }
    return out.toString();
  }
}
