package io.github.dvckpi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;

/**
 * Escaping for the markup renderings (SVG and HTML): text and attribute values are composed to NFC,
 * the five markup characters become entities, and characters that XML and HTML do not allow
 * (control characters other than tab, line feed and carriage return; unpaired surrogates;
 * noncharacters U+FFFE and U+FFFF) become U+FFFD, so a unit name from a file cannot break a page.
 */
final class Markup {

  private Markup() {}

  /**
   * Escapes a text for element content or a quoted attribute value.
   *
   * @param text any text
   * @return the escaped text
   */
  static String escape(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length() + 16);
    int i = 0;
    while (i < nfc.length()) {
      int c = nfc.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (allowed(c)) {
            out.appendCodePoint(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean allowed(int c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (c >= 0x7F && c <= 0x9F) {
      return false;
    }
    return (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF;
  }

  /**
   * A coordinate in pixels as markup prints it: at most two decimals, no trailing zeros, never an
   * exponent.
   *
   * @param pixels an exact coordinate
   * @return e.g. {@code 12}, {@code 12.5}, {@code 12.25}
   */
  static String px(BigDecimal pixels) {
    BigDecimal rounded = pixels.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  /**
   * A whole coordinate in pixels.
   *
   * @param pixels the coordinate
   * @return its decimal digits
   */
  static String px(long pixels) {
    return Long.toString(pixels);
  }
}
