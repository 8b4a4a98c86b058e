package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.LifeEvent.Kind;
import io.github.dvckpi.words.Words;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule that says whether a dossier was handled on time (đúng hạn): it classifies a {@link
 * DossierHistory} as of a day — the last day of a period — into one {@link Timeliness}: resolved
 * early, on time or late, or still in progress within the deadline or overdue. Each rule is a named
 * value, so a figure can say which rule made it; none is chosen silently.
 *
 * <p>Every rule places a dossier the same way: it counts as of a day once it was received on or
 * before that day; it is resolved (early, on time or late) once its end of processing ({@link
 * DossierHistory#endOfProcessing()}) happened on or before that day, and in progress otherwise. So
 * the partitions hold under every rule: early + on time + late = the dossiers ended by the day,
 * within deadline + overdue = those received and not ended. The rules differ in what they compare:
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>rule</th><th>supplementation</th><th>compares</th><th>early, on time</th></tr>
 *   <tr><td>{@link #RESOLVED_VS_DUE}</td><td>not considered</td><td>dates</td>
 *       <td>before, on the due date</td></tr>
 *   <tr><td>{@link #PORTAL_INDEX_2_1}</td><td>waits not counted; more than one request is late;
 *       judged at the request while awaited</td><td>date and time, when the due date has a time</td>
 *       <td>before, on the due date</td></tr>
 *   <tr><td>{@link #DATES_ONLY}</td><td>as the Portal</td><td>dates</td>
 *       <td>before, on the due date</td></tr>
 *   <tr><td>{@link #LATE_RATE_COMPLEMENT}</td><td>not considered</td><td>dates</td>
 *       <td>on or before the due date; never "on time"</td></tr>
 * </table>
 *
 * <p>The due date is the one the history gives, or else the one computed from the receipt, the
 * statutory duration and the calendar ("without a due date, on time if the working time used ≤ the
 * statutory duration" is the same judgement). A wait for the applicant moves the due date by its
 * working days ({@link SupplementPause#workingDays(WorkingCalendar)}). Sources and certainty:
 * {@code docs/timeliness.md}.
 */
public enum OnTimeRule {
  /**
   * The library's rule until now, the default: the end of processing's date against the due date
   * (earlier: early; the same day: on time; later: late); a dossier in progress is overdue once the
   * day is past its due date. Supplementation is not considered: the due date is taken to reflect
   * it already. On a history made {@link DossierHistory#of(Dossier) of a Dossier} it gives exactly
   * {@link Dossier#timelinessAsOf(LocalDate)}, so no earlier figure changes.
   */
  RESOLVED_VS_DUE("resolved-vs-due", false, false, Certainty.VERIFIED),

  /**
   * The National Public Service Portal's rule for index 2.1 of Quyết định 766/QĐ-TTg (secondary: a
   * transcription of the Portal's technical note): on time when the end of processing is not after
   * the due date (by date and time when the due date has a time); the end is the first terminal
   * status (withdrawn after receipt, stopped, processed, result returned; processed preferred over
   * result returned); the time between a request for supplementary documents and the applicant's
   * supplement is not counted; more than one request is late; a dossier still waiting for the
   * applicant is judged at the request's date; a dossier with no terminal status is judged at the
   * day given (the period's last day).
   */
  PORTAL_INDEX_2_1("portal-index-2.1", true, false, Certainty.SECONDARY),

  /**
   * The Portal's rule as systems that keep only dates apply it (a local variant, secondary):
   * supplementation as {@link #PORTAL_INDEX_2_1}, but the end's date against the due date (a time
   * of day is ignored).
   */
  DATES_ONLY("dates-only", true, false, Certainty.SECONDARY),

  /**
   * "Tỉ lệ đúng hạn = 100% − tỉ lệ trễ hạn", a provincial publication whose late rate counts the
   * overdue dossiers still in progress (verified on a province's portal): late = resolved after the
   * due date + in progress past it, over all dossiers to handle; a dossier resolved on or before
   * its due date is early (sớm) — the rule has no separate "on time". Supplementation is not
   * considered. Its published figure, 100% − (late + overdue) / all, is (early + within deadline) /
   * all: the index-2.1 formula over this rule's classes.
   */
  LATE_RATE_COMPLEMENT("late-rate-complement", false, true, Certainty.VERIFIED);

  private final String key;
  private final boolean honoursSupplementation;
  private final boolean earlyIncludesDueDay;
  private final Certainty certainty;

  OnTimeRule(
      String key,
      boolean honoursSupplementation,
      boolean earlyIncludesDueDay,
      Certainty certainty) {
    this.key = key;
    this.honoursSupplementation = honoursSupplementation;
    this.earlyIncludesDueDay = earlyIncludesDueDay;
    this.certainty = certainty;
  }

  /**
   * The default rule, which keeps every earlier figure.
   *
   * @return {@link #RESOLVED_VS_DUE}
   */
  public static OnTimeRule defaultRule() {
    return RESOLVED_VS_DUE;
  }

  /**
   * The rule of a key.
   *
   * @param key e.g. {@code portal-index-2.1}
   * @return the rule
   * @throws IllegalArgumentException naming the key and the known ones
   */
  public static OnTimeRule fromKey(String key) {
    for (OnTimeRule rule : values()) {
      if (rule.key.equals(key)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        Words.both(
            "dossier.rule.unknown",
            key,
            "resolved-vs-due, portal-index-2.1, dates-only, late-rate-complement"));
  }

  /**
   * The key files and the command line use.
   *
   * @return e.g. {@code portal-index-2.1}
   */
  public String key() {
    return key;
  }

  /**
   * How sure the description of the rule is.
   *
   * @return the certainty of the rule's source
   */
  public Certainty certainty() {
    return certainty;
  }

  /**
   * The rule's name in a language, as a report prints it.
   *
   * @param locale the language
   * @return e.g. {@code quy tắc của Cổng DVC quốc gia (chỉ số 2.1)} / {@code the National Public
   *     Service Portal's rule (index 2.1)}
   */
  public String displayName(Locale locale) {
    return Words.of(locale).text("dossier.onTimeRule." + key);
  }

  /**
   * What this rule calls a class of the date comparison ({@link Dossier#timelinessAsOf(LocalDate)})
   * for a dossier known only by its dates (no supplementation, no time of day): the class itself,
   * except that {@link #LATE_RATE_COMPLEMENT} calls "on time" early. So {@code
   * classify(DossierHistory.of(d), calendar, day)} is {@code
   * ofDateComparison(d.timelinessAsOf(day))} for every dossier received by the day, and a count
   * needs the whole history only for the dossiers that have one.
   *
   * @param byDates the class the date comparison gives
   * @return the class under this rule
   */
  public Timeliness ofDateComparison(Timeliness byDates) {
    requireNonNull(byDates, "byDates");
    return earlyIncludesDueDay && byDates == Timeliness.ON_TIME ? Timeliness.EARLY : byDates;
  }

  /**
   * Where a dossier stands as of a day under this rule.
   *
   * @param history the dossier's life
   * @param calendar the working-day calendar, for computed due dates and waits for the applicant
   * @param asOf the day of the judgement: the last day of the period
   * @return its timeliness, or empty if it was not received on or before {@code asOf}
   * @throws DateTimeException if the calendar is needed and a day is outside its range
   */
  public Optional<Timeliness> classify(
      DossierHistory history, WorkingCalendar calendar, LocalDate asOf) {
    requireNonNull(history, "history");
    requireNonNull(calendar, "calendar");
    requireNonNull(asOf, "asOf");
    Optional<LocalDateTime> received = history.receivedAt();
    if (received.isEmpty() || received.get().toLocalDate().isAfter(asOf)) {
      return Optional.empty();
    }
    LocalDate due = history.dueDate(calendar).orElseThrow();
    @Nullable LifeEvent end = null;
    @Nullable LocalDateTime awaitedSince = null;
    int requests = 0;
    int paused = 0;
    for (LifeEvent e : history.events()) {
      if (e.date().isAfter(asOf)) {
        break;
      }
      if (e.kind() == Kind.SUPPLEMENT_REQUESTED) {
        requests++;
        awaitedSince = e.at();
      } else if (e.kind() == Kind.SUPPLEMENT_SUPPLIED && awaitedSince != null) {
        paused += calendar.workingDaysBetween(awaitedSince.toLocalDate(), e.date());
        awaitedSince = null;
      }
      if (e.kind().endsProcessing()) {
        end = e;
        break;
      }
    }
    if (!honoursSupplementation) {
      return Optional.of(
          end != null ? byDate(end.date(), due, null, null) : open(asOf, due, null, null));
    }
    if (requests > 1) {
      return Optional.of(end != null ? Timeliness.LATE : Timeliness.OVERDUE);
    }
    LocalDate moved = paused > 0 ? calendar.plusWorkingDays(due, paused) : due;
    @Nullable LocalTime dueTime = this == PORTAL_INDEX_2_1 ? history.dueTime().orElse(null) : null;
    if (awaitedSince != null) {
      // the clock stopped at the request, and the supplement had not come by the end (or the day)
      LocalDate day = awaitedSince.toLocalDate();
      LocalTime time = awaitedSince.toLocalTime();
      return Optional.of(
          end != null ? byDate(day, moved, time, dueTime) : open(day, moved, time, dueTime));
    }
    if (end != null) {
      return Optional.of(byDate(end.date(), moved, end.at().toLocalTime(), dueTime));
    }
    return Optional.of(open(asOf, moved, LocalTime.MAX, dueTime));
  }

  private Timeliness byDate(
      LocalDate end, LocalDate due, @Nullable LocalTime endTime, @Nullable LocalTime dueTime) {
    int c = end.compareTo(due);
    if (c < 0) {
      return Timeliness.EARLY;
    }
    if (c > 0 || late(endTime, dueTime)) {
      return Timeliness.LATE;
    }
    return earlyIncludesDueDay ? Timeliness.EARLY : Timeliness.ON_TIME;
  }

  private static Timeliness open(
      LocalDate day, LocalDate due, @Nullable LocalTime time, @Nullable LocalTime dueTime) {
    int c = day.compareTo(due);
    return c > 0 || (c == 0 && late(time, dueTime))
        ? Timeliness.OVERDUE
        : Timeliness.IN_PROGRESS_WITHIN_DEADLINE;
  }

  private static boolean late(@Nullable LocalTime time, @Nullable LocalTime dueTime) {
    return time != null && dueTime != null && time.isAfter(dueTime);
  }

  /** The key, e.g. {@code portal-index-2.1}. */
  @Override
  public String toString() {
    return key;
  }
}
