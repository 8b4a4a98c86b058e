package io.github.dvckpi.report;

import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.indicator.Dating;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.words.Words;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The words around a rendered report, from the library's message resources (keys {@code report.*}),
 * and the display width of a text.
 */
final class Texts {

  private Texts() {}

  static String periodLine(KpiReport report, Locale locale) {
    return Words.of(locale)
        .text("report.period", report.period().label(locale), report.period().rangeLabel(locale));
  }

  static String territoryLine(KpiReport report, Locale locale) {
    Optional<AdministrativeUnit> territory = report.territory();
    if (territory.isEmpty()) {
      return Words.of(locale).text("report.territory.all");
    }
    AdministrativeUnit t = territory.get();
    return Words.of(locale).text("report.territory", t.name(), t.code());
  }

  static String scopeHeader(Locale locale) {
    return Words.of(locale).text("report.scope");
  }

  static String rowLabel(Scope scope, Locale locale) {
    String label = scope.label(locale);
    return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(locale) + label.substring(1);
  }

  /**
   * The note of an indicator: its name and dating, and for an on-time indicator the rule that
   * judged it.
   */
  static String indicatorNote(KpiReport report, Indicator indicator, Locale locale) {
    Words words = Words.of(locale);
    String note =
        words.text(
            "report.indicatorNote",
            indicator.displayName(locale),
            dating(indicator.dating(), locale));
    return indicator.judgesTimeliness()
        ? note + "; " + words.text("report.rule", report.onTimeRule().displayName(locale))
        : note;
  }

  /** The name of a dating: {@code ngày tiếp nhận}, {@code received on}. */
  static String dating(Dating dating, Locale locale) {
    return Words.of(locale).text("report.dating." + dating.name());
  }

  static String policyLine(Locale locale, int scale, RoundingMode mode) {
    return Words.of(locale).text("report.policy", scale, mode.name());
  }

  static String cell(Rate rate, Locale locale, int scale, RoundingMode mode) {
    return rate.format(locale, scale, mode);
  }

  /** The display width of a text: code points after NFC composition. */
  static int width(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return nfc.codePointCount(0, nfc.length());
  }

  static String padRight(String text, int width) {
    StringBuilder out = new StringBuilder(Normalizer.normalize(text, Normalizer.Form.NFC));
    for (int w = width(text); w < width; w++) {
      out.append(' ');
    }
    return out.toString();
  }

  static String padLeft(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (int w = width(text); w < width; w++) {
      out.append(' ');
    }
    return out.append(Normalizer.normalize(text, Normalizer.Form.NFC)).toString();
  }
}
