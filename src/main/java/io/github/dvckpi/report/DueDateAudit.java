package io.github.dvckpi.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.DossierHistory;
import io.github.dvckpi.domain.DueDate;
import io.github.dvckpi.domain.StatutoryDuration;
import io.github.dvckpi.domain.WorkingCalendar;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.words.Words;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An audit of the systems' own due dates: for every dossier whose history gives both a due date
 * (ngày hẹn trả, as the system recorded it) and the procedure's statutory duration, the due date
 * computed from the receipt, the duration, its cut-off hour and a working-day calendar ({@link
 * DossierHistory#computedDueDate(WorkingCalendar)}), and the list of those where the two disagree,
 * with how many working days the given one is later (or, negative, earlier).
 *
 * <p>Such a list is a real finding about the data: a system that counts calendar days, forgets a
 * holiday or a swapped Saturday, or ignores the cut-off hour gives due dates that the Portal's
 * on-time figures then inherit.
 *
 * <pre>{@code
 * DueDateAudit audit = DueDateAudit.of(dossiers, WorkingCalendar.vietnam());
 * System.out.println(audit);                       // the Vietnamese list
 * audit.disagreements().get(0).workingDaysLater()  // e.g. -2: the system's date is 2 days early
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DueDateAudit {

  /**
   * One dossier whose given due date is not the computed one.
   *
   * @param dossierId the dossier's id
   * @param receivedAt when it was received
   * @param duration the procedure's statutory duration, with its cut-off hour if any
   * @param given the due date the system gave
   * @param computed the due date computed, with the days it skipped
   * @param workingDaysLater the working days from the computed date to the given one: positive if
   *     the given one is later, negative if earlier ({@link WorkingCalendar#workingDaysBetween})
   */
  public record Disagreement(
      String dossierId,
      LocalDateTime receivedAt,
      StatutoryDuration duration,
      LocalDate given,
      DueDate computed,
      int workingDaysLater) {

    /**
     * Checks the parts.
     *
     * @param dossierId the dossier's id
     * @param receivedAt when it was received
     * @param duration the statutory duration
     * @param given the given due date
     * @param computed the computed due date
     * @param workingDaysLater the working days from the computed date to the given one
     * @throws IllegalArgumentException if the given and computed dates are the same day
     */
    public Disagreement {
      requireNonNull(dossierId, "dossierId");
      requireNonNull(receivedAt, "receivedAt");
      requireNonNull(duration, "duration");
      requireNonNull(given, "given");
      requireNonNull(computed, "computed");
      if (given.equals(computed.dueOn())) {
        throw new IllegalArgumentException(
            "dossier " + dossierId + ": the given and computed due dates agree (" + given + ")");
      }
    }

    /**
     * The disagreement in words.
     *
     * @param locale the language
     * @return e.g. {@code HS-1: received 2024-02-05 16:00, 15 working days (cut-off 15:00): given
     *     2024-03-01, computed 2024-03-05 (2 working days earlier)}
     */
    public String describe(Locale locale) {
      Words words = Words.of(locale);
      String when =
          workingDaysLater > 0
              ? words.text("report.dueAudit.later", workingDaysLater)
              : workingDaysLater < 0
                  ? words.text("report.dueAudit.earlier", -workingDaysLater)
                  : words.text("report.dueAudit.sameCount");
      return words.text(
          "report.dueAudit.line",
          dossierId,
          receivedAt.toLocalDate() + " " + receivedAt.toLocalTime(),
          duration.cutOff().isPresent()
              ? words.text(
                  "report.dueAudit.durationCutOff",
                  duration.workingDays(),
                  duration.cutOff().get().toString())
              : words.text("report.dueAudit.duration", duration.workingDays()),
          given.toString(),
          computed.dueOn().toString(),
          when);
    }
  }

  private final long checked;
  private final ImmutableList<Disagreement> disagreements;

  private DueDateAudit(long checked, ImmutableList<Disagreement> disagreements) {
    this.checked = checked;
    this.disagreements = disagreements;
  }

  /**
   * Audits the due dates of dossiers: those with a {@link Dossier#history() history} that gives a
   * statutory duration are checked; the others are not counted.
   *
   * @param dossiers the dossiers, read once
   * @param calendar the working-day calendar to compute in
   * @return the audit
   * @throws DateTimeException if a checked dossier's days are outside the calendar's range
   */
  public static DueDateAudit of(Iterable<? extends Dossier> dossiers, WorkingCalendar calendar) {
    requireNonNull(dossiers, "dossiers");
    requireNonNull(calendar, "calendar");
    long checked = 0;
    ImmutableList.Builder<Disagreement> out = ImmutableList.builder();
    for (Dossier d : dossiers) {
      @Nullable DossierHistory h = d.historyOrNull();
      if (h == null || h.duration().isEmpty() || h.receivedAt().isEmpty()) {
        continue;
      }
      checked++;
      DueDate computed = h.computedDueDate(calendar).orElseThrow();
      LocalDate given = d.dueOn();
      if (!given.equals(computed.dueOn())) {
        out.add(
            new Disagreement(
                d.id(),
                h.receivedAt().get(),
                h.duration().get(),
                given,
                computed,
                calendar.workingDaysBetween(computed.dueOn(), given)));
      }
    }
    return new DueDateAudit(checked, out.build());
  }

  /**
   * The number of dossiers checked: those with a given due date and a statutory duration.
   *
   * @return the count
   */
  public long checked() {
    return checked;
  }

  /**
   * The dossiers whose given due date is not the computed one, in the order read.
   *
   * @return the disagreements
   */
  public ImmutableList<Disagreement> disagreements() {
    return disagreements;
  }

  /**
   * Whether every dossier checked agrees.
   *
   * @return true if there is no disagreement
   */
  public boolean agrees() {
    return disagreements.isEmpty();
  }

  /**
   * The audit in words: a summary line, then one line per disagreement.
   *
   * @param locale the language
   * @return the text
   */
  public String render(Locale locale) {
    Words words = Words.of(locale);
    StringBuilder out =
        new StringBuilder(
            words.text("report.dueAudit.summary", checked, (long) disagreements.size()));
    out.append('\n');
    for (Disagreement d : disagreements) {
      out.append("  ").append(d.describe(locale)).append('\n');
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DueDateAudit a
        && a.checked == checked
        && a.disagreements.equals(disagreements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(checked, disagreements);
  }

  /** The Vietnamese text, as {@link #render(Locale)} gives it. */
  @Override
  public String toString() {
    return render(RateFormat.VIETNAMESE);
  }
}
