package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.LifeEvent.Kind;
import io.github.dvckpi.words.Phrase;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The life of a dossier as the systems record it: its events in time order (registered, received,
 * in progress, supplementary documents requested and supplied, payment requested, withdrawn,
 * stopped, processed, result returned, or not accepted), its due date (ngày hẹn trả) if one is
 * given, and its procedure's statutory duration if it is known (to compute the due date, {@link
 * #computedDueDate(WorkingCalendar)}). The on-time rules ({@link OnTimeRule}) judge it.
 *
 * <p>A history is validated when built; an impossible one is rejected with an {@link
 * InvalidRecordException} naming the dossier, the event (its number, kind and time) and the rule,
 * in Vietnamese and English. The rules:
 *
 * <ul>
 *   <li>events are in time order (equal times keep the given order), and there is at least one;
 *   <li>registration can only be the first event; a dossier is received at most once;
 *   <li>every processing event (in progress, a request, a supplement, payment requested, stopped,
 *       processed, result returned) comes after the receipt; "not accepted" only before it;
 *   <li>no terminal status twice: processing ends once (withdrawn after receipt, stopped,
 *       processed, or result returned without "processed"); after "stopped" or "processed" only the
 *       result can be returned; after "not accepted", "withdrawn" or "result returned" nothing
 *       follows;
 *   <li>no supplement before its request: a supplement needs a request that is awaited; no second
 *       request while one is awaited; while one is awaited the dossier can only be supplied,
 *       stopped or withdrawn;
 *   <li>a received dossier has a due date or a statutory duration, and a due date is not before the
 *       day of receipt.
 * </ul>
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)}; {@link #of(Dossier)} gives
 * the history of an existing {@link Dossier}.
 */
public final class DossierHistory {

  private static final String TYPE = "Dossier";

  private final String dossierId;
  private final ImmutableList<LifeEvent> events;
  private final @Nullable LocalDate dueOn;
  private final @Nullable LocalTime dueTime;
  private final @Nullable StatutoryDuration duration;

  private DossierHistory(Builder b) {
    this.dossierId = b.dossierId;
    this.events = b.events.build();
    this.dueOn = b.dueOn;
    this.dueTime = b.dueTime;
    this.duration = b.duration;
    validate();
  }

  /**
   * A builder for the history of a dossier.
   *
   * @param dossierId the dossier's id (mã hồ sơ), not blank
   * @return a new builder
   * @throws InvalidRecordException if the id is blank
   */
  public static Builder builder(String dossierId) {
    return new Builder(InvalidRecordException.requireText(TYPE, "?", "id", dossierId));
  }

  /**
   * The history of an existing dossier: received on its intake date and, if resolved, ended on its
   * resolution date (granted as processed, refused as stopped, withdrawn as withdrawn; events at
   * midnight, their times not being known), due on its due date. The default rule ({@link
   * OnTimeRule#RESOLVED_VS_DUE}) judges it exactly as {@link Dossier#timelinessAsOf(LocalDate)}
   * does.
   *
   * @param dossier the dossier
   * @return its history
   */
  public static DossierHistory of(Dossier dossier) {
    Builder b = builder(dossier.id()).received(dossier.receivedOn().atStartOfDay());
    LocalDate resolved = dossier.resolvedOnOrNull();
    if (resolved != null) {
      Kind end =
          switch (dossier.outcome().orElseThrow()) {
            case GRANTED -> Kind.PROCESSED;
            case REFUSED -> Kind.STOPPED;
            case WITHDRAWN -> Kind.WITHDRAWN;
          };
      b.event(end, resolved.atStartOfDay());
    }
    return b.dueOn(dossier.dueOn()).build();
  }

  private void validate() {
    if (events.isEmpty()) {
      throw new InvalidRecordException(TYPE, dossierId, "history", both("dossier.history.empty"));
    }
    @Nullable LifeEvent received = null;
    @Nullable LifeEvent ended = null;
    @Nullable LifeEvent closed = null;
    @Nullable LifeEvent waiting = null;
    for (int i = 0; i < events.size(); i++) {
      LifeEvent e = events.get(i);
      Kind k = e.kind();
      if (i > 0 && e.at().isBefore(events.get(i - 1).at())) {
        throw broken(i, Phrase.of("dossier.rule.outOfOrder", events.get(i - 1).phrase()));
      }
      if (closed != null) {
        throw broken(
            i,
            k.endsProcessing()
                ? Phrase.of("dossier.rule.endedTwice", closed.phrase())
                : Phrase.of("dossier.rule.afterClose", closed.phrase()));
      }
      if (k == Kind.REGISTERED && i > 0) {
        throw broken(i, Phrase.of("dossier.rule.registeredNotFirst"));
      }
      if (k == Kind.RECEIVED && received != null) {
        throw broken(i, Phrase.of("dossier.rule.receivedTwice", received.phrase()));
      }
      if (k == Kind.NOT_ACCEPTED && received != null) {
        throw broken(i, Phrase.of("dossier.rule.notAcceptedAfterReceipt"));
      }
      boolean beforeReceipt =
          k == Kind.REGISTERED
              || k == Kind.RECEIVED
              || k == Kind.NOT_ACCEPTED
              || k == Kind.WITHDRAWN;
      if (received == null && !beforeReceipt) {
        throw broken(i, Phrase.of("dossier.rule.beforeReceipt"));
      }
      if (ended != null && k != Kind.RESULT_RETURNED) {
        throw broken(
            i,
            k.endsProcessing()
                ? Phrase.of("dossier.rule.endedTwice", ended.phrase())
                : Phrase.of("dossier.rule.afterEnd", ended.phrase()));
      }
      if (waiting != null) {
        if (k == Kind.SUPPLEMENT_REQUESTED) {
          throw broken(i, Phrase.of("dossier.rule.requestWhileWaiting", waiting.phrase()));
        }
        if (k != Kind.SUPPLEMENT_SUPPLIED && k != Kind.STOPPED && k != Kind.WITHDRAWN) {
          throw broken(i, Phrase.of("dossier.rule.whileWaiting", waiting.phrase()));
        }
      } else if (k == Kind.SUPPLEMENT_SUPPLIED) {
        throw broken(i, Phrase.of("dossier.rule.supplementWithoutRequest"));
      }
      switch (k) {
        case RECEIVED -> received = e;
        case SUPPLEMENT_REQUESTED -> waiting = e;
        case SUPPLEMENT_SUPPLIED -> waiting = null;
        case STOPPED, PROCESSED -> ended = e;
        case NOT_ACCEPTED, WITHDRAWN, RESULT_RETURNED -> closed = e;
        default -> {
          // registered, in progress, payment requested: nothing to remember
        }
      }
    }
    if (received != null && dueOn == null && duration == null) {
      throw new InvalidRecordException(
          TYPE, dossierId, "dueOn", both("dossier.history.missingDue"));
    }
    if (received != null && dueOn != null && dueOn.isBefore(received.date())) {
      throw new InvalidRecordException(
          TYPE,
          dossierId,
          "dueOn",
          both("dossier.history.dueBeforeReceipt", dueOn.toString(), received.phrase()));
    }
  }

  private InvalidRecordException broken(int index, Phrase rule) {
    LifeEvent e = events.get(index);
    return new InvalidRecordException(
        TYPE,
        dossierId,
        "history",
        Phrase.of("dossier.history.event", String.valueOf(index + 1), e.phrase(), rule).both());
  }

  private static String both(String key, Object... args) {
    return Phrase.of(key, args).both();
  }

  /**
   * The dossier's id (mã hồ sơ).
   *
   * @return the id
   */
  public String dossierId() {
    return dossierId;
  }

  /**
   * The events, in time order.
   *
   * @return the events, at least one
   */
  public ImmutableList<LifeEvent> events() {
    return events;
  }

  /**
   * The due date given by the system, if any.
   *
   * @return the given due date (ngày hẹn trả)
   */
  public Optional<LocalDate> dueOn() {
    return Optional.ofNullable(dueOn);
  }

  /**
   * The time of day of the given due date, if the system gives one (e.g. 17:00).
   *
   * @return the time, present only with {@link #dueOn()}
   */
  public Optional<LocalTime> dueTime() {
    return Optional.ofNullable(dueTime);
  }

  /**
   * The procedure's statutory duration, if known.
   *
   * @return the duration
   */
  public Optional<StatutoryDuration> duration() {
    return Optional.ofNullable(duration);
  }

  /**
   * When the dossier was received.
   *
   * @return the time of the receipt event, or empty if it never was (not accepted, withdrawn before
   *     receipt, or only registered)
   */
  public Optional<LocalDateTime> receivedAt() {
    return events.stream().filter(e -> e.kind() == Kind.RECEIVED).findFirst().map(LifeEvent::at);
  }

  /**
   * The event that ended processing, for the on-time rules: the first of withdrawn (after receipt),
   * stopped, processed and result returned. A dossier processed and then returned ends when it was
   * processed ("processed" is preferred over "result returned").
   *
   * @return the ending event, or empty while in progress (or never received)
   */
  public Optional<LifeEvent> endOfProcessing() {
    boolean received = false;
    for (LifeEvent e : events) {
      received |= e.kind() == Kind.RECEIVED;
      if (received && e.kind().endsProcessing()) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The status after the last event.
   *
   * @return the current status
   */
  public DossierStatus status() {
    return events.get(events.size() - 1).kind().status();
  }

  /**
   * The waits for the applicant, in order.
   *
   * @return each request for supplementary documents with its supplement, if any
   */
  public ImmutableList<SupplementPause> pauses() {
    ImmutableList.Builder<SupplementPause> out = ImmutableList.builder();
    @Nullable LocalDateTime requested = null;
    for (LifeEvent e : events) {
      if (e.kind() == Kind.SUPPLEMENT_REQUESTED) {
        requested = e.at();
      } else if (e.kind() == Kind.SUPPLEMENT_SUPPLIED && requested != null) {
        out.add(new SupplementPause(requested, Optional.of(e.at())));
        requested = null;
      }
    }
    if (requested != null) {
      out.add(new SupplementPause(requested, Optional.empty()));
    }
    return out.build();
  }

  /**
   * The due date computed from the receipt, the statutory duration and a calendar ({@link
   * StatutoryDuration#dueDate(LocalDateTime, WorkingCalendar)}), when both are known. Compare it
   * with {@link #dueOn()} to audit the system's own due date.
   *
   * @param calendar the working-day calendar
   * @return the computed due date, or empty without a receipt or a duration
   * @throws DateTimeException if a day is outside the calendar's range
   */
  public Optional<DueDate> computedDueDate(WorkingCalendar calendar) {
    requireNonNull(calendar, "calendar");
    StatutoryDuration d = duration;
    return d == null ? Optional.empty() : receivedAt().map(at -> d.dueDate(at, calendar));
  }

  /**
   * The due date the rules judge by: the given one, or else the computed one.
   *
   * @param calendar the working-day calendar, used only to compute
   * @return the due date, or empty if the dossier was never received
   * @throws DateTimeException if the due date must be computed and a day is outside the calendar's
   *     range
   */
  public Optional<LocalDate> dueDate(WorkingCalendar calendar) {
    LocalDate given = dueOn;
    return given != null
        ? receivedAt().map(at -> given)
        : computedDueDate(calendar).map(DueDate::dueOn);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DossierHistory h
        && dossierId.equals(h.dossierId)
        && events.equals(h.events)
        && Objects.equals(dueOn, h.dueOn)
        && Objects.equals(dueTime, h.dueTime)
        && Objects.equals(duration, h.duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dossierId, events, dueOn, dueTime, duration);
  }

  /** E.g. {@code DossierHistory[HS-1, due 2024-03-04, received 2024-02-05 00:00; processed …]}. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (LifeEvent e : events) {
      parts.add(e.toString());
    }
    return "DossierHistory["
        + dossierId
        + (dueOn == null ? "" : ", due " + dueOn + (dueTime == null ? "" : " " + dueTime))
        + (duration == null ? "" : ", " + duration)
        + ", "
        + String.join("; ", parts)
        + "]";
  }

  /** Builds a {@link DossierHistory}; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private final String dossierId;
    private final ImmutableList.Builder<LifeEvent> events = ImmutableList.builder();
    private boolean awaitingSupplement;
    private @Nullable LocalDate dueOn;
    private @Nullable LocalTime dueTime;
    private @Nullable StatutoryDuration duration;

    private Builder(String dossierId) {
      this.dossierId = dossierId;
    }

    /**
     * Adds an event.
     *
     * @param event the event, after the previous one
     * @return this builder
     */
    public Builder event(LifeEvent event) {
      events.add(requireNonNull(event, "event"));
      if (event.kind() == Kind.SUPPLEMENT_REQUESTED) {
        awaitingSupplement = true;
      } else if (event.kind() == Kind.SUPPLEMENT_SUPPLIED) {
        awaitingSupplement = false;
      }
      return this;
    }

    /**
     * Adds an event.
     *
     * @param kind what happened
     * @param at when, local time in Vietnam
     * @return this builder
     */
    public Builder event(Kind kind, LocalDateTime at) {
      return event(LifeEvent.of(kind, at));
    }

    /**
     * Adds a status change as the synchronisation data record it: a change to "in progress" (4)
     * while a supplement is awaited is the applicant's supplement.
     *
     * @param code the status code, 1 to 10
     * @param at when, local time in Vietnam
     * @return this builder
     * @throws IllegalArgumentException if the code is not 1 to 10
     */
    public Builder status(int code, LocalDateTime at) {
      DossierStatus status = DossierStatus.ofCode(code);
      if (status == DossierStatus.IN_PROGRESS && awaitingSupplement) {
        return event(Kind.SUPPLEMENT_SUPPLIED, at);
      }
      Kind kind =
          switch (status) {
            case REGISTERED -> Kind.REGISTERED;
            case RECEIVED -> Kind.RECEIVED;
            case NOT_ACCEPTED -> Kind.NOT_ACCEPTED;
            case IN_PROGRESS -> Kind.IN_PROGRESS;
            case SUPPLEMENT_REQUESTED -> Kind.SUPPLEMENT_REQUESTED;
            case PAYMENT_REQUESTED -> Kind.PAYMENT_REQUESTED;
            case WITHDRAWN -> Kind.WITHDRAWN;
            case STOPPED -> Kind.STOPPED;
            case PROCESSED -> Kind.PROCESSED;
            case RESULT_RETURNED -> Kind.RESULT_RETURNED;
          };
      return event(kind, at);
    }

    /**
     * Adds the receipt.
     *
     * @param at when the dossier was received
     * @return this builder
     */
    public Builder received(LocalDateTime at) {
      return event(Kind.RECEIVED, at);
    }

    /**
     * Adds a request for supplementary documents.
     *
     * @param at when they were requested
     * @return this builder
     */
    public Builder supplementRequested(LocalDateTime at) {
      return event(Kind.SUPPLEMENT_REQUESTED, at);
    }

    /**
     * Adds the applicant's supplement.
     *
     * @param at when the documents were supplied
     * @return this builder
     */
    public Builder supplementSupplied(LocalDateTime at) {
      return event(Kind.SUPPLEMENT_SUPPLIED, at);
    }

    /**
     * Adds the end of processing.
     *
     * @param at when the dossier was processed
     * @return this builder
     */
    public Builder processed(LocalDateTime at) {
      return event(Kind.PROCESSED, at);
    }

    /**
     * Sets the due date given by the system, without a time of day.
     *
     * @param dueOn the due date (ngày hẹn trả)
     * @return this builder
     */
    public Builder dueOn(LocalDate dueOn) {
      this.dueOn = requireNonNull(dueOn, "dueOn");
      this.dueTime = null;
      return this;
    }

    /**
     * Sets the due date and time given by the system (e.g. 17:00 on the day).
     *
     * @param dueAt the due date and time
     * @return this builder
     */
    public Builder dueAt(LocalDateTime dueAt) {
      this.dueOn = dueAt.toLocalDate();
      this.dueTime = dueAt.toLocalTime();
      return this;
    }

    /**
     * Sets the procedure's statutory duration.
     *
     * @param duration the duration and cut-off hour
     * @return this builder
     */
    public Builder duration(StatutoryDuration duration) {
      this.duration = requireNonNull(duration, "duration");
      return this;
    }

    /**
     * Builds the history.
     *
     * @return the history
     * @throws InvalidRecordException naming the dossier, the event and the rule it breaks
     */
    public DossierHistory build() {
      return new DossierHistory(this);
    }
  }
}
