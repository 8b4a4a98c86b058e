package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.words.Phrase;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dossier (hồ sơ): one application for one procedure, handled by one agency.
 *
 * <p>It records what the indicators need: how it was filed ({@link Channel}), when it was received
 * (tiếp nhận), when it was due (ngày hẹn trả) and, once resolved, when and how ({@link Outcome}),
 * whether its result was digitized (số hóa kết quả), whether its components were digitized at
 * intake (số hóa hồ sơ), the fee charged in whole đồng and whether it was paid online. Timeliness
 * (early, on time, late) is derived from the dates, never stored.
 *
 * <p>A dossier can carry its life as the systems record it ({@link #history()}: statuses,
 * supplementation requests, the time of day of its receipt and end), for the on-time rules that
 * look at more than dates ({@link OnTimeRule}). The history must tell the same dates as the
 * dossier: received on {@link #receivedOn()}, ended ({@link DossierHistory#endOfProcessing()}) on
 * {@link #resolvedOn()}, due on {@link #dueOn()}. A dossier without one behaves exactly as before.
 *
 * <p>Impossible states are rejected with an {@link InvalidRecordException} naming the dossier and
 * the field: resolved before received, due before received, a resolution date without an outcome
 * (or the reverse), a digitized result without a granted resolution of a procedure that issues one,
 * a negative fee, a fee on a procedure that charges none, paid online without a fee.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}.
 */
public final class Dossier {

  private static final String TYPE = "Dossier";

  private final String id;
  private final Procedure procedure;
  private final Agency agency;
  private final Channel channel;
  private final LocalDate receivedOn;
  private final LocalDate dueOn;
  private final @Nullable LocalDate resolvedOn;
  private final @Nullable Outcome outcome;
  private final boolean resultDigitized;
  private final boolean intakeDigitized;
  private final long fee;
  private final boolean paidOnline;
  private final @Nullable DossierHistory history;

  private Dossier(Builder b) {
    String recordId = b.id == null ? "?" : b.id;
    this.id = InvalidRecordException.requireText(TYPE, recordId, "id", b.id);
    this.procedure = InvalidRecordException.require(TYPE, recordId, "procedure", b.procedure);
    this.agency = InvalidRecordException.require(TYPE, recordId, "agency", b.agency);
    this.channel = InvalidRecordException.require(TYPE, recordId, "channel", b.channel);
    this.receivedOn = InvalidRecordException.require(TYPE, recordId, "receivedOn", b.receivedOn);
    this.dueOn = InvalidRecordException.require(TYPE, recordId, "dueOn", b.dueOn);
    this.resolvedOn = b.resolvedOn;
    this.outcome = b.outcome;
    this.resultDigitized = b.resultDigitized;
    this.intakeDigitized = b.intakeDigitized;
    this.fee = b.fee;
    this.paidOnline = b.paidOnline;
    this.history = b.history;
    validate();
    validateHistory();
  }

  private void validateHistory() {
    DossierHistory h = history;
    if (h == null) {
      return;
    }
    if (!h.dossierId().equals(id)) {
      throw invalid("history", Phrase.of("dossier.withHistory.otherId", h.dossierId()).both());
    }
    String received = h.receivedAt().map(at -> at.toLocalDate().toString()).orElse("—");
    if (!received.equals(receivedOn.toString())) {
      throw invalid(
          "history",
          Phrase.of("dossier.withHistory.received", received, receivedOn.toString()).both());
    }
    String ended = h.endOfProcessing().map(e -> e.date().toString()).orElse("—");
    String resolved = resolvedOn == null ? "—" : resolvedOn.toString();
    if (!ended.equals(resolved)) {
      throw invalid("history", Phrase.of("dossier.withHistory.resolved", ended, resolved).both());
    }
    String due = h.dueOn().map(LocalDate::toString).orElse("—");
    if (!due.equals(dueOn.toString())) {
      throw invalid("history", Phrase.of("dossier.withHistory.due", due, dueOn.toString()).both());
    }
  }

  private void validate() {
    if (dueOn.isBefore(receivedOn)) {
      throw invalid("dueOn", dueOn + " is before receivedOn " + receivedOn);
    }
    if (resolvedOn != null && resolvedOn.isBefore(receivedOn)) {
      throw invalid("resolvedOn", resolvedOn + " is before receivedOn " + receivedOn);
    }
    if (resolvedOn != null && outcome == null) {
      throw invalid("outcome", "is missing although the dossier was resolved on " + resolvedOn);
    }
    if (resolvedOn == null && outcome != null) {
      throw invalid("outcome", outcome + " is given but resolvedOn is missing");
    }
    if (resultDigitized && !issuesResult()) {
      throw invalid(
          "resultDigitized",
          "is true but no result document was issued (outcome "
              + outcome
              + ", procedure issues result: "
              + procedure.issuesResult()
              + ")");
    }
    if (fee < 0) {
      throw invalid("fee", "is negative: " + fee);
    }
    if (fee > 0 && !procedure.chargesFee()) {
      throw invalid("fee", "is " + fee + " but procedure " + procedure.code() + " charges no fee");
    }
    if (paidOnline && fee == 0) {
      throw invalid("paidOnline", "is true but no fee was charged");
    }
  }

  private InvalidRecordException invalid(String field, String reason) {
    return new InvalidRecordException(TYPE, id, field, reason);
  }

  /**
   * A builder with no field set; {@code id}, {@code procedure}, {@code agency}, {@code channel},
   * {@code receivedOn} and {@code dueOn} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this dossier's fields, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.procedure = procedure;
    b.agency = agency;
    b.channel = channel;
    b.receivedOn = receivedOn;
    b.dueOn = dueOn;
    b.resolvedOn = resolvedOn;
    b.outcome = outcome;
    b.resultDigitized = resultDigitized;
    b.intakeDigitized = intakeDigitized;
    b.fee = fee;
    b.paidOnline = paidOnline;
    b.history = history;
    return b;
  }

  /**
   * The dossier's identifier (mã hồ sơ).
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The procedure applied for.
   *
   * @return the procedure
   */
  public Procedure procedure() {
    return procedure;
  }

  /**
   * The agency handling the dossier.
   *
   * @return the agency
   */
  public Agency agency() {
    return agency;
  }

  /**
   * The tier of the handling agency.
   *
   * @return {@code agency().tier()}
   */
  public AdministrativeLevel tier() {
    return agency.tier();
  }

  /**
   * How the dossier was filed.
   *
   * @return the channel
   */
  public Channel channel() {
    return channel;
  }

  /**
   * Whether it was filed online.
   *
   * @return true for {@link Channel#ONLINE}
   */
  public boolean isFiledOnline() {
    return channel == Channel.ONLINE;
  }

  /**
   * The intake date (ngày tiếp nhận).
   *
   * @return the date received
   */
  public LocalDate receivedOn() {
    return receivedOn;
  }

  /**
   * The promised return date (ngày hẹn trả).
   *
   * @return the due date, not before {@link #receivedOn()}
   */
  public LocalDate dueOn() {
    return dueOn;
  }

  /**
   * The date processing ended (resolved, refused or withdrawn), if it has.
   *
   * @return the resolution date, or empty while in progress
   */
  public Optional<LocalDate> resolvedOn() {
    return Optional.ofNullable(resolvedOn);
  }

  /**
   * The resolution date, or null while in progress: for hot loops that must not allocate.
   *
   * @return the resolution date or null
   */
  public @Nullable LocalDate resolvedOnOrNull() {
    return resolvedOn;
  }

  /**
   * Whether processing has ended.
   *
   * @return true if {@link #resolvedOn()} is present
   */
  public boolean isResolved() {
    return resolvedOn != null;
  }

  /**
   * How processing ended, if it has.
   *
   * @return the outcome, present exactly when {@link #resolvedOn()} is
   */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Whether a result document was issued: granted, for a procedure that issues one.
   *
   * @return true if the dossier belongs to the population of result digitization
   */
  public boolean issuesResult() {
    return outcome == Outcome.GRANTED && procedure.issuesResult();
  }

  /**
   * Whether the result was issued or stored digitally (số hóa kết quả giải quyết TTHC).
   *
   * @return true if digitized
   */
  public boolean isResultDigitized() {
    return resultDigitized;
  }

  /**
   * Whether the dossier's components were digitized at intake (số hóa hồ sơ).
   *
   * @return true if digitized
   */
  public boolean isIntakeDigitized() {
    return intakeDigitized;
  }

  /**
   * The fee and charges (phí, lệ phí) charged, in whole đồng.
   *
   * @return the fee, {@code >= 0}
   */
  public long fee() {
    return fee;
  }

  /**
   * Whether the fee was paid online (thanh toán trực tuyến).
   *
   * @return true if paid online; never true without a fee
   */
  public boolean isPaidOnline() {
    return paidOnline;
  }

  /**
   * The dossier's life as the systems record it, if given.
   *
   * @return the history, telling the same receipt, end and due dates as the dossier
   */
  public Optional<DossierHistory> history() {
    return Optional.ofNullable(history);
  }

  /**
   * The history, or null without one: for hot loops that must not allocate.
   *
   * @return the history or null
   */
  public @Nullable DossierHistory historyOrNull() {
    return history;
  }

  /**
   * Where the dossier stands on a day under an on-time rule: the rule judges its {@link #history()}
   * if it has one, or else the history of its dates ({@link DossierHistory#of(Dossier)}). Under
   * {@link OnTimeRule#RESOLVED_VS_DUE} it is {@link #timelinessAsOf(LocalDate)}.
   *
   * @param rule the on-time rule
   * @param calendar the working-day calendar, for the waits for the applicant
   * @param asOf the day of the assessment, not before {@link #receivedOn()}
   * @return the timeliness
   * @throws IllegalArgumentException if {@code asOf} is before the receipt
   * @throws java.time.DateTimeException if the calendar is needed and a day is outside its range
   */
  public Timeliness timelinessAsOf(OnTimeRule rule, WorkingCalendar calendar, LocalDate asOf) {
    requireNonNull(rule, "rule");
    requireNonNull(calendar, "calendar");
    requireNonNull(asOf, "asOf");
    if (asOf.isBefore(receivedOn)) {
      throw new IllegalArgumentException(
          Phrase.of(
                  "dossier.withHistory.judgedBeforeReceipt",
                  id,
                  asOf.toString(),
                  receivedOn.toString())
              .both());
    }
    DossierHistory h = history;
    if (h == null) {
      return rule.ofDateComparison(timelinessAsOf(asOf));
    }
    return rule.classify(h, calendar, asOf).orElseThrow();
  }

  /**
   * Where the dossier stands against its due date on a given day. If it was resolved on or before
   * that day: early, on time or late; otherwise in progress within the deadline (the day is not
   * after the due date) or overdue.
   *
   * @param asOf the day of the assessment
   * @return the timeliness
   */
  public Timeliness timelinessAsOf(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    if (resolvedOn != null && !resolvedOn.isAfter(asOf)) {
      int c = resolvedOn.compareTo(dueOn);
      return c < 0 ? Timeliness.EARLY : c == 0 ? Timeliness.ON_TIME : Timeliness.LATE;
    }
    return asOf.isAfter(dueOn) ? Timeliness.OVERDUE : Timeliness.IN_PROGRESS_WITHIN_DEADLINE;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Dossier d)) {
      return false;
    }
    return id.equals(d.id)
        && procedure.equals(d.procedure)
        && agency.equals(d.agency)
        && channel == d.channel
        && receivedOn.equals(d.receivedOn)
        && dueOn.equals(d.dueOn)
        && Objects.equals(resolvedOn, d.resolvedOn)
        && outcome == d.outcome
        && resultDigitized == d.resultDigitized
        && intakeDigitized == d.intakeDigitized
        && fee == d.fee
        && paidOnline == d.paidOnline
        && Objects.equals(history, d.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        procedure,
        agency,
        channel,
        receivedOn,
        dueOn,
        resolvedOn,
        outcome,
        resultDigitized,
        intakeDigitized,
        fee,
        paidOnline,
        history);
  }

  @Override
  public String toString() {
    return "Dossier["
        + id
        + ", procedure "
        + procedure.code()
        + ", agency "
        + agency.code()
        + ", "
        + channel
        + ", received "
        + receivedOn
        + ", due "
        + dueOn
        + (resolvedOn == null ? ", in progress" : ", " + outcome + " " + resolvedOn)
        + (resultDigitized ? ", result digitized" : "")
        + (intakeDigitized ? ", intake digitized" : "")
        + (fee > 0 ? ", fee " + fee + (paidOnline ? " paid online" : "") : "")
        + (history == null ? "" : ", " + history.events().size() + " events")
        + "]";
  }

  /** Builds a {@link Dossier}; not thread-safe. Every setter returns this builder. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Procedure procedure;
    private @Nullable Agency agency;
    private @Nullable Channel channel;
    private @Nullable LocalDate receivedOn;
    private @Nullable LocalDate dueOn;
    private @Nullable LocalDate resolvedOn;
    private @Nullable Outcome outcome;
    private boolean resultDigitized;
    private boolean intakeDigitized;
    private long fee;
    private boolean paidOnline;
    private @Nullable DossierHistory history;

    private Builder() {}

    /**
     * Sets the identifier.
     *
     * @param id the dossier's id (mã hồ sơ)
     * @return this builder
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the procedure.
     *
     * @param procedure the procedure applied for
     * @return this builder
     */
    public Builder procedure(Procedure procedure) {
      this.procedure = requireNonNull(procedure, "procedure");
      return this;
    }

    /**
     * Sets the handling agency.
     *
     * @param agency the agency
     * @return this builder
     */
    public Builder agency(Agency agency) {
      this.agency = requireNonNull(agency, "agency");
      return this;
    }

    /**
     * Sets the channel.
     *
     * @param channel how it was filed
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = requireNonNull(channel, "channel");
      return this;
    }

    /**
     * Sets the intake date.
     *
     * @param receivedOn the date received
     * @return this builder
     */
    public Builder receivedOn(LocalDate receivedOn) {
      this.receivedOn = requireNonNull(receivedOn, "receivedOn");
      return this;
    }

    /**
     * Sets the promised return date.
     *
     * @param dueOn the due date
     * @return this builder
     */
    public Builder dueOn(LocalDate dueOn) {
      this.dueOn = requireNonNull(dueOn, "dueOn");
      return this;
    }

    /**
     * Marks the dossier resolved on a date with an outcome.
     *
     * @param resolvedOn the date processing ended
     * @param outcome how it ended
     * @return this builder
     */
    public Builder resolved(LocalDate resolvedOn, Outcome outcome) {
      this.resolvedOn = requireNonNull(resolvedOn, "resolvedOn");
      this.outcome = requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * Sets the resolution date, or clears it with null (in progress).
     *
     * @param resolvedOn the date processing ended, or null
     * @return this builder
     */
    public Builder resolvedOn(@Nullable LocalDate resolvedOn) {
      this.resolvedOn = resolvedOn;
      return this;
    }

    /**
     * Sets the outcome, or clears it with null (in progress).
     *
     * @param outcome how processing ended, or null
     * @return this builder
     */
    public Builder outcome(@Nullable Outcome outcome) {
      this.outcome = outcome;
      return this;
    }

    /**
     * Sets whether the result was digitized.
     *
     * @param resultDigitized true if the result was issued or stored digitally
     * @return this builder
     */
    public Builder resultDigitized(boolean resultDigitized) {
      this.resultDigitized = resultDigitized;
      return this;
    }

    /**
     * Sets whether the components were digitized at intake.
     *
     * @param intakeDigitized true if digitized
     * @return this builder
     */
    public Builder intakeDigitized(boolean intakeDigitized) {
      this.intakeDigitized = intakeDigitized;
      return this;
    }

    /**
     * Sets the fee charged, in whole đồng.
     *
     * @param fee the fee, {@code >= 0}
     * @return this builder
     */
    public Builder fee(long fee) {
      this.fee = fee;
      return this;
    }

    /**
     * Sets whether the fee was paid online.
     *
     * @param paidOnline true if paid online
     * @return this builder
     */
    public Builder paidOnline(boolean paidOnline) {
      this.paidOnline = paidOnline;
      return this;
    }

    /**
     * Sets the dossier's life as the systems record it, or clears it with null. It must tell the
     * same dates as the dossier: its id, its receipt on {@code receivedOn}, its end of processing
     * on {@code resolvedOn} (or none while in progress), and a given due date equal to {@code
     * dueOn}.
     *
     * @param history the history, or null
     * @return this builder
     */
    public Builder history(@Nullable DossierHistory history) {
      this.history = history;
      return this;
    }

    /**
     * Builds the dossier.
     *
     * @return the dossier
     * @throws InvalidRecordException if a required field is missing or the state is impossible; the
     *     message names the dossier and the field
     */
    public Dossier build() {
      return new Dossier(this);
    }
  }
}
