package io.github.dvckpi.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dvckpi.domain.DossierHistory;
import io.github.dvckpi.domain.LifeEvent.Kind;
import io.github.dvckpi.domain.StatutoryDuration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
   * The parts of a generated life.
   *
   * @param received when it was received
   * @param dueDays the given due date's distance from the receipt, or −1 for a statutory duration
   * @param durationDays the statutory duration in working days (used when {@code dueDays < 0})
   * @param cutOff whether the duration has a 15:00 cut-off hour
   * @param requestGaps days from the previous event to each request (0 to 2 of them)
   * @param waits days each request waited; −1 for the last if never supplied
   * @param endGap days from the last event to the end
   * @param end how it ends
   */
  public record Life(
      LocalDateTime received,
      int dueDays,
      int durationDays,
      boolean cutOff,
      int[] requestGaps,
      int[] waits,
      int endGap,
      End end) {

    /**
     * This life with one more request, supplied, inserted before the end.
     *
     * @param gap days from the receipt (or the last request) to the new request
     * @param wait days it waited, {@code >= 0}
     * @return the life with the pause
     */
    public Life withPause(int gap, int wait) {
      int n = requestGaps.length;
      int[] gaps = java.util.Arrays.copyOf(requestGaps, n + 1);
      int[] w = java.util.Arrays.copyOf(waits, n + 1);
      gaps[n] = gap;
      w[n] = wait;
      return new Life(received, dueDays, durationDays, cutOff, gaps, w, endGap, end);
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
      LocalDateTime t = received;
      boolean awaited = false;
      for (int i = 0; i < requestGaps.length; i++) {
        t = t.plusDays(requestGaps[i]).plusHours(1);
        b.supplementRequested(t);
        if (waits[i] >= 0) {
          t = t.plusDays(waits[i]).plusHours(1);
          b.supplementSupplied(t);
          awaited = false;
        } else {
          awaited = true;
        }
      }
      LocalDateTime at = t.plusDays(endGap).plusMinutes(30);
      if (awaited && end != End.NONE && end != End.STOPPED && end != End.WITHDRAWN) {
        return b.event(Kind.STOPPED, at).build();
      }
      switch (end) {
        case PROCESSED -> b.processed(at);
        case PROCESSED_AND_RETURNED -> b.processed(at).event(Kind.RESULT_RETURNED, at.plusDays(1));
        case RETURNED -> b.event(Kind.RESULT_RETURNED, at);
        case STOPPED -> b.event(Kind.STOPPED, at);
        case WITHDRAWN -> b.event(Kind.WITHDRAWN, at);
        case NONE -> {
          // still in progress
        }
      }
      return b.build();
    }
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
      int[] gaps = new int[n];
      int[] waits = new int[n];
      for (int i = 0; i < n; i++) {
        gaps[i] = gap.generate(in);
        int w = wait.generate(in);
        waits[i] = i < n - 1 ? Math.max(w, 0) : w;
      }
      return new Life(
          received,
          due.generate(in),
          duration.generate(in),
          flag.generate(in),
          gaps,
          waits,
          endGap.generate(in),
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
