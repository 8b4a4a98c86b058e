package io.github.dvckpi.indicator;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.ServiceLevel;

/**
 * The facts of a dossier that decide which counters it adds to, as bits of an {@code int} (like
 * {@link java.util.Spliterator#characteristics()}): how it was filed, what its procedure offers
 * online, digitization, fee and payment, the result document. With its dates and its group they are
 * everything a {@link TallyAccumulator} needs, so an import can count a row from its parsed fields
 * without building a {@link Dossier} ({@link TallyAccumulator#add(int, java.time.LocalDate,
 * java.time.LocalDate, java.time.LocalDate, int)}); {@link #of(Dossier)} is what every dossier
 * added whole is counted by.
 *
 * <p>Facts are consistent when {@link #PAID_ONLINE} comes with {@link #FEE_CHARGED}, {@link
 * #FULL_ONLINE_SERVICE} with {@link #ONLINE_SERVICE} and {@link #RESULT_DIGITIZED} with {@link
 * #RESULT_ISSUED}; {@link #check(int)} says so.
 */
public final class DossierFacts {

  /** Filed online (nộp trực tuyến). */
  public static final int FILED_ONLINE = 1;

  /** Its procedure is provided online, fully or partly (TTHC đủ điều kiện). */
  public static final int ONLINE_SERVICE = 1 << 1;

  /** Its procedure is provided fully online (toàn trình); implies {@link #ONLINE_SERVICE}. */
  public static final int FULL_ONLINE_SERVICE = 1 << 2;

  /** Its components were digitized at intake (số hóa hồ sơ). */
  public static final int INTAKE_DIGITIZED = 1 << 3;

  /** A non-zero fee or charge (phí, lệ phí). */
  public static final int FEE_CHARGED = 1 << 4;

  /** The fee was paid online (thanh toán trực tuyến); implies {@link #FEE_CHARGED}. */
  public static final int PAID_ONLINE = 1 << 5;

  /** Resolved with a result document issued: granted, for a procedure that issues one. */
  public static final int RESULT_ISSUED = 1 << 6;

  /** The result document was digitized; implies {@link #RESULT_ISSUED}. */
  public static final int RESULT_DIGITIZED = 1 << 7;

  /** Every fact. */
  static final int ALL = (1 << 8) - 1;

  private DossierFacts() {}

  /**
   * The facts of a dossier.
   *
   * @param d the dossier
   * @return its facts, always consistent
   */
  public static int of(Dossier d) {
    ServiceLevel level = d.procedure().serviceLevel();
    int facts = d.isFiledOnline() ? FILED_ONLINE : 0;
    if (level != ServiceLevel.NOT_ONLINE) {
      facts |=
          level == ServiceLevel.FULL_ONLINE ? ONLINE_SERVICE | FULL_ONLINE_SERVICE : ONLINE_SERVICE;
    }
    if (d.isIntakeDigitized()) {
      facts |= INTAKE_DIGITIZED;
    }
    if (d.fee() > 0) {
      facts |= d.isPaidOnline() ? FEE_CHARGED | PAID_ONLINE : FEE_CHARGED;
    }
    if (d.issuesResult()) {
      facts |= d.isResultDigitized() ? RESULT_ISSUED | RESULT_DIGITIZED : RESULT_ISSUED;
    }
    return facts;
  }

  /**
   * Checks that facts are consistent.
   *
   * @param facts the facts
   * @return the facts
   * @throws IllegalArgumentException naming the fact that lacks the one it implies, or an unknown
   *     bit
   */
  public static int check(int facts) {
    if ((facts & ~ALL) != 0) {
      throw new IllegalArgumentException(
          "unknown fact bits " + Integer.toBinaryString(facts & ~ALL) + " in " + describe(facts));
    }
    requireWith(facts, PAID_ONLINE, FEE_CHARGED);
    requireWith(facts, FULL_ONLINE_SERVICE, ONLINE_SERVICE);
    requireWith(facts, RESULT_DIGITIZED, RESULT_ISSUED);
    return facts;
  }

  private static void requireWith(int facts, int fact, int implied) {
    if ((facts & fact) != 0 && (facts & implied) == 0) {
      throw new IllegalArgumentException(
          describe(fact) + " needs " + describe(implied) + ", got " + describe(facts));
    }
  }

  private static final String[] NAMES = {
    "FILED_ONLINE",
    "ONLINE_SERVICE",
    "FULL_ONLINE_SERVICE",
    "INTAKE_DIGITIZED",
    "FEE_CHARGED",
    "PAID_ONLINE",
    "RESULT_ISSUED",
    "RESULT_DIGITIZED"
  };

  /**
   * The names of the facts set, e.g. {@code [FILED_ONLINE, ONLINE_SERVICE]}.
   *
   * @param facts the facts
   * @return their names
   */
  public static String describe(int facts) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < NAMES.length; i++) {
      if ((facts & (1 << i)) != 0) {
        out.append(out.length() == 1 ? "" : ", ").append(NAMES[i]);
      }
    }
    return out.append(']').toString();
  }
}
