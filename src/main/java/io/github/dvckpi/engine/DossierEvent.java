package io.github.dvckpi.engine;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.Outcome;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a dossier, as a live dashboard receives it: received (tiếp nhận),
 * resolved (giải quyết), result digitized (số hóa kết quả), paid (thanh toán), corrected, or
 * deleted as entered by mistake.
 *
 * <p>Each event maps the dossier's current state to its next one ({@link #applyTo(Dossier)}); a
 * {@link LiveMonthlyTally} retracts the current state's contribution and adds the next one's.
 * Events are immutable values.
 */
public sealed interface DossierEvent {

  /**
   * The dossier the event is about.
   *
   * @return its id (mã hồ sơ)
   */
  String dossierId();

  /**
   * The dossier's state after the event.
   *
   * @param current its state before the event, or null if it is not known yet
   * @return its next state, or null if the event deletes it
   * @throws InvalidRecordException naming the dossier, if the event cannot apply to that state
   *     (e.g. a dossier received twice, or an event about a dossier never received)
   */
  @Nullable Dossier applyTo(@Nullable Dossier current);

  /**
   * A new dossier was received.
   *
   * @param dossier the dossier as received
   * @return the event
   */
  static DossierEvent received(Dossier dossier) {
    return new Received(dossier);
  }

  /**
   * A dossier was resolved (or refused, or withdrawn) on a date.
   *
   * @param dossierId the dossier's id
   * @param resolvedOn the day processing ended
   * @param outcome how it ended
   * @return the event
   */
  static DossierEvent resolved(String dossierId, LocalDate resolvedOn, Outcome outcome) {
    return new Resolved(dossierId, resolvedOn, outcome);
  }

  /**
   * A resolved dossier's result was digitized.
   *
   * @param dossierId the dossier's id
   * @return the event
   */
  static DossierEvent resultDigitized(String dossierId) {
    return new ResultDigitized(dossierId);
  }

  /**
   * A dossier's fee was paid.
   *
   * @param dossierId the dossier's id
   * @param online whether it was paid online (thanh toán trực tuyến)
   * @return the event
   */
  static DossierEvent paid(String dossierId, boolean online) {
    return new Paid(dossierId, online);
  }

  /**
   * A dossier's record was corrected: its new state replaces the old one whole.
   *
   * @param dossier the corrected dossier, with the same id
   * @return the event
   */
  static DossierEvent corrected(Dossier dossier) {
    return new Corrected(dossier);
  }

  /**
   * A dossier's record was deleted, e.g. entered by mistake.
   *
   * @param dossierId the dossier's id
   * @return the event
   */
  static DossierEvent deleted(String dossierId) {
    return new Deleted(dossierId);
  }

  private static Dossier known(@Nullable Dossier current, String id, String event) {
    if (current == null) {
      throw new InvalidRecordException(
          "Dossier", id, "id", "is not known: " + event + " before it was received");
    }
    return current;
  }

  /**
   * A new dossier was received.
   *
   * @param dossier the dossier as received
   */
  record Received(Dossier dossier) implements DossierEvent {
    /**
     * Validates the event.
     *
     * @param dossier the dossier as received
     */
    public Received {
      requireNonNull(dossier, "dossier");
    }

    @Override
    public String dossierId() {
      return dossier.id();
    }

    @Override
    public Dossier applyTo(@Nullable Dossier current) {
      if (current != null) {
        throw new InvalidRecordException(
            "Dossier", dossier.id(), "id", "was already received; send a correction to change it");
      }
      return dossier;
    }
  }

  /**
   * A dossier was resolved (or refused, or withdrawn) on a date.
   *
   * @param dossierId the dossier's id
   * @param resolvedOn the day processing ended
   * @param outcome how it ended
   */
  record Resolved(String dossierId, LocalDate resolvedOn, Outcome outcome) implements DossierEvent {
    /**
     * Validates the event.
     *
     * @param dossierId the dossier's id
     * @param resolvedOn the day processing ended
     * @param outcome how it ended
     */
    public Resolved {
      requireNonNull(dossierId, "dossierId");
      requireNonNull(resolvedOn, "resolvedOn");
      requireNonNull(outcome, "outcome");
    }

    @Override
    public Dossier applyTo(@Nullable Dossier current) {
      return known(current, dossierId, "resolved").toBuilder()
          .resolved(resolvedOn, outcome)
          .build();
    }
  }

  /**
   * A resolved dossier's result was digitized.
   *
   * @param dossierId the dossier's id
   */
  record ResultDigitized(String dossierId) implements DossierEvent {
    /**
     * Validates the event.
     *
     * @param dossierId the dossier's id
     */
    public ResultDigitized {
      requireNonNull(dossierId, "dossierId");
    }

    @Override
    public Dossier applyTo(@Nullable Dossier current) {
      return known(current, dossierId, "result digitized").toBuilder()
          .resultDigitized(true)
          .build();
    }
  }

  /**
   * A dossier's fee was paid.
   *
   * @param dossierId the dossier's id
   * @param online whether it was paid online
   */
  record Paid(String dossierId, boolean online) implements DossierEvent {
    /**
     * Validates the event.
     *
     * @param dossierId the dossier's id
     * @param online whether it was paid online
     */
    public Paid {
      requireNonNull(dossierId, "dossierId");
    }

    @Override
    public Dossier applyTo(@Nullable Dossier current) {
      return known(current, dossierId, "paid").toBuilder().paidOnline(online).build();
    }
  }

  /**
   * A dossier's record was corrected.
   *
   * @param dossier the corrected dossier
   */
  record Corrected(Dossier dossier) implements DossierEvent {
    /**
     * Validates the event.
     *
     * @param dossier the corrected dossier
     */
    public Corrected {
      requireNonNull(dossier, "dossier");
    }

    @Override
    public String dossierId() {
      return dossier.id();
    }

    @Override
    public Dossier applyTo(@Nullable Dossier current) {
      known(current, dossier.id(), "corrected");
      return dossier;
    }
  }

  /**
   * A dossier's record was deleted.
   *
   * @param dossierId the dossier's id
   */
  record Deleted(String dossierId) implements DossierEvent {
    /**
     * Validates the event.
     *
     * @param dossierId the dossier's id
     */
    public Deleted {
      requireNonNull(dossierId, "dossierId");
    }

    @Override
    public @Nullable Dossier applyTo(@Nullable Dossier current) {
      known(current, dossierId, "deleted");
      return null;
    }
  }
}
