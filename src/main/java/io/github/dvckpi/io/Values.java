package io.github.dvckpi.io;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.domain.StatutoryDuration;
import io.github.dvckpi.domain.UnitKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parsing of the cells of an export: dates, booleans, channels, fees, outcomes and catalogue words.
 * Every parser takes a trimmed, non-null cell and returns null when it cannot read it.
 */
final class Values {

  private Values() {}

  /**
   * A date as {@code dd/MM/yyyy}, {@code d/M/yyyy} (also with {@code -} or {@code .}), or ISO
   * {@code yyyy-MM-dd}, optionally followed by a time of day ({@code 08:15}, {@code 08:15:00},
   * after a space or ISO's {@code T}) that is ignored. Read character by character, with no regular
   * expression and no {@code DateTimeFormatter}: it runs once per date cell of every row. Digits
   * are ASCII digits.
   *
   * @param cell the cell, not blank
   * @return the date, or null if unreadable or impossible (31/02/2024)
   */
  static @Nullable LocalDate date(String cell) {
    int end = cell.length();
    int cut = cell.indexOf(' ');
    if (cut < 0 && end > 10 && cell.charAt(10) == 'T') {
      cut = 10;
    }
    if (cut >= 0) {
      if (!isTimeOfDay(cell, cut + 1)) {
        return null;
      }
      end = cut;
    }
    int a = digits(cell, 0, end);
    if (a == 0 || a >= end) {
      return null;
    }
    char separator = cell.charAt(a);
    if (a <= 2 && (separator == '/' || separator == '-' || separator == '.')) {
      // d/M/yyyy: 1–2 digits, the separator, 1–2 digits, the same separator, 4 digits
      int b = digits(cell, a + 1, end);
      int second = a + 1 + b;
      if (b < 1 || b > 2 || second >= end || cell.charAt(second) != separator) {
        return null;
      }
      if (digits(cell, second + 1, end) != 4 || second + 5 != end) {
        return null;
      }
      return date(number(cell, second + 1, end), number(cell, a + 1, second), number(cell, 0, a));
    }
    if (a == 4 && separator == '-') {
      // yyyy-M-d: 4 digits, '-', 1–2 digits, '-', 1–2 digits
      int b = digits(cell, 5, end);
      int second = 5 + b;
      if (b < 1 || b > 2 || second >= end || cell.charAt(second) != '-') {
        return null;
      }
      int c = digits(cell, second + 1, end);
      if (c < 1 || c > 2 || second + 1 + c != end) {
        return null;
      }
      return date(number(cell, 0, 4), number(cell, 5, second), number(cell, second + 1, end));
    }
    return null;
  }

  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

  /**
   * The time of day of a date cell ({@link #date(String)}), if it has one.
   *
   * @param cell a cell {@link #date(String)} reads
   * @return the time, or null if the cell has only a date
   */
  static @Nullable LocalTime timeOfDate(String cell) {
    int cut = cell.indexOf(' ');
    if (cut < 0 && cell.length() > 10 && cell.charAt(10) == 'T') {
      cut = 10;
    }
    return cut < 0 ? null : time(cell.substring(cut + 1).trim());
  }

