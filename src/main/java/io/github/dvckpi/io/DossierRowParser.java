package io.github.dvckpi.io;

import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.DossierHistory;
import io.github.dvckpi.domain.DossierStatus;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.LifeEvent;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.StatutoryDuration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of a dossier export into a {@link Dossier}, or refuses it with the first fault found,
 * in column order; the domain's own checks (dates in order, fees and flags consistent) come last,
 * then the duplicate check. Not thread-safe: it remembers the ids accepted.
 *
 * <p>A row with any {@link DossierColumn#isHistory() history column} filled in becomes a dossier
 * with its {@link DossierHistory}: received at the intake cell's date and time, the requests for
 * supplementary documents and the supplements in order, the end of processing on the resolution
 * cell's date as the status names it (7 withdrawn, 8 stopped, 9 processed, 10 result returned; or
 * by the outcome), due on the due date, with the statutory duration and cut-off hour if given. An
 * event whose cell has no time of day is placed at midnight, or at the previous event's time if
 * that is later on the same day.
 */
final class DossierRowParser implements Importer.RowParser<DossierColumn, Dossier> {

  private final Catalogue catalogue;
  private final @Nullable Map<String, Long> firstLines;

  DossierRowParser(Catalogue catalogue, boolean duplicateCheck) {
    this.catalogue = catalogue;
    this.firstLines = duplicateCheck ? new HashMap<>() : null;
  }

  @Override
  public Dossier parse(Row<DossierColumn> row) throws Row.Refused {
    String id = row.required(DossierColumn.ID);
    String procedureCode = row.required(DossierColumn.PROCEDURE);
    Procedure procedure = catalogue.procedures().get(procedureCode);
    if (procedure == null) {
      throw row.refuse(DossierColumn.PROCEDURE, RejectionReason.UNKNOWN_PROCEDURE);
    }
    Agency agency = catalogue.agencies().get(row.required(DossierColumn.AGENCY));
    if (agency == null) {
      throw row.refuse(DossierColumn.AGENCY, RejectionReason.UNKNOWN_AGENCY);
    }
    Channel channel = Values.channel(row.get(DossierColumn.CHANNEL));
    if (channel == null) {
      throw row.refuse(DossierColumn.CHANNEL, RejectionReason.UNPARSABLE_CHANNEL);
    }
    LocalDate received = requiredDate(row, DossierColumn.RECEIVED_ON);
    LocalDate due = requiredDate(row, DossierColumn.DUE_ON);
    LocalDate resolved = optionalDate(row, DossierColumn.RESOLVED_ON);
    Outcome outcome = outcome(row, resolved != null);
    boolean resultDigitized = bool(row, DossierColumn.RESULT_DIGITIZED);
    boolean intakeDigitized = bool(row, DossierColumn.INTAKE_DIGITIZED);
    Long fee = Values.fee(row.get(DossierColumn.FEE));
    if (fee == null) {
      throw row.refuse(DossierColumn.FEE, RejectionReason.UNPARSABLE_FEE);
    }
    boolean paidOnline = bool(row, DossierColumn.PAID_ONLINE);
    DossierHistory history = history(row, id, received, due, resolved, outcome);
    Dossier dossier;
    try {
      dossier =
          Dossier.builder()
              .id(id)
              .procedure(procedure)
              .agency(agency)
              .channel(channel)
              .receivedOn(received)
              .dueOn(due)
              .resolvedOn(resolved)
              .outcome(outcome)
              .resultDigitized(resultDigitized)
              .intakeDigitized(intakeDigitized)
              .fee(fee)
              .paidOnline(paidOnline)
              .history(history)
              .build();
    } catch (InvalidRecordException e) {
      throw refusal(row, e, procedure);
    }
    if (firstLines != null) {
      Long first = firstLines.putIfAbsent(id, row.line());
      if (first != null) {
        throw row.refuse(DossierColumn.ID, RejectionReason.DUPLICATE_ID, first.toString());
      }
    }
    return dossier;
  }

