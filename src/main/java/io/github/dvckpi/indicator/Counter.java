package io.github.dvckpi.indicator;

/**
 * The counters a {@link Tally} keeps for one group of dossiers over one period. Every indicator's
 * numerator and denominator is a sum of some of them.
 *
 * <p>Counters dated by intake count the dossiers received in the period; counters dated by
 * resolution count those resolved in it; the two in-progress counters count those received by the
 * period's last day and not resolved by then.
 */
public enum Counter {
  /** Received in the period (all channels). */
  RECEIVED(Dating.RECEIVED_ON),
  /** Received in the period, filed online. */
  RECEIVED_ONLINE(Dating.RECEIVED_ON),
  /** Received in the period, of a procedure provided online (full or partial). */
  ELIGIBLE(Dating.RECEIVED_ON),
  /** Received in the period, of a procedure provided online, filed online. */
  ELIGIBLE_ONLINE(Dating.RECEIVED_ON),
  /** Received in the period, of a procedure provided fully online (toàn trình). */
  FULL_ONLINE_ELIGIBLE(Dating.RECEIVED_ON),
  /** Received in the period, of a procedure provided fully online, filed online. */
  FULL_ONLINE_FILED(Dating.RECEIVED_ON),
  /** Received in the period with its components digitized at intake. */
  INTAKE_DIGITIZED(Dating.RECEIVED_ON),
  /** Received in the period with a non-zero fee. */
  FEE_CHARGED(Dating.RECEIVED_ON),
  /** Received in the period with a non-zero fee, paid online. */
  PAID_ONLINE(Dating.RECEIVED_ON),
  /** Resolved in the period before the due date (trước hạn). */
  RESOLVED_EARLY(Dating.RESOLVED_ON),
  /** Resolved in the period on the due date (đúng hạn). */
  RESOLVED_ON_TIME(Dating.RESOLVED_ON),
  /** Resolved in the period after the due date (quá hạn). */
  RESOLVED_LATE(Dating.RESOLVED_ON),
  /** Resolved in the period with a result document issued. */
  RESULT_ISSUED(Dating.RESOLVED_ON),
  /** Resolved in the period with a result document issued and digitized. */
  RESULT_DIGITIZED(Dating.RESOLVED_ON),
  /** In progress at the period's end, the due date not passed (trong hạn). */
  IN_PROGRESS_WITHIN_DEADLINE(Dating.PERIOD_END),
  /** In progress at the period's end, past the due date (quá hạn). */
  IN_PROGRESS_OVERDUE(Dating.PERIOD_END);

  private final Dating dating;

  Counter(Dating dating) {
    this.dating = dating;
  }

  /**
   * The date that places a dossier in this counter.
   *
   * @return the dating
   */
  public Dating dating() {
    return dating;
  }
}
