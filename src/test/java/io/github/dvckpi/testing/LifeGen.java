package io.github.dvckpi.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.DossierHistory;
import io.github.dvckpi.domain.LifeEvent;
import io.github.dvckpi.domain.LifeEvent.Kind;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.StatutoryDuration;
import io.github.dvckpi.domain.WorkingCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/**
 * Generators of dossier lives (histories) in 2024, valid by construction: a receipt, up to two
 * requests for supplementary documents (the last possibly never supplied), an end (processed,
 * possibly then returned; stopped; withdrawn; returned without "processed"; or none yet), a due
 * date given or a statutory duration with or without a cut-off hour.
 */
public final class LifeGen {

  private LifeGen() {}

  /** The first day dossiers are received. */
  public static final LocalDate START = LocalDate.of(2024, 1, 1);

  /** How a dossier ends in a generated life. */
  public enum End {
    /** Still in progress. */
    NONE,
    /** Processed. */
    PROCESSED,
    /** Processed, then the result returned. */
    PROCESSED_AND_RETURNED,
    /** The result returned, no "processed" recorded. */
    RETURNED,
    /** Processing stopped. */
    STOPPED,
    /** Withdrawn by the applicant. */
    WITHDRAWN
  }

  /**
   * The parts of a generated life, at absolute times.
   *
   * @param received when it was received
   * @param dueDays the given due date's distance from the receipt, or −1 for a statutory duration
   * @param durationDays the statutory duration in working days (used when {@code dueDays < 0})
   * @param cutOff whether the duration has a 15:00 cut-off hour
   * @param requests when each request for supplementary documents was made, in order
   * @param supplies when each was supplied; null for the last if never supplied
   * @param endAt when it ends, after every other event
   * @param end how it ends
   */
  public record Life(
      LocalDateTime received,
      int dueDays,
      int durationDays,
      boolean cutOff,
      List<LocalDateTime> requests,
      List<@Nullable LocalDateTime> supplies,
      LocalDateTime endAt,
      End end) {

    /**
     * This life with one request, supplied, at a given place, the end unmoved; only for a life
     * without requests.
     *
     * @param gap days from the receipt to the request
     * @param wait days it waited, {@code >= 0}
     * @return the life with the pause, or empty if the pause would not end before the end
     */
    public Optional<Life> withPause(int gap, int wait) {
      LocalDateTime request = received.plusDays(gap).plusHours(1);
      LocalDateTime supply = request.plusDays(wait).plusHours(1);
      if (!requests.isEmpty() || (end != End.NONE && !supply.isBefore(endAt))) {
        return Optional.empty();
      }
      return Optional.of(
          new Life(
              received,
              dueDays,
              durationDays,
              cutOff,
              List.of(request),
              List.of(supply),
              endAt,
              end));
    }

    /**
     * The history of this life.
     *
     * @param id the dossier's id
     * @return the history
     */
    public DossierHistory history(String id) {
      DossierHistory.Builder b = DossierHistory.builder(id).received(received);
      if (dueDays >= 0) {
        b.dueOn(received.toLocalDate().plusDays(dueDays));
      } else {
        StatutoryDuration d = StatutoryDuration.ofWorkingDays(durationDays);
        b.duration(cutOff ? d.withCutOff(LocalTime.of(15, 0)) : d);
      }
      boolean awaited = false;
      for (int i = 0; i < requests.size(); i++) {
        b.supplementRequested(requests.get(i));
        LocalDateTime supplied = supplies.get(i);
        awaited = supplied == null;
        if (supplied != null) {
          b.supplementSupplied(supplied);
        }
      }
      if (awaited && end != End.NONE && end != End.STOPPED && end != End.WITHDRAWN) {
        return b.event(Kind.STOPPED, endAt).build();
      }
      switch (end) {
        case PROCESSED -> b.processed(endAt);
        case PROCESSED_AND_RETURNED ->
            b.processed(endAt).event(Kind.RESULT_RETURNED, endAt.plusDays(1));
        case RETURNED -> b.event(Kind.RESULT_RETURNED, endAt);
        case STOPPED -> b.event(Kind.STOPPED, endAt);
        case WITHDRAWN -> b.event(Kind.WITHDRAWN, endAt);
        case NONE -> {
          // still in progress
        }
      }
      return b.build();
    }
  }

