package io.github.dvckpi.period;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.RateFormat;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period (kỳ báo cáo): a closed range of days with a {@link PeriodKind kind}, a {@link
 * PeriodConvention convention} and a label.
 *
 * <p>Calendar months, quarters, half-years, the first nine months, years, year to date (từ đầu năm
 * đến nay) and custom ranges. Every kind but the custom range exists in both conventions: the
 * calendar one, and the official data cut-off of Nghị định 09/2019/NĐ-CP ({@link #official()}), in
 * which the "month 5/2024" runs 15/04/2024–14/05/2024 and the "year 2024" 15/12/2023–14/12/2024.
 * The convention is part of the period's identity: the calendar and the official May 2024 are not
 * equal, and their labels and {@code toString} differ.
 *
 * <p>{@code toString()} is a short code that {@link #parse(CharSequence)} reads back:
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>kind</th><th>code</th><th>Vietnamese label</th><th>English label</th></tr>
 *   <tr><td>month</td><td>{@code 2024-05}</td><td>Tháng 5/2024</td><td>May 2024</td></tr>
 *   <tr><td>quarter</td><td>{@code 2024-Q3}</td><td>Quý III/2024</td><td>Q3 2024</td></tr>
 *   <tr><td>half-year</td><td>{@code 2024-H1}</td><td>6 tháng đầu năm 2024</td>
 *       <td>H1 2024</td></tr>
 *   <tr><td>nine months</td><td>{@code 2024-9M}</td><td>9 tháng đầu năm 2024</td>
 *       <td>First 9 months of 2024</td></tr>
 *   <tr><td>year</td><td>{@code 2024}</td><td>Năm 2024</td><td>Year 2024</td></tr>
 *   <tr><td>year to date</td><td>{@code 2024-YTD@2024-11-14}</td>
 *       <td>Từ đầu năm 2024 đến ngày 14/11/2024</td>
 *       <td>Year to date 2024, to 2024-11-14</td></tr>
 *   <tr><td>custom</td><td>{@code 2024-01-01..2024-11-14}</td>
 *       <td>Từ ngày 01/01/2024 đến ngày 14/11/2024</td><td>2024-01-01 to 2024-11-14</td></tr>
 * </table>
 *
 * <p>An official period's code ends in {@code /official} (e.g. {@code 2024-05/official}) and its
 * label names the decree.
 *
 * <p>A period only says which days count; each indicator places a dossier in it by its own date
 * (received-on or resolved-on, see {@code Indicator.dating()}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportingPeriod {

  private static final String OFFICIAL_SUFFIX = "/official";
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;
  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H(\\d)");
  private static final Pattern NINE = Pattern.compile("(\\d{4})-9M");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern YTD = Pattern.compile("(\\d{4})-YTD@(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern CUSTOM =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  private final PeriodKind kind;
  private final PeriodConvention convention;
  private final int year;
  private final int index;
  private final DateRange range;

  private ReportingPeriod(
      PeriodKind kind, PeriodConvention convention, int year, int index, DateRange range) {
    this.kind = kind;
    this.convention = convention;
    this.year = year;
    this.index = index;
    this.range = range;
  }

  // ---------------------------------------------------------------- factories

  /**
   * A calendar month.
   *
   * @param year the year, 1000 to 9999
   * @param month 1 to 12
   * @return the month, e.g. {@code 2024-05}
   * @throws IllegalArgumentException if the year or the month is out of range
   */
  public static ReportingPeriod month(int year, int month) {
    checkArgument(month >= 1 && month <= 12, "a month is 1 to 12, got %s", month);
    return standard(PeriodKind.MONTH, PeriodConvention.CALENDAR, year, month);
  }

  /**
   * A calendar month.
   *
   * @param month the month
   * @return the month
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportingPeriod month(YearMonth month) {
    return month(month.getYear(), month.getMonthValue());
  }

  /**
   * A calendar quarter (quý).
   *
   * @param year the year, 1000 to 9999
   * @param quarter 1 to 4
   * @return the quarter, e.g. {@code 2024-Q3}
   * @throws IllegalArgumentException if the year or the quarter is out of range
   */
  public static ReportingPeriod quarter(int year, int quarter) {
    checkArgument(quarter >= 1 && quarter <= 4, "a quarter is 1 to 4, got %s", quarter);
    return standard(PeriodKind.QUARTER, PeriodConvention.CALENDAR, year, quarter);
  }

  /**
   * A calendar half-year.
   *
   * @param year the year, 1000 to 9999
   * @param half 1 (January–June) or 2 (July–December)
   * @return the half-year, e.g. {@code 2024-H1}
   * @throws IllegalArgumentException if the year or the half is out of range
   */
  public static ReportingPeriod halfYear(int year, int half) {
    checkArgument(half == 1 || half == 2, "a half-year is 1 or 2, got %s", half);
    return standard(PeriodKind.HALF_YEAR, PeriodConvention.CALENDAR, year, half);
  }

  /**
   * The first calendar half of a year (6 tháng đầu năm).
   *
   * @param year the year, 1000 to 9999
   * @return January to June
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportingPeriod firstHalf(int year) {
    return halfYear(year, 1);
  }

  /**
   * The second calendar half of a year (6 tháng cuối năm).
   *
   * @param year the year, 1000 to 9999
   * @return July to December
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportingPeriod secondHalf(int year) {
    return halfYear(year, 2);
  }

  /**
   * The first nine calendar months of a year (9 tháng đầu năm).
   *
   * @param year the year, 1000 to 9999
   * @return January to September
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportingPeriod nineMonths(int year) {
    return standard(PeriodKind.NINE_MONTHS, PeriodConvention.CALENDAR, year, 0);
  }

  /**
   * A calendar year.
   *
   * @param year the year, 1000 to 9999
   * @return 1 January to 31 December
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportingPeriod year(int year) {
    return standard(PeriodKind.YEAR, PeriodConvention.CALENDAR, year, 0);
  }

  /**
   * From 1 January of a year to a given day (từ đầu năm đến nay), both included.
   *
   * @param year the year, 1000 to 9999
   * @param asOf the last day counted, within the year
   * @return the period, e.g. {@code 2024-YTD@2024-11-14}
   * @throws IllegalArgumentException if the year is out of range or {@code asOf} is not in it
   */
  public static ReportingPeriod yearToDate(int year, LocalDate asOf) {
    return yearToDate(PeriodConvention.CALENDAR, year, asOf);
  }

  /**
   * From 1 January to a given day of the same year.
   *
   * @param asOf the last day counted
   * @return the calendar year to date of {@code asOf}'s year
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportingPeriod yearToDate(LocalDate asOf) {
    return yearToDate(asOf.getYear(), asOf);
  }

  /**
   * Any closed range of days.
   *
   * @param range the days
   * @return the custom period, e.g. {@code 2024-01-01..2024-11-14}
   * @throws IllegalArgumentException if a year is out of range
   */
  public static ReportingPeriod of(DateRange range) {
    requireNonNull(range, "range");
    checkYear(range.first().getYear());
    checkYear(range.last().getYear());
    return new ReportingPeriod(
        PeriodKind.CUSTOM, PeriodConvention.CALENDAR, range.last().getYear(), 0, range);
  }

  /**
   * The days from {@code first} to {@code last}, both included.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @return the custom period
   * @throws IllegalArgumentException if {@code last} is before {@code first} or a year is out of
   *     range
   */
  public static ReportingPeriod of(LocalDate first, LocalDate last) {
    return of(DateRange.of(first, last));
  }

  /**
   * The twelve months of a year in a convention, in order; together they cover the year's days
   * exactly once.
   *
   * @param year the year, 1000 to 9999
   * @param convention the convention
   * @return the months
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ImmutableList<ReportingPeriod> monthsOf(int year, PeriodConvention convention) {
    return year(year).withConvention(convention).months();
  }

  /**
   * From the start of a year to a given day, both included, in a convention: from 1 January
   * (calendar) or from 15 December of the previous year (official, so the official year to date of
   * 2025 may end on 20 December 2024).
   *
   * @param year the reporting year, 1000 to 9999
   * @param asOf the last day counted, within the year under the convention
   * @param convention the convention
   * @return the period, e.g. {@code 2025-YTD@2024-12-20/official}
   * @throws IllegalArgumentException if the year is out of range or {@code asOf} is not in it
   */
  public static ReportingPeriod yearToDate(int year, LocalDate asOf, PeriodConvention convention) {
    return yearToDate(requireNonNull(convention, "convention"), year, asOf);
  }

  private static ReportingPeriod yearToDate(PeriodConvention convention, int year, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    DateRange whole = rangeOf(PeriodKind.YEAR, convention, checkYear(year), 0);
    checkArgument(
        whole.contains(asOf),
        "a year-to-date period of %s (%s) must end within %s, got %s",
        year,
        convention.displayName(RateFormat.ENGLISH),
        whole,
        asOf);
    return new ReportingPeriod(
        PeriodKind.YEAR_TO_DATE, convention, year, 0, DateRange.of(whole.first(), asOf));
  }

  private static ReportingPeriod standard(
      PeriodKind kind, PeriodConvention convention, int year, int index) {
    return new ReportingPeriod(
        kind, convention, year, index, rangeOf(kind, convention, checkYear(year), index));
  }

  private static int checkYear(int year) {
    checkArgument(
        year >= MIN_YEAR && year <= MAX_YEAR,
        "a reporting year is %s to %s, got %s",
        MIN_YEAR,
        MAX_YEAR,
        year);
    return year;
  }

  private static int firstMonth(PeriodKind kind, int index) {
    return switch (kind) {
      case MONTH -> index;
      case QUARTER -> 3 * index - 2;
      case HALF_YEAR -> 6 * index - 5;
      default -> 1;
    };
  }

  private static int monthCount(PeriodKind kind) {
    return switch (kind) {
      case MONTH -> 1;
      case QUARTER -> 3;
      case HALF_YEAR -> 6;
      case NINE_MONTHS -> 9;
      default -> 12;
    };
  }

  private static DateRange rangeOf(
      PeriodKind kind, PeriodConvention convention, int year, int index) {
    int first = firstMonth(kind, index);
    int last = first + monthCount(kind) - 1;
    if (convention == PeriodConvention.OFFICIAL) {
      return DateRange.of(
          LocalDate.of(year, first, 15).minusMonths(1), LocalDate.of(year, last, 14));
    }
    return DateRange.of(LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth());
  }

  // ---------------------------------------------------------------- conventions

  /**
   * The same period under the official cut-off of Nghị định 09/2019/NĐ-CP: the official "month
   * 5/2024" is 15/04/2024–14/05/2024.
   *
   * @return the official period
   * @throws IllegalStateException for a custom range, which has no cut-off; or for a year to date
   *     whose last day falls after the official year's last day (14 December)
   */
  public ReportingPeriod official() {
    return withConvention(PeriodConvention.OFFICIAL);
  }

  /**
   * The same period on the calendar.
   *
   * @return the calendar period
   * @throws IllegalStateException for a year to date whose last day falls outside the calendar year
   *     (15–31 December of the previous year)
   */
  public ReportingPeriod calendar() {
    return withConvention(PeriodConvention.CALENDAR);
  }

  /**
   * The same period under a convention.
   *
   * @param convention the convention
   * @return the period with the same kind and number under that convention; itself if unchanged
   * @throws IllegalStateException for a custom range under {@link PeriodConvention#OFFICIAL}, or a
   *     year to date whose last day is outside the year under the other convention
   */
  public ReportingPeriod withConvention(PeriodConvention convention) {
    requireNonNull(convention, "convention");
    if (convention == this.convention) {
      return this;
    }
    if (kind == PeriodKind.CUSTOM) {
      throw new IllegalStateException(
          "a custom range (" + range + ") has no official cut-off: its days are given as they are");
    }
    if (kind == PeriodKind.YEAR_TO_DATE) {
      DateRange whole = rangeOf(PeriodKind.YEAR, convention, year, 0);
      if (!whole.contains(range.last())) {
        throw new IllegalStateException(
            "year to date "
                + range.last()
                + " is outside the year "
                + year
                + " under the "
                + convention.displayName(RateFormat.ENGLISH)
                + " convention ("
                + whole
                + ")");
      }
      return new ReportingPeriod(
          kind, convention, year, 0, DateRange.of(whole.first(), range.last()));
    }
    return standard(kind, convention, year, index);
  }

  // ---------------------------------------------------------------- accessors

  /**
   * The kind of period.
   *
   * @return the kind
   */
  public PeriodKind kind() {
    return kind;
  }

  /**
   * The convention: calendar, or the official cut-off.
   *
   * @return the convention; always {@link PeriodConvention#CALENDAR} for a custom range
   */
  public PeriodConvention convention() {
    return convention;
  }

  /**
   * Whether the period follows the official cut-off of Nghị định 09/2019/NĐ-CP.
   *
   * @return true for {@link PeriodConvention#OFFICIAL}
   */
  public boolean isOfficial() {
    return convention == PeriodConvention.OFFICIAL;
  }

  /**
   * The reporting year: the year the period is named after. The official year 2024 starts on 15
   * December 2023. For a custom range, the year of its last day.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The days covered, both ends included.
   *
   * @return the range
   */
  public DateRange range() {
    return range;
  }

  /**
   * The first day covered.
   *
   * @return the first day
   */
  public LocalDate first() {
    return range.first();
  }

  /**
   * The last day covered; for a year to date, the day it runs to.
   *
   * @return the last day
   */
  public LocalDate last() {
    return range.last();
  }

  /**
   * Whether a day lies in the period, ends included.
   *
   * @param date the day
   * @return true if covered
   */
  public boolean contains(LocalDate date) {
    return range.contains(requireNonNull(date, "date"));
  }

  /**
   * The number of days covered.
   *
   * @return at least 1
   */
  public long days() {
    return range.days();
  }

  /**
   * The months that make up this period, in order and in the same convention: one for a month,
   * three for a quarter, up to twelve for a year. They cover the period's days exactly once.
   *
   * @return the months
   * @throws IllegalStateException for a year to date or a custom range, which are not made of whole
   *     months
   */
  public ImmutableList<ReportingPeriod> months() {
    if (kind == PeriodKind.YEAR_TO_DATE || kind == PeriodKind.CUSTOM) {
      throw new IllegalStateException(
          "only a month, quarter, half-year, nine months or year is made of whole months, not "
              + this);
    }
    ImmutableList.Builder<ReportingPeriod> out = ImmutableList.builder();
    int first = firstMonth(kind, index);
    for (int m = first; m < first + monthCount(kind); m++) {
      out.add(standard(PeriodKind.MONTH, convention, year, m));
    }
    return out.build();
  }

  // ---------------------------------------------------------------- labels

  /**
   * The label as a report prints it, e.g. {@code Quý III/2024}, {@code 6 tháng đầu năm 2024},
   * {@code Q3 2024}; an official period's label names Nghị định 09/2019/NĐ-CP.
   *
   * @param locale the language: Vietnamese for {@code vi}, English otherwise
   * @return the label
   */
  public String label(Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    String base = vi ? vietnameseBase() : englishBase();
    return convention == PeriodConvention.OFFICIAL
        ? base + " (" + convention.displayName(locale) + ")"
        : base;
  }

  /**
   * The days covered, as a report prints them: {@code 15/04/2024–14/05/2024} in Vietnamese, {@code
   * 2024-04-15 to 2024-05-14} in English.
   *
   * @param locale the language: Vietnamese for {@code vi}, English otherwise
   * @return the range
   */
  public String rangeLabel(Locale locale) {
    return RateFormat.isVietnamese(locale)
        ? VI_DATE.format(range.first()) + "–" + VI_DATE.format(range.last())
        : range.first() + " to " + range.last();
  }

  private String vietnameseBase() {
    return switch (kind) {
      case MONTH -> "Tháng " + index + "/" + year;
      case QUARTER -> "Quý " + ROMAN[index - 1] + "/" + year;
      case HALF_YEAR -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case NINE_MONTHS -> "9 tháng đầu năm " + year;
      case YEAR -> "Năm " + year;
      case YEAR_TO_DATE -> "Từ đầu năm " + year + " đến ngày " + VI_DATE.format(range.last());
      case CUSTOM ->
          "Từ ngày " + VI_DATE.format(range.first()) + " đến ngày " + VI_DATE.format(range.last());
    };
  }

  private String englishBase() {
    return switch (kind) {
      case MONTH -> Month.of(index).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
      case QUARTER -> "Q" + index + " " + year;
      case HALF_YEAR -> "H" + index + " " + year;
      case NINE_MONTHS -> "First 9 months of " + year;
      case YEAR -> "Year " + year;
      case YEAR_TO_DATE -> "Year to date " + year + ", to " + range.last();
      case CUSTOM -> range.first() + " to " + range.last();
    };
  }

  // ---------------------------------------------------------------- parsing

  /**
   * Reads a period back from its {@link #toString()} code: {@code 2024-05}, {@code 2024-Q3}, {@code
   * 2024-H1}, {@code 2024-9M}, {@code 2024}, {@code 2024-YTD@2024-11-14} or {@code
   * 2024-01-01..2024-11-14}, each but the last optionally followed by {@code /official}.
   *
   * @param text the code; surrounding blanks are ignored
   * @return the period
   * @throws IllegalArgumentException naming the text and the accepted forms if it is not a period
   */
  public static ReportingPeriod parse(CharSequence text) {
    String s = requireNonNull(text, "text").toString().trim();
    PeriodConvention convention = PeriodConvention.CALENDAR;
    String code = s;
    if (s.endsWith(OFFICIAL_SUFFIX)) {
      convention = PeriodConvention.OFFICIAL;
      code = s.substring(0, s.length() - OFFICIAL_SUFFIX.length());
    }
    try {
      ReportingPeriod calendar = parseCalendar(code);
      if (calendar != null) {
        return calendar.kind == PeriodKind.YEAR_TO_DATE
            ? yearToDate(convention, calendar.year, calendar.last())
            : calendar.withConvention(convention);
      }
    } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "cannot read \"" + s + "\" as a reporting period: " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "cannot read \""
            + s
            + "\" as a reporting period: expected 2024-05, 2024-Q3, 2024-H1, 2024-9M, 2024,"
            + " 2024-YTD@2024-11-14 or 2024-01-01..2024-11-14, the first six optionally followed"
            + " by /official");
  }

  private static @Nullable ReportingPeriod parseCalendar(String code) {
    Matcher month = MONTH.matcher(code);
    if (month.matches()) {
      return month(number(month, 1), number(month, 2));
    }
    Matcher quarter = QUARTER.matcher(code);
    if (quarter.matches()) {
      return quarter(number(quarter, 1), number(quarter, 2));
    }
    Matcher half = HALF.matcher(code);
    if (half.matches()) {
      return halfYear(number(half, 1), number(half, 2));
    }
    Matcher nine = NINE.matcher(code);
    if (nine.matches()) {
      return nineMonths(number(nine, 1));
    }
    Matcher year = YEAR.matcher(code);
    if (year.matches()) {
      return year(number(year, 1));
    }
    Matcher ytd = YTD.matcher(code);
    if (ytd.matches()) {
      LocalDate asOf = LocalDate.parse(ytd.group(2));
      // the convention is applied by the caller, which checks that asOf lies in the year
      return new ReportingPeriod(
          PeriodKind.YEAR_TO_DATE,
          PeriodConvention.CALENDAR,
          checkYear(number(ytd, 1)),
          0,
          DateRange.of(asOf, asOf));
    }
    Matcher custom = CUSTOM.matcher(code);
    if (custom.matches()) {
      return of(LocalDate.parse(custom.group(1)), LocalDate.parse(custom.group(2)));
    }
    return null;
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  // ---------------------------------------------------------------- object

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportingPeriod p
        && p.kind == kind
        && p.convention == convention
        && p.year == year
        && p.index == index
        && p.range.equals(range);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, convention, year, index, range);
  }

  /**
   * The period's code, which {@link #parse(CharSequence)} reads back: {@code 2024-Q3}, {@code
   * 2024-05/official}, {@code 2024-YTD@2024-11-14}, {@code 2024-01-01..2024-11-14}.
   */
  @Override
  public String toString() {
    String code =
        switch (kind) {
          case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, index);
          case QUARTER -> year + "-Q" + index;
          case HALF_YEAR -> year + "-H" + index;
          case NINE_MONTHS -> year + "-9M";
          case YEAR -> Integer.toString(year);
          case YEAR_TO_DATE -> year + "-YTD@" + range.last();
          case CUSTOM -> range.toString();
        };
    return convention == PeriodConvention.OFFICIAL ? code + OFFICIAL_SUFFIX : code;
  }
}
