package io.github.dvckpi.audit;

import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Printing of exact values for findings, through {@link RateFormat}. Package-private. */
final class Texts {

  static final Locale VI = RateFormat.VIETNAMESE;
  static final Locale EN = RateFormat.ENGLISH;

  private Texts() {}

  /**
   * An exact value: all its digits if it terminates within {@code decimals + 2} digits, else
   * truncated to that and followed by "…".
   */
  static String exact(Ratio r, int decimals, Locale locale) {
    int digits = decimals + 2;
    for (int s = 0; s <= digits; s++) {
      if (r.isExactAt(s)) {
        return RateFormat.number(r.toDecimal(s, RoundingMode.UNNECESSARY), locale);
      }
    }
    return RateFormat.number(r.toDecimal(digits, RoundingMode.DOWN), locale) + "…";
  }

  static String percent(Ratio r, int decimals, Locale locale) {
    return exact(r, decimals, locale) + "%";
  }

  static String rounded(Ratio r, int decimals, RoundingMode mode, Locale locale) {
    return RateFormat.number(r.toDecimal(decimals, mode), locale);
  }

  static String count(BigInteger n, Locale locale) {
    return RateFormat.number(new BigDecimal(n), locale);
  }

  static String count(long n, Locale locale) {
    return RateFormat.count(n, locale);
  }

  /** The interval in mathematical notation; integer intervals of counts as whole ranges. */
  static String interval(Interval set, boolean percent, Locale locale) {
    String sep = RateFormat.isVietnamese(locale) ? "; " : ", ";
    String suffix = percent ? "%" : "";
    Ratio upper = set.upper();
    int decimals = Math.max(decimalsOf(set.lower()), upper == null ? 0 : decimalsOf(upper));
    String lo = exact(set.lower(), decimals, locale) + suffix;
    String hi = upper == null ? "∞" : exact(upper, decimals, locale) + suffix;
    if (set.isPoint()) {
      return "{" + lo + "}";
    }
    return (set.lowerClosed() ? "[" : "(") + lo + sep + hi + (set.upperClosed() ? "]" : ")");
  }

  private static int decimalsOf(Ratio r) {
    for (int s = 0; s <= 8; s++) {
      if (r.isExactAt(s)) {
        return s;
      }
    }
    return 6;
  }

  static <T> String join(List<T> items, String separator, Function<T, String> show) {
    StringBuilder b = new StringBuilder();
    for (T item : items) {
      if (b.length() > 0) {
        b.append(separator);
      }
      b.append(show.apply(item));
    }
    return b.toString();
  }
}
