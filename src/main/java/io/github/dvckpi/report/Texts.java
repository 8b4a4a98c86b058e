package io.github.dvckpi.report;

import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The words around a rendered table, in Vietnamese and English. */
final class Texts {

  private Texts() {}

  static boolean vi(Locale locale) {
    return RateFormat.isVietnamese(locale);
  }

  static String periodLine(KpiReport report, Locale locale) {
    return (vi(locale) ? "Kỳ báo cáo: " : "Period: ")
        + report.period().label(locale)
        + " ("
        + report.period().rangeLabel(locale)
        + ")";
  }

  static String territoryLine(KpiReport report, Locale locale) {
    Optional<AdministrativeUnit> territory = report.territory();
    if (territory.isEmpty()) {
      return vi(locale) ? "Địa bàn: toàn bộ hồ sơ" : "Territory: all dossiers";
    }
    AdministrativeUnit t = territory.get();
    return vi(locale)
        ? "Địa bàn: " + t.name() + " (" + t.code() + ") và các đơn vị trực thuộc"
        : "Territory: " + t.name() + " (" + t.code() + ") and the units below it";
  }

  static String scopeHeader(Locale locale) {
    return vi(locale) ? "Phạm vi" : "Scope";
  }

  static String rowLabel(Scope scope, Locale locale) {
    String label = scope.label(locale);
    return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(locale) + label.substring(1);
  }

  static String indicatorNote(Indicator indicator, Locale locale) {
    return indicator.displayName(locale)
        + (vi(locale) ? ", tính theo " : ", placed in the period by: ")
        + (vi(locale) ? indicator.dating().vietnameseName() : indicator.dating().englishName());
  }

  static String policyLine(Locale locale, int scale, RoundingMode mode) {
    return vi(locale)
        ? "Tỷ lệ làm tròn đến "
            + scale
            + " chữ số thập phân ("
            + mode
            + "); số hồ sơ là số chính xác."
        : "Percents rounded to " + scale + " decimals (" + mode + "); counts are exact.";
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
