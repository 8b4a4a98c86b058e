package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.words.Phrase;
import io.github.dvckpi.words.Words;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Something that happened to a dossier, at a local time in Vietnam: a change to one of the ten
 * synchronisation statuses ({@link DossierStatus}), or the applicant's supplement after a request
 * for supplementary documents (after which the dossier is in progress again).
 *
 * @param kind what happened
 * @param at when, local time in Vietnam (UTC+7); a date without a time is its midnight
 */
public record LifeEvent(LifeEvent.Kind kind, LocalDateTime at) {

  /** What can happen to a dossier. */
  public enum Kind {
    /** Registered (status 1). */
    REGISTERED(DossierStatus.REGISTERED),
    /** Received (status 2). */
    RECEIVED(DossierStatus.RECEIVED),
    /** Not accepted at intake (status 3). */
    NOT_ACCEPTED(DossierStatus.NOT_ACCEPTED),
    /** In progress (status 4). */
    IN_PROGRESS(DossierStatus.IN_PROGRESS),
    /**
     * Supplementary documents requested (status 5): the clock of the rules that honour it stops.
     */
    SUPPLEMENT_REQUESTED(DossierStatus.SUPPLEMENT_REQUESTED),
    /** The applicant supplied the documents requested: in progress again (status 4). */
    SUPPLEMENT_SUPPLIED(DossierStatus.IN_PROGRESS),
    /** Payment requested (status 6). */
    PAYMENT_REQUESTED(DossierStatus.PAYMENT_REQUESTED),
    /** Withdrawn at the applicant's request (status 7). */
    WITHDRAWN(DossierStatus.WITHDRAWN),
    /** Processing stopped (status 8). */
    STOPPED(DossierStatus.STOPPED),
    /** Processed (status 9). */
    PROCESSED(DossierStatus.PROCESSED),
    /** The result returned (status 10). */
    RESULT_RETURNED(DossierStatus.RESULT_RETURNED);

    private final DossierStatus status;

    Kind(DossierStatus status) {
      this.status = status;
    }

    /**
     * The status the dossier is in after an event of this kind.
     *
     * @return the status; {@link DossierStatus#IN_PROGRESS} after a supplement
     */
    public DossierStatus status() {
      return status;
    }

    /**
     * Whether an event of this kind ends processing, for the on-time rules: withdrawn (after
     * receipt), stopped, processed, result returned.
     *
     * @return true for {@link #WITHDRAWN}, {@link #STOPPED}, {@link #PROCESSED}, {@link
     *     #RESULT_RETURNED}
     */
    public boolean endsProcessing() {
      return this == WITHDRAWN || this == STOPPED || this == PROCESSED || this == RESULT_RETURNED;
    }

    /**
     * The kind's name in a language.
     *
     * @param locale the language
     * @return e.g. {@code công dân bổ sung hồ sơ} / {@code supplement supplied}
     */
    public String displayName(Locale locale) {
      return Words.of(locale).text(key());
    }

    String key() {
      return this == SUPPLEMENT_SUPPLIED ? "dossier.event.supplied" : status.key();
    }
  }

  /**
   * Checks the parts.
   *
   * @param kind what happened
   * @param at when
   */
  public LifeEvent {
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
  }

  /**
   * An event at a time.
   *
   * @param kind what happened
   * @param at when, local time in Vietnam
   * @return the event
   */
  public static LifeEvent of(Kind kind, LocalDateTime at) {
    return new LifeEvent(kind, at);
  }

  /**
   * An event on a day whose time is not known: at the day's midnight.
   *
   * @param kind what happened
   * @param on the day
   * @return the event
   */
  public static LifeEvent of(Kind kind, LocalDate on) {
    return new LifeEvent(kind, on.atStartOfDay());
  }

  /**
   * The day it happened.
   *
   * @return {@code at().toLocalDate()}
   */
  public LocalDate date() {
    return at.toLocalDate();
  }

  /** The event as a phrase: its kind and time. */
  Phrase phrase() {
    return Phrase.of("dossier.event", Phrase.of(kind.key()), at.toString().replace('T', ' '));
  }

  /**
   * The event in words.
   *
   * @param locale the language
   * @return e.g. {@code yêu cầu bổ sung giấy tờ, 2024-03-04 10:00}
   */
  public String format(Locale locale) {
    return phrase().in(locale);
  }

  /** In English, e.g. {@code supplementary documents requested, 2024-03-04 10:00}. */
  @Override
  public String toString() {
    return format(Words.ENGLISH);
  }
}