  private static Row.Refused refusal(
      Row<DossierColumn> row, InvalidRecordException e, Procedure procedure) {
    String received = row.get(DossierColumn.RECEIVED_ON);
    return switch (e.field()) {
      case "dueOn" ->
          row.refuse(DossierColumn.DUE_ON, RejectionReason.DUE_BEFORE_RECEIVED, received);
      case "resolvedOn" ->
          row.refuse(DossierColumn.RESOLVED_ON, RejectionReason.RESOLVED_BEFORE_RECEIVED, received);
      case "outcome" ->
          row.refuse(DossierColumn.OUTCOME, RejectionReason.OUTCOME_WITHOUT_RESOLUTION);
      case "resultDigitized" ->
          row.refuse(DossierColumn.RESULT_DIGITIZED, RejectionReason.DIGITIZED_WITHOUT_RESULT);
      case "fee" ->
          row.refuse(DossierColumn.FEE, RejectionReason.FEE_NOT_CHARGED, procedure.code());
      case "paidOnline" ->
          row.refuse(DossierColumn.PAID_ONLINE, RejectionReason.PAID_ONLINE_WITHOUT_FEE);
      case "history" ->
          new Row.Refused(
              row.rejection(
                  DossierColumn.ID,
                  row.get(DossierColumn.ID),
                  RejectionReason.INVALID_HISTORY,
                  e.reason()));
      default ->
          new Row.Refused(
              row.rejection(
                  DossierColumn.ID,
                  row.get(DossierColumn.ID),
                  RejectionReason.INCONSISTENT_RECORD,
                  e.field() + " " + e.reason()));
    };
  }