  /**
   * A dossier living a life: its dates from the history (a computed due date given as the
   * dossier's), granted when processed or returned, refused when stopped, withdrawn when withdrawn.
   *
   * @param life the life
   * @param id the dossier's id
   * @param agency an index into {@link DomainGen#AGENCIES}
   * @return the dossier with its history
   */
  public static Dossier dossier(Life life, String id, int agency) {
    Life given =
        life.dueDays() >= 0
            ? life
            : new Life(
                life.received(),
                (int)
                    java.time.temporal.ChronoUnit.DAYS.between(
                        life.received().toLocalDate(),
                        life.history(id)
                            .computedDueDate(WorkingCalendar.vietnam())
                            .orElseThrow()
                            .dueOn()),
                life.durationDays(),
                life.cutOff(),
                life.requests(),
                life.supplies(),
                life.endAt(),
                life.end());
    DossierHistory h = given.history(id);
    Dossier.Builder b =
        Dossier.builder()
            .id(id)
            .agency(DomainGen.AGENCIES.get(agency % DomainGen.AGENCIES.size()))
            .procedure(DomainGen.PROCEDURES.get(0))
            .channel(Channel.ONLINE)
            .receivedOn(given.received().toLocalDate())
            .dueOn(h.dueOn().orElseThrow())
            .history(h);
    Optional<LifeEvent> end = h.endOfProcessing();
    if (end.isPresent()) {
      Outcome o =
          switch (end.get().kind()) {
            case STOPPED -> Outcome.REFUSED;
            case WITHDRAWN -> Outcome.WITHDRAWN;
            default -> Outcome.GRANTED;
          };
      b.resolved(end.get().date(), o);
    }
    return b.build();
  }

  /**
   * Lives with up to a number of requests for supplementary documents.
   *
   * @param maxRequests 0, 1 or 2
   * @return the generator
   */
  public static Gen<Life> lives(int maxRequests) {
    Gen<Integer> day = integers().between(0, 330);
    Gen<Integer> hour = integers().between(7, 17);
    Gen<Integer> due = integers().between(-1, 30);
    Gen<Integer> duration = integers().between(0, 20);
    Gen<Boolean> flag = booleans().all();
    Gen<Integer> count = integers().between(0, maxRequests);
    Gen<Integer> gap = integers().between(0, 12);
    Gen<Integer> wait = integers().between(-1, 10);
    Gen<Integer> endGap = integers().between(0, 30);
    Gen<Integer> end = integers().between(0, End.values().length - 1);
    return in -> {
      LocalDateTime received = START.plusDays(day.generate(in)).atTime(hour.generate(in), 15);
      int n = count.generate(in);
      List<LocalDateTime> requests = new ArrayList<>();
      List<@Nullable LocalDateTime> supplies = new ArrayList<>();
      LocalDateTime t = received;
      for (int i = 0; i < n; i++) {
        t = t.plusDays(gap.generate(in)).plusHours(1);
        requests.add(t);
        int w = wait.generate(in);
        if (w < 0 && i == n - 1) {
          supplies.add(null);
        } else {
          t = t.plusDays(Math.max(w, 0)).plusHours(1);
          supplies.add(t);
        }
      }
      return new Life(
          received,
          due.generate(in),
          duration.generate(in),
          flag.generate(in),
          requests,
          supplies,
          t.plusDays(endGap.generate(in)).plusMinutes(30),
          End.values()[end.generate(in)]);
    };
  }

  /**
   * Days to judge lives on: from the start of 2024 to a little beyond the year.
   *
   * @return the generator
   */
  public static Gen<LocalDate> days() {
    return integers().between(0, 420).map(START::plusDays);
  }
}
