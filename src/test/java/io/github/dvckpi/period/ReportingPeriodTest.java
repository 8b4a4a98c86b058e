package io.github.dvckpi.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.dvckpi.rate.RateFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Examples of reporting periods: ranges, labels, codes and failures. */
class ReportingPeriodTest {

  private static final Locale VI = RateFormat.VIETNAMESE;
  private static final Locale EN = RateFormat.ENGLISH;

  private static DateRange range(String first, String last) {
    return DateRange.of(LocalDate.parse(first), LocalDate.parse(last));
  }

  @Test
  void calendarRanges() {
    assertThat(ReportingPeriod.month(2024, 2).range()).isEqualTo(range("2024-02-01", "2024-02-29"));
    assertThat(ReportingPeriod.month(YearMonth.of(2023, 2)).range())
        .isEqualTo(range("2023-02-01", "2023-02-28"));
    assertThat(ReportingPeriod.quarter(2024, 3).range())
        .isEqualTo(range("2024-07-01", "2024-09-30"));
    assertThat(ReportingPeriod.firstHalf(2024).range())
        .isEqualTo(range("2024-01-01", "2024-06-30"));
    assertThat(ReportingPeriod.secondHalf(2024).range())
        .isEqualTo(range("2024-07-01", "2024-12-31"));
    assertThat(ReportingPeriod.nineMonths(2024).range())
        .isEqualTo(range("2024-01-01", "2024-09-30"));
    assertThat(ReportingPeriod.year(2024).range()).isEqualTo(range("2024-01-01", "2024-12-31"));
    assertThat(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14)).range())
        .isEqualTo(range("2024-01-01", "2024-11-14"));
    assertThat(ReportingPeriod.yearToDate(LocalDate.of(2024, 3, 5)).range())
        .isEqualTo(range("2024-01-01", "2024-03-05"));
    assertThat(ReportingPeriod.of(range("2024-03-05", "2024-04-01")).range())
        .isEqualTo(range("2024-03-05", "2024-04-01"));
  }

  @Test
  void officialRangesFollowTheCutOffOfDecree09() {
    assertThat(ReportingPeriod.month(2024, 5).official().range())
        .isEqualTo(range("2024-04-15", "2024-05-14"));
    assertThat(ReportingPeriod.month(2024, 1).official().range())
        .isEqualTo(range("2023-12-15", "2024-01-14"));
    assertThat(ReportingPeriod.quarter(2024, 1).official().range())
        .isEqualTo(range("2023-12-15", "2024-03-14"));
    assertThat(ReportingPeriod.quarter(2024, 3).official().range())
        .isEqualTo(range("2024-06-15", "2024-09-14"));
    assertThat(ReportingPeriod.firstHalf(2024).official().range())
        .isEqualTo(range("2023-12-15", "2024-06-14"));
    assertThat(ReportingPeriod.secondHalf(2024).official().range())
        .isEqualTo(range("2024-06-15", "2024-12-14"));
    assertThat(ReportingPeriod.nineMonths(2024).official().range())
        .isEqualTo(range("2023-12-15", "2024-09-14"));
    assertThat(ReportingPeriod.year(2024).official().range())
        .isEqualTo(range("2023-12-15", "2024-12-14"));
    assertThat(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14)).official().range())
        .isEqualTo(range("2023-12-15", "2024-11-14"));
    assertThat(
            ReportingPeriod.yearToDate(2025, LocalDate.of(2024, 12, 20), PeriodConvention.OFFICIAL)
                .range())
        .isEqualTo(range("2024-12-15", "2024-12-20"));
  }

  @Test
  void conventionIsPartOfTheIdentity() {
    ReportingPeriod calendar = ReportingPeriod.month(2024, 5);
    ReportingPeriod official = calendar.official();
    assertThat(official).isNotEqualTo(calendar);
    assertThat(official.isOfficial()).isTrue();
    assertThat(calendar.isOfficial()).isFalse();
    assertThat(official.convention()).isEqualTo(PeriodConvention.OFFICIAL);
    assertThat(official.calendar()).isEqualTo(calendar);
    assertThat(calendar.calendar()).isSameAs(calendar);
    assertThat(official.label(VI)).isNotEqualTo(calendar.label(VI));
    assertThat(official.toString()).isEqualTo("2024-05/official");
  }

  @Test
  void vietnameseLabels() {
    assertThat(ReportingPeriod.month(2024, 5).label(VI)).isEqualTo("Tháng 5/2024");
    assertThat(ReportingPeriod.quarter(2024, 3).label(VI)).isEqualTo("Quý III/2024");
    assertThat(ReportingPeriod.quarter(2024, 4).label(VI)).isEqualTo("Quý IV/2024");
    assertThat(ReportingPeriod.firstHalf(2024).label(VI)).isEqualTo("6 tháng đầu năm 2024");
    assertThat(ReportingPeriod.secondHalf(2024).label(VI)).isEqualTo("6 tháng cuối năm 2024");
    assertThat(ReportingPeriod.nineMonths(2024).label(VI)).isEqualTo("9 tháng đầu năm 2024");
    assertThat(ReportingPeriod.year(2024).label(VI)).isEqualTo("Năm 2024");
    assertThat(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14)).label(VI))
        .isEqualTo("Từ đầu năm 2024 đến ngày 14/11/2024");
    assertThat(ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 14)).label(VI))
        .isEqualTo("Từ ngày 01/01/2024 đến ngày 14/11/2024");
    assertThat(ReportingPeriod.month(2024, 5).official().label(VI))
        .isEqualTo("Tháng 5/2024 (theo Nghị định 09/2019/NĐ-CP)");
    assertThat(ReportingPeriod.month(2024, 5).official().rangeLabel(VI))
        .isEqualTo("15/04/2024–14/05/2024");
  }

  @Test
  void englishLabels() {
    assertThat(ReportingPeriod.month(2024, 5).label(EN)).isEqualTo("May 2024");
    assertThat(ReportingPeriod.quarter(2024, 3).label(EN)).isEqualTo("Q3 2024");
    assertThat(ReportingPeriod.firstHalf(2024).label(EN)).isEqualTo("H1 2024");
    assertThat(ReportingPeriod.nineMonths(2024).label(EN)).isEqualTo("First 9 months of 2024");
    assertThat(ReportingPeriod.year(2024).label(EN)).isEqualTo("Year 2024");
    assertThat(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14)).label(EN))
        .isEqualTo("Year to date 2024, to 2024-11-14");
    assertThat(ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 14)).label(EN))
        .isEqualTo("2024-01-01 to 2024-11-14");
    assertThat(ReportingPeriod.year(2024).official().label(EN))
        .isEqualTo("Year 2024 (Decree 09/2019/NĐ-CP cut-off)");
    assertThat(ReportingPeriod.year(2024).official().rangeLabel(EN))
        .isEqualTo("2023-12-15 to 2024-12-14");
  }

  @Test
  void codes() {
    assertThat(ReportingPeriod.month(2024, 5)).hasToString("2024-05");
    assertThat(ReportingPeriod.quarter(2024, 3)).hasToString("2024-Q3");
    assertThat(ReportingPeriod.secondHalf(2024)).hasToString("2024-H2");
    assertThat(ReportingPeriod.nineMonths(2024)).hasToString("2024-9M");
    assertThat(ReportingPeriod.year(2024)).hasToString("2024");
    assertThat(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14)))
        .hasToString("2024-YTD@2024-11-14");
    assertThat(ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 14)))
        .hasToString("2024-01-01..2024-11-14");
    assertThat(ReportingPeriod.parse(" 2024-Q3/official "))
        .isEqualTo(ReportingPeriod.quarter(2024, 3).official());
    assertThat(ReportingPeriod.parse("2025-YTD@2024-12-20/official").first())
        .isEqualTo(LocalDate.of(2024, 12, 15));
  }

  @Test
  void parseNamesTheTextAndTheFormsItAccepts() {
    assertThatThrownBy(() -> ReportingPeriod.parse("Q3 2024"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Q3 2024\"")
        .hasMessageContaining("2024-Q3");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a month is 1 to 12, got 13");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-Q5"))
        .hasMessageContaining("a quarter is 1 to 4");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-H3"))
        .hasMessageContaining("a half-year is 1 or 2");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-01-01..2024-02-01/official"))
        .hasMessageContaining("no official cut-off");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-YTD@2024-12-20/official"))
        .hasMessageContaining("must end within");
    assertThatThrownBy(() -> ReportingPeriod.parse("2024-02-30..2024-03-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-02-30");
    assertThatThrownBy(() -> ReportingPeriod.parse("0999"))
        .hasMessageContaining("a reporting year is 1000 to 9999, got 999");
  }

  @Test
  void badArgumentsFailWithTheValue() {
    assertThatThrownBy(() -> ReportingPeriod.month(2024, 0)).hasMessageContaining("got 0");
    assertThatThrownBy(() -> ReportingPeriod.quarter(2024, 0)).hasMessageContaining("got 0");
    assertThatThrownBy(() -> ReportingPeriod.halfYear(2024, 3)).hasMessageContaining("got 3");
    assertThatThrownBy(() -> ReportingPeriod.year(10_000)).hasMessageContaining("got 10000");
    assertThatThrownBy(() -> ReportingPeriod.yearToDate(2024, LocalDate.of(2025, 1, 1)))
        .hasMessageContaining("2025-01-01");
    assertThatThrownBy(() -> ReportingPeriod.of(LocalDate.of(999, 12, 1), LocalDate.of(1000, 1, 1)))
        .hasMessageContaining("got 999");
  }

  @Test
  void conventionChangesThatCannotBeFail() {
    ReportingPeriod custom = ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    assertThatThrownBy(custom::official)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2024-01-01..2024-02-01");
    assertThat(custom.convention()).isEqualTo(PeriodConvention.CALENDAR);
    ReportingPeriod lateDecember = ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 12, 20));
    assertThatThrownBy(lateDecember::official)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2024-12-20");
    ReportingPeriod officialDecember =
        ReportingPeriod.yearToDate(2025, LocalDate.of(2024, 12, 20), PeriodConvention.OFFICIAL);
    assertThatThrownBy(officialDecember::calendar).isInstanceOf(IllegalStateException.class);
    assertThat(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 6, 1)).official().calendar())
        .isEqualTo(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 6, 1)));
  }

  @Test
  void monthsOfPeriods() {
    assertThat(ReportingPeriod.quarter(2024, 2).months())
        .containsExactly(
            ReportingPeriod.month(2024, 4),
            ReportingPeriod.month(2024, 5),
            ReportingPeriod.month(2024, 6));
    assertThat(ReportingPeriod.month(2024, 2).official().months())
        .containsExactly(ReportingPeriod.month(2024, 2).official());
    assertThat(ReportingPeriod.secondHalf(2024).months()).hasSize(6);
    assertThat(ReportingPeriod.nineMonths(2024).official().months()).hasSize(9);
    assertThat(ReportingPeriod.monthsOf(2024, PeriodConvention.OFFICIAL).get(0).first())
        .isEqualTo(LocalDate.of(2023, 12, 15));
    assertThatThrownBy(() -> ReportingPeriod.yearToDate(LocalDate.of(2024, 3, 1)).months())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void accessors() {
    ReportingPeriod p = ReportingPeriod.quarter(2024, 1).official();
    assertThat(p.kind()).isEqualTo(PeriodKind.QUARTER);
    assertThat(p.year()).isEqualTo(2024);
    assertThat(p.first()).isEqualTo(LocalDate.of(2023, 12, 15));
    assertThat(p.last()).isEqualTo(LocalDate.of(2024, 3, 14));
    assertThat(p.days()).isEqualTo(91);
    assertThat(p.contains(LocalDate.of(2023, 12, 15))).isTrue();
    assertThat(p.contains(LocalDate.of(2024, 3, 15))).isFalse();
    assertThat(PeriodConvention.OFFICIAL.displayName(VI)).isEqualTo("theo Nghị định 09/2019/NĐ-CP");
    assertThat(PeriodConvention.CALENDAR.displayName(EN)).isEqualTo("calendar");
  }

  @Test
  void equalityByKindConventionAndDays() {
    new EqualsTester()
        .addEqualityGroup(ReportingPeriod.month(2024, 5), ReportingPeriod.parse("2024-05"))
        .addEqualityGroup(ReportingPeriod.month(2024, 5).official())
        .addEqualityGroup(ReportingPeriod.month(2024, 6))
        .addEqualityGroup(ReportingPeriod.year(2024))
        .addEqualityGroup(ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .addEqualityGroup(ReportingPeriod.quarter(2024, 1))
        .addEqualityGroup(ReportingPeriod.halfYear(2024, 1))
        .testEquals();
  }
}