  /**
   * A time of day, {@code H:mm}, {@code HH:mm} or {@code HH:mm:ss}.
   *
   * @param cell the cell
   * @return the time, or null if unreadable
   */
  static @Nullable LocalTime time(String cell) {
    if (!TIME.matcher(cell).matches()) {
      return null;
    }
    String padded = cell.indexOf(':') == 1 ? "0" + cell : cell;
    try {
      return LocalTime.parse(padded);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static final Pattern HOURS = Pattern.compile("(\\d{1,4})\\s*(h|gio|giờ|hours?)");
  private static final Pattern DAYS =
      Pattern.compile(
          "(\\d{1,4})(\\s*(ngay|ngày|ngày làm việc|ngay lam viec|days?|working days?))?");

  /**
   * A statutory duration: whole working days ({@code 15}, {@code 15 ngày}) or working hours ({@code
   * 8h}, {@code 8 giờ}).
   *
   * @param cell the cell, not blank
   * @return the duration, or null if unreadable
   */
  static @Nullable StatutoryDuration duration(String cell) {
    String c = cell.toLowerCase(Locale.ROOT).trim();
    Matcher hours = HOURS.matcher(c);
    try {
      if (hours.matches()) {
        return StatutoryDuration.ofHours(Integer.parseInt(hours.group(1)));
      }
      Matcher days = DAYS.matcher(c);
      if (days.matches()) {
        return StatutoryDuration.ofWorkingDays(Integer.parseInt(days.group(1)));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  private static @Nullable LocalDate date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null; // 31/04, 29/02 of a common year
    }
  }

  /**
   * Whether the text from an index, without the spaces and control characters around it, is a time
   * of day: {@code H:mm}, {@code H:mm:ss} or {@code H:mm:ss.f} (1–2 digits of hours, 1–9 of
   * fractions; not checked further, since the time is ignored).
   */
  private static boolean isTimeOfDay(String s, int from) {
    int start = from;
    int end = s.length();
    while (start < end && s.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && s.charAt(end - 1) <= ' ') {
      end--;
    }
    int hours = digits(s, start, end);
    int i = start + hours;
    if (hours < 1 || hours > 2 || i >= end || s.charAt(i) != ':') {
      return false;
    }
    if (digits(s, i + 1, end) != 2) {
      return false;
    }
    i += 3;
    if (i == end) {
      return true;
    }
    if (s.charAt(i) != ':' || digits(s, i + 1, end) != 2) {
      return false;
    }
    i += 3;
    if (i == end) {
      return true;
    }
    int fraction = digits(s, i + 1, end);
    return s.charAt(i) == '.' && fraction >= 1 && fraction <= 9 && i + 1 + fraction == end;
  }

  /** The length of the run of ASCII digits at an index, stopping at an end. */
  private static int digits(String s, int from, int end) {
    int i = from;
    while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /** The number written by the ASCII digits between two indices (at most 4 of them). */
  private static int number(String s, int from, int end) {
    int n = 0;
    for (int i = from; i < end; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  private static final ImmutableSet<String> TRUE =
      ImmutableSet.of("1", "x", "co", "true", "yes", "y", "dung", "da");
  private static final ImmutableSet<String> FALSE =
      ImmutableSet.of("", "0", "khong", "false", "no", "n", "sai", "chua");

  /**
   * A yes/no cell: {@code 1}, {@code có}, {@code x}, {@code true}, {@code yes} (and {@code đúng},
   * {@code đã}) for yes; {@code 0}, {@code không}, blank, {@code false}, {@code no} (and {@code
   * sai}, {@code chưa}) for no. Case and diacritics do not matter.
   *
   * @param cell the cell
   * @return the value, or null if unreadable
   */
  static @Nullable Boolean bool(String cell) {
    String w = Text.words(cell);
    if (TRUE.contains(w)) {
      return Boolean.TRUE;
    }
    if (FALSE.contains(w) && (!w.isEmpty() || cell.isBlank())) {
      return Boolean.FALSE;
    }
    return null;
  }

  private static final ImmutableMap<String, Channel> CHANNELS =
      ImmutableMap.<String, Channel>builder()
          .put("", Channel.COUNTER)
          .put("1", Channel.COUNTER)
          .put("2", Channel.ONLINE)
          .put("3", Channel.POSTAL)
          .put("truc tiep", Channel.COUNTER)
          .put("nop truc tiep", Channel.COUNTER)
          .put("tai quay", Channel.COUNTER)
          .put("counter", Channel.COUNTER)
          .put("in person", Channel.COUNTER)
          .put("truc tuyen", Channel.ONLINE)
          .put("nop truc tuyen", Channel.ONLINE)
          .put("online", Channel.ONLINE)
          .put("buu chinh", Channel.POSTAL)
          .put("buu chinh cong ich", Channel.POSTAL)
          .put("qua buu chinh", Channel.POSTAL)
          .put("qua buu chinh cong ich", Channel.POSTAL)
          .put("postal", Channel.POSTAL)
          .put("post", Channel.POSTAL)
          .buildOrThrow();

  /**
   * A channel: the portal's codes (blank or 1 = counter, 2 = online, 3 = postal) or words ({@code
   * trực tiếp}, {@code trực tuyến}, {@code bưu chính công ích}, {@code counter}, {@code online},
   * {@code postal}).
   *
   * @param cell the cell
   * @return the channel, or null if unreadable
   */
  static @Nullable Channel channel(String cell) {
    if (!cell.isBlank() && Text.words(cell).isEmpty()) {
      return null;
    }
    return CHANNELS.get(Text.words(cell));
  }

  private static final Pattern PLAIN = Pattern.compile("\\d{1,18}");
  private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
  private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+");
  private static final Pattern SPACE_GROUPS = Pattern.compile("\\d{1,3}( \\d{3})+");
  private static final Pattern CURRENCY =
      Pattern.compile(
          "\\s*(đ|₫|vnđ|vnd|đồng|dong)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A fee in whole đồng: blank (0), plain digits ({@code 1500000}), or groups of three separated by
   * the Vietnamese {@code .}, by {@code ,} or by a space ({@code 1.500.000}, {@code 1,500,000},
   * {@code 1 500 000}), optionally followed by {@code đ}, {@code ₫}, {@code VNĐ} or {@code đồng}.
   * Negative amounts, decimals and amounts above 10<sup>18</sup> đồng are unreadable.
   *
   * @param cell the cell
   * @return the fee, or null if unreadable
   */
  static @Nullable Long fee(String cell) {
    String s = CURRENCY.matcher(cell).replaceFirst("").replace('\u00a0', ' ').trim();
    if (s.isEmpty()) {
      return cell.isBlank() ? 0L : null;
    }
    if (PLAIN.matcher(s).matches()) {
      return Long.parseLong(s);
    }
    if (DOT_GROUPS.matcher(s).matches()
        || COMMA_GROUPS.matcher(s).matches()
        || SPACE_GROUPS.matcher(s).matches()) {
      String digits = s.replace(".", "").replace(",", "").replace(" ", "");
      return digits.length() <= 18 ? Long.parseLong(digits) : null;
    }
    return null;
  }

  private static final ImmutableMap<String, Outcome> OUTCOMES =
      ImmutableMap.<String, Outcome>builder()
          .put("granted", Outcome.GRANTED)
          .put("giai quyet", Outcome.GRANTED)
          .put("da giai quyet", Outcome.GRANTED)
          .put("chap thuan", Outcome.GRANTED)
          .put("refused", Outcome.REFUSED)
          .put("tu choi", Outcome.REFUSED)
          .put("withdrawn", Outcome.WITHDRAWN)
          .put("rut", Outcome.WITHDRAWN)
          .put("rut ho so", Outcome.WITHDRAWN)
          .put("dung xu ly", Outcome.WITHDRAWN)
          .put("huy", Outcome.WITHDRAWN)
          .buildOrThrow();

  /**
   * How processing ended: {@code giải quyết} / {@code granted}, {@code từ chối} / {@code refused},
   * {@code rút hồ sơ} / {@code dừng xử lý} / {@code withdrawn}.
   *
   * @param cell the cell, not blank
   * @return the outcome, or null if unreadable
   */
  static @Nullable Outcome outcome(String cell) {
    return OUTCOMES.get(Text.words(cell));
  }

  /**
   * The Vietnamese word written for an outcome.
   *
   * @param outcome the outcome
   * @return {@code giải quyết}, {@code từ chối} or {@code rút hồ sơ}
   */
  static String outcomeWord(Outcome outcome) {
    return switch (outcome) {
      case GRANTED -> "giải quyết";
      case REFUSED -> "từ chối";
      case WITHDRAWN -> "rút hồ sơ";
    };
  }

  /**
   * A unit kind: the Vietnamese name ({@code tỉnh}, {@code thành phố}, {@code thị xã}, {@code
   * huyện}, {@code quận}, {@code phường}, {@code xã}, {@code thị trấn}, {@code thành phố trực thuộc
   * trung ương}), the English name ({@code town}) or the constant ({@code TOWN}).
   *
   * @param cell the cell
   * @return the kind, or null if unreadable
   */
  static @Nullable UnitKind unitKind(String cell) {
    String w = Text.words(cell);
    for (UnitKind kind : UnitKind.values()) {
      if (w.equals(Text.words(kind.vietnameseName()))
          || w.equals(kind.englishName())
          || w.equals(Text.words(kind.name()))) {
        return kind;
      }
    }
    return null;
  }

  /**
   * A tier: {@code tỉnh} / {@code cấp tỉnh} / {@code province} / {@code province tier}, the same
   * for district ({@code huyện}) and commune ({@code xã}), or the constant.
   *
   * @param cell the cell
   * @return the tier, or null if unreadable
   */
  static @Nullable AdministrativeLevel tier(String cell) {
    String w = Text.words(cell);
    for (AdministrativeLevel level : AdministrativeLevel.values()) {
      String vi = Text.words(level.vietnameseName());
      String en = level.englishName();
      if (w.equals(vi)
          || w.equals(vi.substring("cap ".length()))
          || w.equals(en)
          || w.equals(en.substring(0, en.indexOf(' ')))
          || w.equals(level.name().toLowerCase(Locale.ROOT))) {
        return level;
      }
    }
    return null;
  }

  private static final ImmutableMap<String, ServiceLevel> SERVICE_LEVELS =
      ImmutableMap.<String, ServiceLevel>builder()
          .put("toan trinh", ServiceLevel.FULL_ONLINE)
          .put("truc tuyen toan trinh", ServiceLevel.FULL_ONLINE)
          .put("full online", ServiceLevel.FULL_ONLINE)
          .put("full", ServiceLevel.FULL_ONLINE)
          .put("mot phan", ServiceLevel.PARTIAL_ONLINE)
          .put("truc tuyen mot phan", ServiceLevel.PARTIAL_ONLINE)
          .put("partial online", ServiceLevel.PARTIAL_ONLINE)
          .put("partial", ServiceLevel.PARTIAL_ONLINE)
          .put("khong", ServiceLevel.NOT_ONLINE)
          .put("khong truc tuyen", ServiceLevel.NOT_ONLINE)
          .put("not online", ServiceLevel.NOT_ONLINE)
          .put("none", ServiceLevel.NOT_ONLINE)
          .buildOrThrow();

  /**
   * A service level: {@code toàn trình} / {@code full online}, {@code một phần} / {@code partial
   * online}, {@code không} / {@code not online}, the constant ({@code FULL_ONLINE}), or a level
   * (mức độ) of Nghị định 43/2011 ({@code 4}, {@code mức độ 4}) mapped by {@link
   * ServiceLevel#fromLegacyLevel(int)}.
   *
   * @param cell the cell
   * @return the level, or null if unreadable
   */
  static @Nullable ServiceLevel serviceLevel(String cell) {
    String w = Text.words(cell);
    ServiceLevel named = SERVICE_LEVELS.get(w);
    if (named != null) {
      return named;
    }
    for (ServiceLevel level : ServiceLevel.values()) {
      if (w.equals(Text.words(level.name()))) {
        return level;
      }
    }
    String legacy = w.startsWith("muc do ") ? w.substring("muc do ".length()) : w;
    if (legacy.length() == 1 && legacy.charAt(0) >= '1' && legacy.charAt(0) <= '4') {
      return ServiceLevel.fromLegacyLevel(legacy.charAt(0) - '0');
    }
    return null;
  }
}
