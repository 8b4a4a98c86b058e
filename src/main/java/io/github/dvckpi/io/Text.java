package io.github.dvckpi.io;

import java.text.Normalizer;
import java.util.Locale;

/** Folding of Vietnamese text for matching headers and words: no diacritics, lower case. */
final class Text {

  private Text() {}

  /** The byte order mark as a character. */
  static final char BOM = '\uFEFF';

  /**
   * Lower case without diacritics, đ as d: {@code "Mã hồ sơ"} → {@code "ma ho so"}.
   *
   * @param s any text
   * @return the folded text
   */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || c == BOM) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        out.append('d');
      } else {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * A header name as a key: folded, every run of other characters than letters and digits as one
   * underscore, none at the ends: {@code " Ngày hẹn trả "} → {@code "ngay_hen_tra"}.
   *
   * @param header a header cell
   * @return the key
   */
  static String key(String header) {
    return joinWords(fold(header), '_');
  }

  /**
   * A cell's words: folded, separated by single spaces: {@code "Trực tuyến"} → {@code "truc
   * tuyen"}.
   *
   * @param value a cell
   * @return the words
   */
  static String words(String value) {
    return joinWords(fold(value), ' ');
  }

  private static String joinWords(String folded, char separator) {
    StringBuilder out = new StringBuilder(folded.length());
    boolean pending = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (pending && out.length() > 0) {
          out.append(separator);
        }
        pending = false;
        out.append(c);
      } else {
        pending = true;
      }
    }
    return out.toString();
  }

  /**
   * Text in composed form (NFC), as catalogues hold it: files in windows-1258 decode to letters
   * followed by combining marks.
   *
   * @param s any text
   * @return the same text, composed; ASCII text unchanged without copying
   */
  static String composed(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC)
            ? s
            : Normalizer.normalize(s, Normalizer.Form.NFC);
      }
    }
    return s;
  }

  /**
   * A value shortened for a message: at most {@code max} characters, with an ellipsis.
   *
   * @param value the value
   * @param max the largest length kept
   * @return the value or its beginning followed by {@code …}
   */
  static String abbreviate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max) + "…";
  }
}
