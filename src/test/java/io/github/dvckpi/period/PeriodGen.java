package io.github.dvckpi.period;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.quicktheories.core.Gen;

/** Generators of reporting periods of every kind and both conventions. */
public final class PeriodGen {

  private PeriodGen() {}

  /**
   * Years around the present, including leap years and century years.
   *
   * @return years 1990 to 2110
   */
  public static Gen<Integer> years() {
    return integers().between(1990, 2110);
  }

  /**
   * The conventions.
   *
   * @return calendar or official
   */
  public static Gen<PeriodConvention> conventions() {
    return integers().between(0, 1).map(i -> PeriodConvention.values()[i]);
  }

  /**
   * Periods of every kind, in both conventions (custom ranges in the calendar one).
   *
   * @return the generator
   */
  public static Gen<ReportingPeriod> periods() {
    Gen<Integer> kind = integers().between(0, PeriodKind.values().length - 1);
    Gen<Integer> year = years();
    Gen<Integer> month = integers().between(1, 12);
    Gen<Integer> day = integers().between(0, 364);
    Gen<Integer> length = integers().between(0, 800);
    Gen<PeriodConvention> convention = conventions();
    return in -> {
      int y = year.generate(in);
      PeriodConvention c = convention.generate(in);
      ReportingPeriod calendar =
          switch (PeriodKind.values()[kind.generate(in)]) {
            case MONTH -> ReportingPeriod.month(y, month.generate(in));
            case QUARTER -> ReportingPeriod.quarter(y, (month.generate(in) + 2) / 3);
            case HALF_YEAR -> ReportingPeriod.halfYear(y, month.generate(in) <= 6 ? 1 : 2);
            case NINE_MONTHS -> ReportingPeriod.nineMonths(y);
            case YEAR -> ReportingPeriod.year(y);
            case YEAR_TO_DATE -> ytd(y, c, day.generate(in));
            case CUSTOM -> {
              LocalDate first = LocalDate.of(y, 1, 1).plusDays(day.generate(in));
              yield ReportingPeriod.of(first, first.plusDays(length.generate(in)));
            }
          };
      return calendar.kind() == PeriodKind.CUSTOM ? calendar : calendar.withConvention(c);
    };
  }

  private static ReportingPeriod ytd(int year, PeriodConvention c, int day) {
    LocalDate asOf = ReportingPeriod.year(year).withConvention(c).first().plusDays(day);
    return ReportingPeriod.yearToDate(year, asOf, c);
  }
}
