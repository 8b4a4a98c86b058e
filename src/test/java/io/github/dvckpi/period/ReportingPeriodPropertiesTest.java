package io.github.dvckpi.period;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Dating;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.testing.DomainGen;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The laws of reporting periods. */
class ReportingPeriodPropertiesTest {

  @Test
  void parseInvertsToString() {
    qt().forAll(PeriodGen.periods()).check(p -> ReportingPeriod.parse(p.toString()).equals(p));
  }

  @Test
  void monthsOfAYearCoverEveryDayOfItExactlyOnce() {
    qt().forAll(PeriodGen.years(), PeriodGen.conventions(), integers().between(0, 365))
        .check(
            (year, convention, offset) -> {
              ReportingPeriod whole = ReportingPeriod.year(year).withConvention(convention);
              LocalDate day = whole.first().plusDays(offset);
              long holding =
                  ReportingPeriod.monthsOf(year, convention).stream()
                      .filter(m -> m.contains(day))
                      .count();
              return holding == (whole.contains(day) ? 1 : 0);
            });
  }

  @Test
  void consecutiveMonthsLeaveNoGapAndNoOverlap() {
    qt().forAll(PeriodGen.years(), PeriodGen.conventions())
        .check(
            (year, convention) -> {
              List<ReportingPeriod> months = ReportingPeriod.monthsOf(year, convention);
              ReportingPeriod whole = ReportingPeriod.year(year).withConvention(convention);
              ReportingPeriod nextYear = ReportingPeriod.year(year + 1).withConvention(convention);
              boolean chained = true;
              for (int i = 1; i < months.size(); i++) {
                chained &= months.get(i).first().equals(months.get(i - 1).last().plusDays(1));
              }
              return chained
                  && months.get(0).first().equals(whole.first())
                  && months.get(11).last().equals(whole.last())
                  && nextYear.first().equals(whole.last().plusDays(1));
            });
  }

  @Test
  void monthsOfAPeriodCoverItExactly() {
    qt().forAll(PeriodGen.periods())
        .assuming(p -> p.kind() != PeriodKind.YEAR_TO_DATE && p.kind() != PeriodKind.CUSTOM)
        .check(
            p -> {
              List<ReportingPeriod> months = p.months();
              long days = months.stream().mapToLong(ReportingPeriod::days).sum();
              return days == p.days()
                  && months.get(0).first().equals(p.first())
                  && months.get(months.size() - 1).last().equals(p.last())
                  && months.stream().allMatch(m -> m.convention() == p.convention());
            });
  }

  @Test
  void aYearsReceivedOnCountsEqualTheSumOfItsMonths() {
    qt().forAll(DomainGen.dossierLists(80), PeriodGen.conventions())
        .check(
            (dossiers, convention) -> {
              ReportingPeriod year = ReportingPeriod.year(2024).withConvention(convention);
              Tally whole = Tally.of(dossiers, year.range());
              Tally sum = Tally.empty();
              for (ReportingPeriod month : year.months()) {
                sum = sum.plus(Tally.of(dossiers, month.range()));
              }
              for (Counter counter : Counter.values()) {
                if (counter.dating() != Dating.PERIOD_END
                    && whole.count(counter) != sum.count(counter)) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void containsAgreesWithTheRange() {
    qt().forAll(PeriodGen.periods(), integers().between(-400, 800))
        .check(
            (p, offset) -> {
              LocalDate day = p.first().plusDays(offset);
              return p.contains(day) == (!day.isBefore(p.first()) && !day.isAfter(p.last()))
                  && p.range().contains(day) == p.contains(day);
            });
  }

  @Test
  void aDossierIsPlacedInExactlyOneMonthByEachOfItsDates() {
    qt().forAll(DomainGen.dossiers(), PeriodGen.conventions())
        .check(
            (Dossier d, PeriodConvention convention) -> {
              ReportingPeriod year = ReportingPeriod.year(2024).withConvention(convention);
              long receivedIn =
                  year.months().stream().filter(m -> m.contains(d.receivedOn())).count();
              return receivedIn == (year.contains(d.receivedOn()) ? 1 : 0);
            });
  }
}
