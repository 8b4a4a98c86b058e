package io.github.dvckpi.indicator;

import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * A naive oracle: each indicator's population and success written directly from its definition in
 * {@code docs/indicators.md}, then filtered and counted. It shares no code with the counting core.
 */
public final class IndicatorOracle {

  private IndicatorOracle() {}

  public static Rate rate(Indicator indicator, List<Dossier> dossiers, DateRange period) {
    Predicate<Dossier> population = population(indicator, period);
    Predicate<Dossier> success = success(indicator, period);
    long d = dossiers.stream().filter(population).count();
    long n = dossiers.stream().filter(population).filter(success).count();
    return Rate.of(n, d);
  }

  private static boolean receivedIn(Dossier x, DateRange p) {
    return !x.receivedOn().isBefore(p.first()) && !x.receivedOn().isAfter(p.last());
  }

  private static boolean resolvedIn(Dossier x, DateRange p) {
    return x.resolvedOn().map(r -> !r.isBefore(p.first()) && !r.isAfter(p.last())).orElse(false);
  }

  private static boolean inProgressAtEnd(Dossier x, DateRange p) {
    LocalDate end = p.last();
    return !x.receivedOn().isAfter(end) && x.resolvedOn().map(r -> r.isAfter(end)).orElse(true);
  }

  private static Predicate<Dossier> population(Indicator indicator, DateRange p) {
    return switch (indicator) {
      case ONLINE_SUBMISSION_ELIGIBLE ->
          x -> receivedIn(x, p) && x.procedure().serviceLevel() != ServiceLevel.NOT_ONLINE;
      case ONLINE_SUBMISSION_ALL, INTAKE_DIGITIZATION -> x -> receivedIn(x, p);
      case FULL_ONLINE ->
          x -> receivedIn(x, p) && x.procedure().serviceLevel() == ServiceLevel.FULL_ONLINE;
      case RESULT_DIGITIZATION ->
          x ->
              resolvedIn(x, p)
                  && x.outcome().orElseThrow() == Outcome.GRANTED
                  && x.procedure().issuesResult();
      case ONLINE_PAYMENT -> x -> receivedIn(x, p) && x.fee() > 0;
      case ON_TIME_RESOLVED -> x -> resolvedIn(x, p);
      case ON_TIME_INDEX_2_1 -> x -> resolvedIn(x, p) || inProgressAtEnd(x, p);
    };
  }

  private static Predicate<Dossier> success(Indicator indicator, DateRange p) {
    return switch (indicator) {
      case ONLINE_SUBMISSION_ELIGIBLE, ONLINE_SUBMISSION_ALL, FULL_ONLINE ->
          x -> x.channel() == Channel.ONLINE;
      case INTAKE_DIGITIZATION -> Dossier::isIntakeDigitized;
      case RESULT_DIGITIZATION -> Dossier::isResultDigitized;
      case ONLINE_PAYMENT -> Dossier::isPaidOnline;
      case ON_TIME_RESOLVED -> x -> !x.resolvedOn().orElseThrow().isAfter(x.dueOn());
      case ON_TIME_INDEX_2_1 ->
          x ->
              resolvedIn(x, p)
                  ? !x.resolvedOn().orElseThrow().isAfter(x.dueOn())
                  : !p.last().isAfter(x.dueOn());
    };
  }
}
