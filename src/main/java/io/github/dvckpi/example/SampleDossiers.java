package io.github.dvckpi.example;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.ServiceLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * Expands {@link AgencyCounts} rows into dossiers, deterministically: the same rows always give the
 * same dossiers, with no randomness.
 *
 * <p>Within an agency, dossier {@code i} is, in this order: of a full-online procedure filed
 * online, of a partial-online procedure filed online, of a full-online procedure filed at the
 * counter, of a partial-online procedure filed at the counter, and last of a procedure not provided
 * online. Fees go to the first {@code feeCharged} dossiers, the first {@code paidOnline} paid
 * online. The result population is spread over the agency's dossiers by a fixed permutation. Every
 * dossier is received between 2 January and 28 October 2024, due ten days later, and those with a
 * result document are granted within twelve days, so before the example's cut-off of 14 November
 * 2024.
 */
final class SampleDossiers {

  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 2);
  private static final int DAYS = 300;
  private static final int DUE_AFTER = 10;

  /** Invented procedures: one per service level, fee and result document. */
  static final ImmutableList<Procedure> PROCEDURES = procedures();

  private SampleDossiers() {}

  private static ImmutableList<Procedure> procedures() {
    ImmutableList.Builder<Procedure> out = ImmutableList.builder();
    int n = 0;
    for (ServiceLevel level : ServiceLevel.values()) {
      for (boolean fee : new boolean[] {false, true}) {
        for (boolean result : new boolean[] {false, true}) {
          n++;
          out.add(
              Procedure.of(
                  String.format("VD.%02d", n),
                  "Thủ tục minh họa "
                      + n
                      + " ("
                      + levelName(level)
                      + (fee ? ", có phí" : ", không phí")
                      + (result ? ", có kết quả" : ", không kết quả")
                      + ")",
                  level,
                  fee,
                  result));
        }
      }
    }
    return out.build();
  }

  private static String levelName(ServiceLevel level) {
    return switch (level) {
      case FULL_ONLINE -> "toàn trình";
      case PARTIAL_ONLINE -> "một phần";
      case NOT_ONLINE -> "không trực tuyến";
    };
  }

  private static Procedure procedure(ServiceLevel level, boolean fee, boolean result) {
    for (Procedure p : PROCEDURES) {
      if (p.serviceLevel() == level && p.chargesFee() == fee && p.issuesResult() == result) {
        return p;
      }
    }
    throw new AssertionError("every combination has a procedure");
  }

  static ImmutableList<Dossier> expand(List<AgencyCounts> rows) {
    ImmutableList.Builder<Dossier> out = ImmutableList.builder();
    for (int k = 0; k < rows.size(); k++) {
      expand(rows.get(k), k, out);
    }
    return out.build();
  }

  private static void expand(AgencyCounts c, int k, ImmutableList.Builder<Dossier> out) {
    int core = c.core();
    int step = coprimeStep(core);
    int fullCounter = c.fullOnline() - c.fullOnlineFiled();
    for (int i = 0; i < c.dossierCount(); i++) {
      ServiceLevel level;
      boolean online;
      if (i < c.fullOnlineFiled()) {
        level = ServiceLevel.FULL_ONLINE;
        online = true;
      } else if (i < c.eligibleOnline()) {
        level = ServiceLevel.PARTIAL_ONLINE;
        online = true;
      } else if (i < c.eligibleOnline() + fullCounter) {
        level = ServiceLevel.FULL_ONLINE;
        online = false;
      } else if (i < c.eligible()) {
        level = ServiceLevel.PARTIAL_ONLINE;
        online = false;
      } else {
        level = ServiceLevel.NOT_ONLINE;
        online = false;
      }
      boolean inCore = i < core;
      int rank = inCore ? (int) ((long) i * step % core) : Integer.MAX_VALUE;
      boolean result = rank < c.resultIssued();
      boolean fee = inCore && i < c.feeCharged();
      LocalDate received = FIRST_DAY.plusDays(Math.floorMod(i * 53 + k * 17, DAYS));
      Dossier.Builder b =
          Dossier.builder()
              .id(c.agency().code() + "-" + Integer.toString(100_000 + i).substring(1))
              .agency(c.agency())
              .procedure(procedure(level, fee, result))
              .channel(online ? Channel.ONLINE : i % 10 == 0 ? Channel.POSTAL : Channel.COUNTER)
              .receivedOn(received)
              .dueOn(received.plusDays(DUE_AFTER))
              .intakeDigitized(i % 3 != 0);
      int delay = Math.floorMod(i * 7 + k, 13);
      if (result) {
        b.resolved(received.plusDays(delay), Outcome.GRANTED)
            .resultDigitized(rank < c.resultDigitized());
      } else if (i % 37 != 36) {
        b.resolved(received.plusDays(delay), i % 29 == 0 ? Outcome.REFUSED : Outcome.GRANTED);
      }
      if (fee) {
        b.fee(20_000L + (i % 5) * 10_000L).paidOnline(i < c.paidOnline());
      }
      out.add(b.build());
    }
  }

  /**
   * A multiplier that permutes {@code 0..n-1}: a prime that does not divide {@code n} (two distinct
   * primes cannot both divide an int this small).
   */
  static int coprimeStep(int n) {
    return n % 7919 == 0 ? 7907 : 7919;
  }
}
