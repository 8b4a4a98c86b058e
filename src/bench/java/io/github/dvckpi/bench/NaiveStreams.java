package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a developer writes without the library: {@code Collectors.groupingBy} on the group key, then
 * one filter-and-count per indicator, numerator and denominator, for each month. The month is not
 * part of the grouping key because each indicator places a dossier by a different date (intake,
 * resolution, state at the month's end); grouping by, say, the intake month would compute something
 * else for the resolution indicators.
 */
final class NaiveStreams {

  private NaiveStreams() {}

  static Map<String, long[]> figures(List<Dossier> dossiers, Buckets months) {
    Map<UnitTier, List<Dossier>> byGroup =
        dossiers.stream().collect(Collectors.groupingBy(d -> UnitTier.of(d.agency())));
    Map<String, long[]> out = new TreeMap<>();
    Indicator[] indicators = Indicator.values();
    byGroup.forEach(
        (group, list) -> {
          for (int m = 0; m < months.size(); m++) {
            DateRange p = months.get(m);
            long[] f = new long[2 * indicators.length];
            for (int i = 0; i < indicators.length; i++) {
              Predicate<Dossier> population = population(indicators[i], p);
              Predicate<Dossier> success = success(indicators[i], p);
              f[2 * i] = list.stream().filter(population).filter(success).count();
              f[2 * i + 1] = list.stream().filter(population).count();
            }
            out.put(Figures.key(group, m), f);
          }
        });
    return out;
  }

  private static boolean receivedIn(Dossier d, DateRange p) {
    return p.contains(d.receivedOn());
  }

  private static boolean resolvedIn(Dossier d, DateRange p) {
    return d.resolvedOn().map(p::contains).orElse(false);
  }

  private static boolean inProgressAtEnd(Dossier d, DateRange p) {
    LocalDate end = p.last();
    return !d.receivedOn().isAfter(end) && d.resolvedOn().map(r -> r.isAfter(end)).orElse(true);
  }

  private static boolean onTime(Dossier d) {
    return !d.resolvedOn().orElseThrow().isAfter(d.dueOn());
  }

  static Predicate<Dossier> population(Indicator indicator, DateRange p) {
    return switch (indicator) {
      case ONLINE_SUBMISSION_ELIGIBLE ->
          d -> receivedIn(d, p) && d.procedure().serviceLevel() != ServiceLevel.NOT_ONLINE;
      case ONLINE_SUBMISSION_ALL, INTAKE_DIGITIZATION -> d -> receivedIn(d, p);
      case FULL_ONLINE ->
          d -> receivedIn(d, p) && d.procedure().serviceLevel() == ServiceLevel.FULL_ONLINE;
      case RESULT_DIGITIZATION -> d -> resolvedIn(d, p) && d.issuesResult();
      case ONLINE_PAYMENT -> d -> receivedIn(d, p) && d.fee() > 0;
      case ON_TIME_RESOLVED -> d -> resolvedIn(d, p);
      case ON_TIME_INDEX_2_1 -> d -> resolvedIn(d, p) || inProgressAtEnd(d, p);
    };
  }

  static Predicate<Dossier> success(Indicator indicator, DateRange p) {
    return switch (indicator) {
      case ONLINE_SUBMISSION_ELIGIBLE, ONLINE_SUBMISSION_ALL, FULL_ONLINE -> Dossier::isFiledOnline;
      case INTAKE_DIGITIZATION -> Dossier::isIntakeDigitized;
      case RESULT_DIGITIZATION -> Dossier::isResultDigitized;
      case ONLINE_PAYMENT -> Dossier::isPaidOnline;
      case ON_TIME_RESOLVED -> NaiveStreams::onTime;
      case ON_TIME_INDEX_2_1 -> d -> resolvedIn(d, p) ? onTime(d) : !p.last().isAfter(d.dueOn());
    };
  }
}
