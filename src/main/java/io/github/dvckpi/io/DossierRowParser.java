package io.github.dvckpi.io;

import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.Procedure;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of a dossier export into a {@link Dossier}, or refuses it with the first fault found,
 * in column order; the domain's own checks (dates in order, fees and flags consistent) come last,
 * then the duplicate check. Not thread-safe: it remembers the ids accepted.
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
      default ->
          new Row.Refused(
              row.rejection(
                  DossierColumn.ID,
                  row.get(DossierColumn.ID),
                  RejectionReason.INCONSISTENT_RECORD,
                  e.field() + " " + e.reason()));
    };
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
