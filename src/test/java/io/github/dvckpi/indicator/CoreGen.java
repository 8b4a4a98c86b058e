package io.github.dvckpi.indicator;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.period.PeriodConvention;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.testing.DomainGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators for the core's properties: buckets around the dates of {@link DomainGen}'s dossiers
 * (2024 to early 2025) of every kind (one bucket, calendar months, official months, years to date,
 * any split), and dossier lists with unique ids.
 */
final class CoreGen {

  private CoreGen() {}

  /** Buckets that cover every generated dossier's dates and more: January 2024 to June 2025. */
  static final Buckets ALL =
      Buckets.months(
          DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)),
          PeriodConvention.CALENDAR);

  /** Buckets of every kind over periods within 2024 and a little beyond. */
  static Gen<Buckets> buckets() {
    Gen<DateRange> ranges = DomainGen.periods();
    Gen<Integer> kind = integers().between(0, 4);
    Gen<Integer> cuts = integers().between(1, 30);
    Gen<Integer> asOf = integers().between(0, 365);
    return in -> {
      DateRange range = ranges.generate(in);
      switch (kind.generate(in)) {
        case 0:
          return Buckets.of(range);
        case 1:
          return Buckets.months(range, PeriodConvention.CALENDAR);
        case 2:
          return Buckets.months(range, PeriodConvention.OFFICIAL);
        case 3:
          {
            LocalDate last = LocalDate.of(2024, 1, 1).plusDays(asOf.generate(in));
            return Buckets.months(ReportingPeriod.yearToDate(2024, last));
          }
        default:
          {
            List<DateRange> split = new ArrayList<>();
            LocalDate from = range.first();
            while (!from.isAfter(range.last())) {
              LocalDate to = from.plusDays(cuts.generate(in) - 1L);
              to = to.isAfter(range.last()) ? range.last() : to;
              split.add(DateRange.of(from, to));
              from = to.plusDays(1);
            }
            return Buckets.split(split);
          }
      }
    };
  }

  /** Lists of up to {@code max} dossiers whose ids are unique ({@code D<position>}). */
  static Gen<List<Dossier>> uniqueDossiers(int max) {
    return DomainGen.dossierLists(max).map(CoreGen::renumber);
  }

  static List<Dossier> renumber(List<Dossier> list) {
    List<Dossier> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(list.get(i).toBuilder().id("D" + i).build());
    }
    return out;
  }
}
