package io.github.dvckpi.example;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.InvalidRecordException;

/**
 * The invented counts behind one agency's figures in the bundled example: how many of its dossiers
 * fall in each indicator's population and how many of those succeed. {@link HaTinh2024} expands
 * every row into that many {@link io.github.dvckpi.domain.Dossier dossiers}.
 *
 * <p>The counts are consistent by construction: the full-online population is part of the eligible
 * one (a procedure provided fully online is provided online), so {@code fullOnline <= eligible},
 * {@code fullOnlineFiled <= eligibleOnline}, and the full-online dossiers not filed online are
 * among the eligible ones not filed online.
 *
 * @param agency the handling agency
 * @param eligible dossiers of procedures provided online (TTHC đủ điều kiện)
 * @param eligibleOnline of those, filed online
 * @param fullOnline dossiers of procedures provided fully online (toàn trình), among {@code
 *     eligible}
 * @param fullOnlineFiled of those, filed online
 * @param resultIssued dossiers resolved with a result document
 * @param resultDigitized of those, with the result digitized
 * @param feeCharged dossiers with a fee or charge
 * @param paidOnline of those, paid online
 * @param notOnline further dossiers of procedures not provided online, in no population above but
 *     the index-3.3 one
 */
public record AgencyCounts(
    Agency agency,
    int eligible,
    int eligibleOnline,
    int fullOnline,
    int fullOnlineFiled,
    int resultIssued,
    int resultDigitized,
    int feeCharged,
    int paidOnline,
    int notOnline) {

  /**
   * Checks that the counts can be the counts of real dossiers.
   *
   * @param agency the handling agency
   * @param eligible dossiers of procedures provided online
   * @param eligibleOnline of those, filed online
   * @param fullOnline dossiers of procedures provided fully online
   * @param fullOnlineFiled of those, filed online
   * @param resultIssued dossiers resolved with a result document
   * @param resultDigitized of those, with the result digitized
   * @param feeCharged dossiers with a fee
   * @param paidOnline of those, paid online
   * @param notOnline dossiers of procedures not provided online
   * @throws InvalidRecordException naming the agency and the count that cannot be
   */
  public AgencyCounts {
    requireNonNull(agency, "agency");
    String id = agency.code();
    atLeastZero(id, "eligible", eligible);
    atLeastZero(id, "resultIssued", resultIssued);
    atLeastZero(id, "feeCharged", feeCharged);
    atLeastZero(id, "notOnline", notOnline);
    between(id, "eligibleOnline", eligibleOnline, eligible, "eligible");
    between(id, "fullOnline", fullOnline, eligible, "eligible");
    between(id, "fullOnlineFiled", fullOnlineFiled, fullOnline, "fullOnline");
    between(id, "fullOnlineFiled", fullOnlineFiled, eligibleOnline, "eligibleOnline");
    between(
        id,
        "fullOnline",
        fullOnline - fullOnlineFiled,
        eligible - eligibleOnline,
        "the eligible dossiers not filed online (full-online dossiers not filed online)");
    between(id, "resultDigitized", resultDigitized, resultIssued, "resultIssued");
    between(id, "paidOnline", paidOnline, feeCharged, "feeCharged");
  }

  private static void atLeastZero(String id, String field, int value) {
    if (value < 0) {
      throw new InvalidRecordException("AgencyCounts", id, field, "is negative: " + value);
    }
  }

  private static void between(String id, String field, int value, int max, String maxName) {
    atLeastZero(id, field, value);
    if (value > max) {
      throw new InvalidRecordException(
          "AgencyCounts", id, field, "is " + value + ", more than " + maxName + " (" + max + ")");
    }
  }

  /**
   * The number of dossiers this row expands into.
   *
   * @return the largest population ({@code eligible}, {@code resultIssued} or {@code feeCharged})
   *     plus {@code notOnline}
   */
  public int dossierCount() {
    return core() + notOnline;
  }

  int core() {
    return Math.max(eligible, Math.max(resultIssued, feeCharged));
  }
}
