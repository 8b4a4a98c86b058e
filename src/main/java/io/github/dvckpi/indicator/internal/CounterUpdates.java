package io.github.dvckpi.indicator.internal;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.indicator.Counter;
import java.time.LocalDate;

/**
 * Which counters a dossier adds to at its intake and at its resolution, written once for every
 * accumulator that keeps counters as a {@code long[]} indexed by {@link Counter} ordinal: the
 * single tally of a period ({@code TallyAccumulator}) and the monthly cells of the engine ({@code
 * MonthlyTallyAccumulator}). The callers decide whether the dates fall in their cell; the
 * in-progress counters depend on how a caller places a period's end and stay with it.
 */
@SuppressWarnings("EnumOrdinal") // counters are a dense array indexed by ordinal, by design
public final class CounterUpdates {

  /** The number of counters of one cell. */
  public static final int WIDTH = Counter.values().length;

  /** Index of the in-progress-within-deadline counter in a cell. */
  public static final int WITHIN_DEADLINE = Counter.IN_PROGRESS_WITHIN_DEADLINE.ordinal();

  /** Index of the in-progress-overdue counter in a cell. */
  public static final int OVERDUE = Counter.IN_PROGRESS_OVERDUE.ordinal();

  private static final int RECEIVED = Counter.RECEIVED.ordinal();
  private static final int RECEIVED_ONLINE = Counter.RECEIVED_ONLINE.ordinal();
  private static final int ELIGIBLE = Counter.ELIGIBLE.ordinal();
  private static final int ELIGIBLE_ONLINE = Counter.ELIGIBLE_ONLINE.ordinal();
  private static final int FULL_ONLINE_ELIGIBLE = Counter.FULL_ONLINE_ELIGIBLE.ordinal();
  private static final int FULL_ONLINE_FILED = Counter.FULL_ONLINE_FILED.ordinal();
  private static final int INTAKE_DIGITIZED = Counter.INTAKE_DIGITIZED.ordinal();
  private static final int FEE_CHARGED = Counter.FEE_CHARGED.ordinal();
  private static final int PAID_ONLINE = Counter.PAID_ONLINE.ordinal();
  private static final int RESOLVED_EARLY = Counter.RESOLVED_EARLY.ordinal();
  private static final int RESOLVED_ON_TIME = Counter.RESOLVED_ON_TIME.ordinal();
  private static final int RESOLVED_LATE = Counter.RESOLVED_LATE.ordinal();
  private static final int RESULT_ISSUED = Counter.RESULT_ISSUED.ordinal();
  private static final int RESULT_DIGITIZED = Counter.RESULT_DIGITIZED.ordinal();

  private CounterUpdates() {}

  /**
   * Adds {@code step} to the intake counters of a dossier received in the cell.
   *
   * @param counts the counters
   * @param at the index of the cell's first counter
   * @param d the dossier
   * @param step 1 to count, −1 to retract
   */
  public static void intake(long[] counts, int at, Dossier d, long step) {
    long onlineStep = d.isFiledOnline() ? step : 0;
    counts[at + RECEIVED] += step;
    counts[at + RECEIVED_ONLINE] += onlineStep;
    ServiceLevel level = d.procedure().serviceLevel();
    if (level != ServiceLevel.NOT_ONLINE) {
      counts[at + ELIGIBLE] += step;
      counts[at + ELIGIBLE_ONLINE] += onlineStep;
      if (level == ServiceLevel.FULL_ONLINE) {
        counts[at + FULL_ONLINE_ELIGIBLE] += step;
        counts[at + FULL_ONLINE_FILED] += onlineStep;
      }
    }
    if (d.isIntakeDigitized()) {
      counts[at + INTAKE_DIGITIZED] += step;
    }
    if (d.fee() > 0) {
      counts[at + FEE_CHARGED] += step;
      if (d.isPaidOnline()) {
        counts[at + PAID_ONLINE] += step;
      }
    }
  }

  /**
   * Adds {@code step} to the resolution counters of a dossier resolved in the cell.
   *
   * @param counts the counters
   * @param at the index of the cell's first counter
   * @param d the dossier
   * @param resolved its resolution date
   * @param step 1 to count, −1 to retract
   */
  public static void resolution(long[] counts, int at, Dossier d, LocalDate resolved, long step) {
    int vsDue = resolved.compareTo(d.dueOn());
    counts[at + (vsDue < 0 ? RESOLVED_EARLY : vsDue == 0 ? RESOLVED_ON_TIME : RESOLVED_LATE)] +=
        step;
    if (d.issuesResult()) {
      counts[at + RESULT_ISSUED] += step;
      if (d.isResultDigitized()) {
        counts[at + RESULT_DIGITIZED] += step;
      }
    }
  }
}