  private static boolean hasHistory(Row<DossierColumn> row) {
    for (DossierColumn column : DossierColumn.values()) {
      if (column.isHistory() && !row.get(column).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The history of a row, or null if it has no history cell filled in. */
  private static @Nullable DossierHistory history(
      Row<DossierColumn> row,
      String id,
      LocalDate received,
      LocalDate due,
      @Nullable LocalDate resolved,
      @Nullable Outcome outcome)
      throws Row.Refused {
    if (!hasHistory(row)) {
      return null;
    }
    DossierStatus status = status(row);
    StatutoryDuration duration = duration(row);
    List<LocalDateTime> requests = times(row, DossierColumn.SUPPLEMENT_REQUESTED_ON);
    List<LocalDateTime> supplies = times(row, DossierColumn.SUPPLEMENT_SUPPLIED_ON);
    LifeEvent.Kind end = endKind(row, status, resolved, outcome);
    List<LifeEvent> events = new ArrayList<>();
    events.add(
        LifeEvent.of(
            LifeEvent.Kind.RECEIVED, at(received, time(row, DossierColumn.RECEIVED_ON), null)));
    for (int i = 0; i < Math.max(requests.size(), supplies.size()); i++) {
      if (i < requests.size()) {
        events.add(
            LifeEvent.of(
                LifeEvent.Kind.SUPPLEMENT_REQUESTED, after(requests.get(i), last(events))));
      }
      if (i < supplies.size()) {
        events.add(
            LifeEvent.of(LifeEvent.Kind.SUPPLEMENT_SUPPLIED, after(supplies.get(i), last(events))));
      }
    }
    if (end != null && resolved != null) {
      events.add(
          LifeEvent.of(end, at(resolved, time(row, DossierColumn.RESOLVED_ON), last(events))));
    }
    try {
      DossierHistory.Builder b = DossierHistory.builder(id).dueOn(due);
      for (LifeEvent e : events) {
        b.event(e);
      }
      if (duration != null) {
        b.duration(duration);
      }
      return b.build();
    } catch (InvalidRecordException e) {
      throw new Row.Refused(
          row.rejection(DossierColumn.ID, id, RejectionReason.INVALID_HISTORY, e.reason()));
    }
  }

  private static @Nullable DossierStatus status(Row<DossierColumn> row) throws Row.Refused {
    String cell = row.get(DossierColumn.STATUS);
    if (cell.isEmpty()) {
      return null;
    }
    try {
      return DossierStatus.ofCode(Integer.parseInt(cell));
    } catch (IllegalArgumentException e) {
      throw row.refuse(DossierColumn.STATUS, RejectionReason.UNPARSABLE_STATUS);
    }
  }

  private static @Nullable StatutoryDuration duration(Row<DossierColumn> row) throws Row.Refused {
    String cell = row.get(DossierColumn.DURATION);
    String cutOffCell = row.get(DossierColumn.CUT_OFF);
    LocalTime cutOff = null;
    if (!cutOffCell.isEmpty()) {
      cutOff = Values.time(cutOffCell);
      if (cutOff == null) {
        throw row.refuse(DossierColumn.CUT_OFF, RejectionReason.UNPARSABLE_TIME);
      }
    }
    if (cell.isEmpty()) {
      if (cutOff != null) {
        throw row.refuse(DossierColumn.CUT_OFF, RejectionReason.CUT_OFF_WITHOUT_DURATION);
      }
      return null;
    }
    StatutoryDuration d = Values.duration(cell);
    if (d == null) {
      throw row.refuse(DossierColumn.DURATION, RejectionReason.UNPARSABLE_DURATION);
    }
    return cutOff == null ? d : d.withCutOff(cutOff);
  }

  /** The dates and times of a list cell, {@code ;}-separated. */
  private static List<LocalDateTime> times(Row<DossierColumn> row, DossierColumn column)
      throws Row.Refused {
    String cell = row.get(column);
    List<LocalDateTime> out = new ArrayList<>();
    if (cell.isEmpty()) {
      return out;
    }
    for (String part : com.google.common.base.Splitter.on(';').trimResults().split(cell)) {
      LocalDate date = part.isEmpty() ? null : Values.date(part);
      if (date == null) {
        throw row.refuse(column, RejectionReason.UNPARSABLE_DATE);
      }
      LocalTime time = Values.timeOfDate(part);
      out.add(date.atTime(time == null ? LocalTime.MIDNIGHT : time));
    }
    return out;
  }

  private static @Nullable LocalTime time(Row<DossierColumn> row, DossierColumn column) {
    String cell = row.get(column);
    return cell.isEmpty() ? null : Values.timeOfDate(cell);
  }

  private static @Nullable LifeEvent last(List<LifeEvent> events) {
    return events.isEmpty() ? null : events.get(events.size() - 1);
  }

  /** A day at a time of day, or without one at midnight or the previous event's time that day. */
  private static LocalDateTime at(
      LocalDate day, @Nullable LocalTime time, @Nullable LifeEvent previous) {
    LocalDateTime at = day.atTime(time == null ? LocalTime.MIDNIGHT : time);
    return time == null ? after(at, previous) : at;
  }

  private static LocalDateTime after(LocalDateTime at, @Nullable LifeEvent previous) {
    if (previous != null
        && at.toLocalTime().equals(LocalTime.MIDNIGHT)
        && previous.date().equals(at.toLocalDate())
        && previous.at().isAfter(at)) {
      return previous.at();
    }
    return at;
  }

  /** The end of processing: as the status names it, else as the outcome; null while open. */
  private static LifeEvent.@Nullable Kind endKind(
      Row<DossierColumn> row,
      @Nullable DossierStatus status,
      @Nullable LocalDate resolved,
      @Nullable Outcome outcome)
      throws Row.Refused {
    LifeEvent.Kind byStatus =
        status == null
            ? null
            : switch (status) {
              case WITHDRAWN -> LifeEvent.Kind.WITHDRAWN;
              case STOPPED -> LifeEvent.Kind.STOPPED;
              case PROCESSED -> LifeEvent.Kind.PROCESSED;
              case RESULT_RETURNED -> LifeEvent.Kind.RESULT_RETURNED;
              default -> null;
            };
    if (status == DossierStatus.NOT_ACCEPTED || status == DossierStatus.REGISTERED) {
      throw row.refuse(DossierColumn.STATUS, RejectionReason.STATUS_NOT_RECEIVED);
    }
    if (status != null && (byStatus != null) != (resolved != null)) {
      throw row.refuse(
          DossierColumn.STATUS,
          byStatus != null
              ? RejectionReason.STATUS_ENDED_WITHOUT_RESOLUTION
              : RejectionReason.STATUS_OPEN_BUT_RESOLVED);
    }
    if (byStatus != null || resolved == null) {
      return byStatus;
    }
    return outcome == Outcome.WITHDRAWN
        ? LifeEvent.Kind.WITHDRAWN
        : outcome == Outcome.REFUSED ? LifeEvent.Kind.STOPPED : LifeEvent.Kind.PROCESSED;
  }

  private static LocalDate requiredDate(Row<DossierColumn> row, DossierColumn column)
      throws Row.Refused {
    LocalDate date = Values.date(row.required(column));
    if (date == null) {
      throw row.refuse(column, RejectionReason.UNPARSABLE_DATE);
    }
    return date;
  }

  private static @Nullable LocalDate optionalDate(Row<DossierColumn> row, DossierColumn column)
      throws Row.Refused {
    String cell = row.get(column);
    if (cell.isEmpty()) {
      return null;
    }
    LocalDate date = Values.date(cell);
    if (date == null) {
      throw row.refuse(column, RejectionReason.UNPARSABLE_DATE);
    }
    return date;
  }

  private static @Nullable Outcome outcome(Row<DossierColumn> row, boolean resolved)
      throws Row.Refused {
    String cell = row.get(DossierColumn.OUTCOME);
    if (cell.isEmpty()) {
      return resolved ? Outcome.GRANTED : null;
    }
    Outcome outcome = Values.outcome(cell);
    if (outcome == null) {
      throw row.refuse(DossierColumn.OUTCOME, RejectionReason.UNPARSABLE_OUTCOME);
    }
    return outcome;
  }

  private static boolean bool(Row<DossierColumn> row, DossierColumn column) throws Row.Refused {
    Boolean value = Values.bool(row.get(column));
    if (value == null) {
      throw row.refuse(column, RejectionReason.UNPARSABLE_BOOLEAN);
    }
    return value;
  }
}
