package io.github.dvckpi.audit;

import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The reader behind {@link PublishedFigure#parse(String)}. Package-private, stateless. */
final class FigureParser {

  /** What the caller expects. */
  enum Context {
    /** Anything: a rate, a count or a number. */
    ANY,
    /** A count: whole, possibly scaled. */
    COUNT,
    /** An index score: a small number, a single separator is its decimal point. */
    SCORE
  }

  private static final int MAX_LENGTH = 80;
  private static final Pattern NUMBER = Pattern.compile("[0-9]+([.,][0-9]+)*");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private record Word(String text, Qualifier qualifier) {}

  private static final List<Word> QUALIFIERS =
      List.of(
          new Word("more than", Qualifier.ABOVE),
          new Word("less than", Qualifier.BELOW),
          new Word("approximately", Qualifier.ABOUT),
          new Word("trên", Qualifier.ABOVE),
          new Word("hơn", Qualifier.ABOVE),
          new Word("over", Qualifier.ABOVE),
          new Word("above", Qualifier.ABOVE),
          new Word("dưới", Qualifier.BELOW),
          new Word("under", Qualifier.BELOW),
          new Word("below", Qualifier.BELOW),
          new Word("gần", Qualifier.NEARLY),
          new Word("nearly", Qualifier.NEARLY),
          new Word("almost", Qualifier.NEARLY),
          new Word("khoảng", Qualifier.ABOUT),
          new Word("about", Qualifier.ABOUT),
          new Word("around", Qualifier.ABOUT));

  private record Scale(String word, int thousands, boolean vietnamese) {}

  private static final List<Scale> SCALES =
      List.of(
          new Scale("ngàn", 1, true),
          new Scale("nghìn", 1, true),
          new Scale("triệu", 2, true),
          new Scale("tỷ", 3, true),
          new Scale("tỉ", 3, true),
          new Scale("thousand", 1, false),
          new Scale("million", 2, false),
          new Scale("billion", 3, false));

  private FigureParser() {}

  static PublishedFigure parse(String input, Context context, @Nullable Locale hint) {
    if (input == null) {
      throw new FigureParseException("null", "no text", "không có văn bản");
    }
    if (input.length() > MAX_LENGTH) {
      throw fail(
          input, "longer than " + MAX_LENGTH + " characters", "dài hơn " + MAX_LENGTH + " ký tự");
    }
    String s =
        SPACES
            .matcher(Normalizer.normalize(input, Normalizer.Form.NFC))
            .replaceAll(" ")
            .trim()
            .toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      throw fail(input, "the text is empty", "văn bản rỗng");
    }
    s = strip(s, "đạt");
    s = strip(s, "reached");
    Qualifier qualifier = Qualifier.NONE;
    for (Word w : QUALIFIERS) {
      String rest = strip(s, w.text());
      if (!rest.equals(s)) {
        qualifier = w.qualifier();
        s = rest;
        break;
      }
    }
    int end = 0;
    while (end < s.length() && (Character.isDigit(s.charAt(end)) || isSeparator(s.charAt(end)))) {
      end++;
    }
    String number = s.substring(0, end);
    String suffix = s.substring(end).trim();
    if (number.isEmpty()) {
      throw fail(
          input,
          "expected a number (after an optional qualifier such as \"trên\" or \"over\")",
          "cần một số (có thể sau một từ như \"trên\", \"khoảng\")");
    }
    if (!NUMBER.matcher(number).matches()) {
      throw fail(
          input,
          "\"" + number + "\" is not a number: separators must stand between digits",
          "\"" + number + "\" không phải là số: dấu phân cách phải nằm giữa các chữ số");
    }
    if (suffix.equals("%") || suffix.equals("phần trăm") || suffix.equals("percent")) {
      return rate(input, qualifier, number, context);
    }
    if (suffix.isEmpty()) {
      return bare(input, qualifier, number, context, hint);
    }
    for (Scale scale : SCALES) {
      if (suffix.equals(scale.word())) {
        return scaled(input, qualifier, number, scale, context);
      }
    }
    throw fail(
        input,
        "unknown unit \""
            + suffix
            + "\"; expected %, ngàn, nghìn, triệu, tỷ, thousand, million or billion",
        "đơn vị \""
            + suffix
            + "\" không rõ; cần %, ngàn, nghìn, triệu, tỷ, thousand, million hoặc billion");
  }

  private static String strip(String s, String word) {
    if (s.startsWith(word)) {
      String rest = s.substring(word.length());
      if (rest.isEmpty() || rest.charAt(0) == ' ' || Character.isDigit(rest.charAt(0))) {
        return rest.trim();
      }
    }
    return s;
  }

  private static boolean isSeparator(char c) {
    return c == '.' || c == ',';
  }

  private static PublishedFigure rate(
      String input, Qualifier qualifier, String number, Context context) {
    if (context == Context.COUNT) {
      throw fail(input, "expected a count, not a rate", "cần một số lượng, không phải tỷ lệ");
    }
    if (context == Context.SCORE) {
      throw fail(input, "expected a score, not a rate", "cần một số điểm, không phải tỷ lệ");
    }
    BigDecimal value = decimal(input, number, null, true);
    if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw fail(input, "a rate cannot exceed 100%", "tỷ lệ không thể vượt quá 100%");
    }
    return check(
        input,
        new PublishedFigure(
            input, PublishedFigure.Kind.RATE, qualifier, value, 0, false, Rounding.HALF_UP));
  }

  private static PublishedFigure scaled(
      String input, Qualifier qualifier, String number, Scale scale, Context context) {
    if (context == Context.SCORE) {
      throw fail(input, "expected a score, not a count", "cần một số điểm, không phải số lượng");
    }
    BigDecimal value = decimal(input, number, scale.vietnamese(), false);
    return check(
        input,
        new PublishedFigure(
            input,
            PublishedFigure.Kind.COUNT,
            qualifier,
            value,
            scale.thousands(),
            false,
            Rounding.HALF_UP));
  }

  private static PublishedFigure bare(
      String input, Qualifier qualifier, String number, Context context, @Nullable Locale hint) {
    BigDecimal value;
    if (context == Context.SCORE) {
      value = decimal(input, number, null, true);
    } else if (isAmbiguous(number)) {
      if (context == Context.COUNT) {
        value = new BigDecimal(number.replace(".", "").replace(",", ""));
      } else if (hint == null) {
        char sep = number.indexOf('.') >= 0 ? '.' : ',';
        String whole = number.replace(String.valueOf(sep), "");
        String point = number.replace(',', '.');
        throw fail(
            input,
            "ambiguous without a language: "
                + whole
                + " if '"
                + sep
                + "' groups thousands ("
                + (sep == '.' ? "Vietnamese" : "English")
                + "), "
                + point
                + " if it is a decimal point ("
                + (sep == '.' ? "English" : "Vietnamese")
                + "); use PublishedFigure.parse(text, locale), or parseCount(text) for a count",
            "mơ hồ khi không rõ ngôn ngữ: "
                + whole
                + " nếu '"
                + sep
                + "' phân cách hàng nghìn ("
                + (sep == '.' ? "tiếng Việt" : "tiếng Anh")
                + "), "
                + point
                + " nếu là dấu thập phân ("
                + (sep == '.' ? "tiếng Anh" : "tiếng Việt")
                + "); hãy dùng PublishedFigure.parse(text, locale), hoặc parseCount(text) cho số"
                + " lượng");
      } else {
        value = decimal(input, number, RateFormat.isVietnamese(hint), false);
      }
    } else {
      Boolean vietnamese = hint == null ? null : RateFormat.isVietnamese(hint);
      value = decimal(input, number, vietnamese, false);
    }
    boolean whole = value.scale() == 0;
    if (context == Context.COUNT && !whole) {
      throw fail(
          input,
          "a count is a whole number, \"" + number + "\" has decimals",
          "số lượng phải là số nguyên, \"" + number + "\" có phần thập phân");
    }
    return check(
        input,
        new PublishedFigure(
            input,
            context == Context.SCORE || !whole
                ? PublishedFigure.Kind.NUMBER
                : PublishedFigure.Kind.COUNT,
            qualifier,
            value,
            0,
            whole && context != Context.SCORE,
            Rounding.HALF_UP));
  }

  /** One separator followed by exactly three digits, after one to three digits. */
  private static boolean isAmbiguous(String number) {
    int dots = count(number, '.');
    int commas = count(number, ',');
    if (dots + commas != 1) {
      return false;
    }
    int at = Math.max(number.indexOf('.'), number.indexOf(','));
    return at <= 3 && number.length() - at - 1 == 3;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /**
   * Reads the digits and separators of a number.
   *
   * @param vietnamese the language if known (dot groups, comma is decimal), null if unknown
   * @param singleIsDecimal whether a single separator is always the decimal point
   */
  private static BigDecimal decimal(
      String input, String number, @Nullable Boolean vietnamese, boolean singleIsDecimal) {
    int dots = count(number, '.');
    int commas = count(number, ',');
    if (dots == 0 && commas == 0) {
      return new BigDecimal(number);
    }
    if (dots > 0 && commas > 0) {
      char decimalSep = number.lastIndexOf('.') > number.lastIndexOf(',') ? '.' : ',';
      char groupSep = decimalSep == '.' ? ',' : '.';
      if (count(number, decimalSep) != 1) {
        throw badGroups(input, number);
      }
      int at = number.indexOf(decimalSep);
      return new BigDecimal(grouped(input, number.substring(0, at), groupSep))
          .add(new BigDecimal("0." + number.substring(at + 1)));
    }
    char sep = dots > 0 ? '.' : ',';
    if (dots + commas > 1) {
      return new BigDecimal(grouped(input, number, sep));
    }
    int at = number.indexOf(sep);
    String intPart = number.substring(0, at);
    String fraction = number.substring(at + 1);
    boolean decimalPoint;
    if (singleIsDecimal) {
      decimalPoint = true;
    } else {
      boolean groupingPossible = intPart.length() <= 3 && fraction.length() == 3;
      if (!groupingPossible) {
        decimalPoint = true;
      } else if (vietnamese == null) {
        decimalPoint = false;
      } else {
        decimalPoint = (sep == ',') == vietnamese;
      }
    }
    return decimalPoint
        ? new BigDecimal(intPart + "." + fraction)
        : new BigDecimal(intPart + fraction);
  }

  private static String grouped(String input, String number, char sep) {
    String[] groups = number.split(sep == '.' ? "\\." : ",", -1);
    if (groups[0].isEmpty() || groups[0].length() > 3) {
      throw badGroups(input, number);
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        throw badGroups(input, number);
      }
    }
    return String.join("", groups);
  }

  private static FigureParseException badGroups(String input, String number) {
    return fail(
        input,
        "\"" + number + "\" mixes separators or groups digits other than by three",
        "\"" + number + "\" dùng dấu phân cách không hợp lệ hoặc nhóm chữ số không theo ba");
  }

  private static PublishedFigure check(String input, PublishedFigure figure) {
    if (figure.interval().isEmpty()) {
      throw fail(
          input,
          "no value can be " + figure.format(Locale.ENGLISH),
          "không giá trị nào có thể là " + figure.format(RateFormat.VIETNAMESE));
    }
    return figure;
  }

  static FigureParseException fail(String input, String english, String vietnamese) {
    return new FigureParseException(input, english, vietnamese);
  }
}
