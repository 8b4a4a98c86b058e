package io.github.dvckpi.indicator;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import java.time.LocalDate;

/**
 * Something that happened to a dossier, as a live dashboard receives it: received (tiếp nhận),
 * resolved (giải quyết), result digitized (số hóa kết quả), paid (thanh toán), corrected, or
 * deleted as entered by mistake. Each carries the dossier's id and only what changed.
 *
 * <p>A {@link LiveTally} applies it ({@link LiveTally#apply(DossierEvent)}): it retracts the
 * dossier's current contribution and adds its next one. Events are immutable values.
 */
public sealed interface DossierEvent {

  /**
   * The dossier the event is about.
   *
   * @return its id (mã hồ sơ)
   */
  String dossierId();

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
  }
}
