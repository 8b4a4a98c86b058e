package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.words.Words;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A wait for the applicant: from a request for supplementary documents (yêu cầu bổ sung giấy tờ) to
 * the applicant's supplement, or still open.
 *
 * @param requestedAt when the documents were requested
 * @param suppliedAt when the applicant supplied them; empty while awaited, or if the dossier ended
 *     without them
 */
public record SupplementPause(LocalDateTime requestedAt, Optional<LocalDateTime> suppliedAt) {

  /**
   * Checks the parts.
   *
   * @param requestedAt when the documents were requested
   * @param suppliedAt when they were supplied, not before the request
   * @throws IllegalArgumentException if the supplement comes before the request
   */
  public SupplementPause {
    requireNonNull(requestedAt, "requestedAt");
    requireNonNull(suppliedAt, "suppliedAt");
    if (suppliedAt.filter(s -> s.isBefore(requestedAt)).isPresent()) {
      throw new IllegalArgumentException(
          Words.both(
              "dossier.pause.disordered", suppliedAt.get().toString(), requestedAt.toString()));
    }
  }

  /**
   * Whether the supplement is still awaited.
   *
   * @return true if {@link #suppliedAt()} is empty
   */
  public boolean isOpen() {
    return suppliedAt.isEmpty();
  }

  /**
   * The working days the wait took, which the rules that honour it do not count: the working days
   * after the request's day up to and including the supplement's day (the supplement's day is, like
   * a receipt's, the day counting resumes from).
   *
   * @param calendar the working-day calendar
   * @return {@code calendar.workingDaysBetween(request day, supplement day)}, or 0 while open
   * @throws DateTimeException if a day is outside the calendar's range
   */
  public int workingDays(WorkingCalendar calendar) {
    return suppliedAt
        .map(s -> calendar.workingDaysBetween(requestedAt.toLocalDate(), s.toLocalDate()))
        .orElse(0);
  }
}
