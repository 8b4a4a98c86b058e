package io.github.dvckpi.report;

import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** The aligned text table of {@link ReportFormat#TEXT}. */
final class TextTable {

  private static final String GAP = "  ";

  private TextTable() {}

  static String render(KpiReport report, Locale locale, int scale, RoundingMode mode) {
    ReportFormat.check(report, locale, mode);
    List<Indicator> indicators = report.indicators();
    List<Scope> scopes = report.scopes();
    int n = indicators.size();
    int labelWidth = Texts.width(Texts.scopeHeader(locale));
    for (Scope scope : scopes) {
      labelWidth = Math.max(labelWidth, Texts.width(Texts.rowLabel(scope, locale)));
    }
    // a defined cell is its percent and its counts, each right-aligned in its sub-column; an
    // undefined one ("no data (0/0)") is right-aligned in the whole column
    int[] percentWidth = new int[n];
    int[] countsWidth = new int[n];
    int[] width = new int[n];
    for (Scope scope : scopes) {
      for (int i = 0; i < n; i++) {
        Rate rate = report.rate(scope, indicators.get(i));
        if (rate.isUndefined()) {
          width[i] = Math.max(width[i], Texts.width(Texts.cell(rate, locale, scale, mode)));
        } else {
          percentWidth[i] =
              Math.max(percentWidth[i], Texts.width(RateFormat.percent(rate, locale, scale, mode)));
          countsWidth[i] = Math.max(countsWidth[i], Texts.width(counts(rate, locale)));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      width[i] = Math.max(Math.max(width[i], percentWidth[i] + 1 + countsWidth[i]), 3);
    }
    StringBuilder out = new StringBuilder();
    out.append(Texts.periodLine(report, locale)).append('\n');
    out.append(Texts.territoryLine(report, locale)).append('\n');
    StringBuilder header = new StringBuilder(Texts.padRight(Texts.scopeHeader(locale), labelWidth));
    for (int i = 0; i < n; i++) {
      header.append(GAP).append(Texts.padLeft("(" + (i + 1) + ")", width[i]));
    }
    String headerLine = header.toString().stripTrailing();
    out.append(headerLine).append('\n');
    out.append("-".repeat(Texts.width(headerLine))).append('\n');
    for (Scope scope : scopes) {
      StringBuilder line =
          new StringBuilder(Texts.padRight(Texts.rowLabel(scope, locale), labelWidth));
      for (int i = 0; i < n; i++) {
        Rate rate = report.rate(scope, indicators.get(i));
        String cell =
            rate.isUndefined()
                ? Texts.cell(rate, locale, scale, mode)
                : Texts.padLeft(RateFormat.percent(rate, locale, scale, mode), percentWidth[i])
                    + " "
                    + Texts.padLeft(counts(rate, locale), countsWidth[i]);
        line.append(GAP).append(Texts.padLeft(cell, width[i]));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    for (int i = 0; i < n; i++) {
      out.append("(")
          .append(i + 1)
          .append(") ")
          .append(Texts.indicatorNote(report, indicators.get(i), locale))
          .append('\n');
    }
    out.append(Texts.policyLine(locale, scale, mode)).append('\n');
    return out.toString();
  }

  static String counts(Rate rate, Locale locale) {
    return "("
        + RateFormat.count(rate.numerator(), locale)
        + "/"
        + RateFormat.count(rate.denominator(), locale)
        + ")";
  }
}
