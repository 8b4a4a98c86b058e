package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.UnitTier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The limit for object input: what an expert writes by hand for exactly this report (unit × tier ×
 * month of one year), a single loop over the list updating primitive counters per group, with no
 * abstraction in the way. The group of a dossier is found through a {@code HashMap<Agency,
 * Integer>}; a dossier in progress is counted at the end of each month it stays open.
 */
final class HandLoop {

  private static final int RECEIVED = Counter.RECEIVED.ordinal();
  private static final int RECEIVED_ONLINE = Counter.RECEIVED_ONLINE.ordinal();
  private static final int ELIGIBLE = Counter.ELIGIBLE.ordinal();
  private static final int ELIGIBLE_ONLINE = Counter.ELIGIBLE_ONLINE.ordinal();
  private static final int FULL_ELIGIBLE = Counter.FULL_ONLINE_ELIGIBLE.ordinal();
  private static final int FULL_FILED = Counter.FULL_ONLINE_FILED.ordinal();
  private static final int INTAKE_DIGITIZED = Counter.INTAKE_DIGITIZED.ordinal();
  private static final int FEE_CHARGED = Counter.FEE_CHARGED.ordinal();
  private static final int PAID_ONLINE = Counter.PAID_ONLINE.ordinal();
  private static final int EARLY = Counter.RESOLVED_EARLY.ordinal();
  private static final int ON_TIME = Counter.RESOLVED_ON_TIME.ordinal();
  private static final int LATE = Counter.RESOLVED_LATE.ordinal();
  private static final int RESULT_ISSUED = Counter.RESULT_ISSUED.ordinal();
  private static final int RESULT_DIGITIZED = Counter.RESULT_DIGITIZED.ordinal();
  private static final int WITHIN = Counter.IN_PROGRESS_WITHIN_DEADLINE.ordinal();
  private static final int OVERDUE = Counter.IN_PROGRESS_OVERDUE.ordinal();
  private static final int W = 16;

  /** The counters of one year's months: groups, and 12 × 16 counters per group. */
  record Result(List<UnitTier> groups, long[][] counters, int year) {}

  private HandLoop() {}

  static Result count(List<Dossier> dossiers, int year) {
    LocalDate[] monthEnds = new LocalDate[12];
    for (int m = 0; m < 12; m++) {
      monthEnds[m] = YearMonth.of(year, m + 1).atEndOfMonth();
    }
    Map<Agency, Integer> groupOfAgency = new HashMap<>();
    Map<UnitTier, Integer> groupIds = new HashMap<>();
    List<UnitTier> groups = new ArrayList<>();
    long[][] counters = new long[64][];
    for (Dossier d : dossiers) {
      Agency agency = d.agency();
      Integer id = groupOfAgency.get(agency);
      if (id == null) {
        UnitTier group = UnitTier.of(agency);
        id = groupIds.get(group);
        if (id == null) {
          id = groups.size();
          groups.add(group);
          groupIds.put(group, id);
          if (id == counters.length) {
            counters = java.util.Arrays.copyOf(counters, 2 * id);
          }
          counters[id] = new long[12 * W];
        }
        groupOfAgency.put(agency, id);
      }
      long[] c = counters[id];
      LocalDate received = d.receivedOn();
      int rm =
          received.getYear() == year
              ? received.getMonthValue() - 1
              : received.getYear() < year ? -1 : 12;
      if (rm >= 0 && rm < 12) {
        int o = rm * W;
        boolean online = d.isFiledOnline();
        c[o + RECEIVED]++;
        if (online) {
          c[o + RECEIVED_ONLINE]++;
        }
        ServiceLevel level = d.procedure().serviceLevel();
        if (level != ServiceLevel.NOT_ONLINE) {
          c[o + ELIGIBLE]++;
          if (online) {
            c[o + ELIGIBLE_ONLINE]++;
          }
          if (level == ServiceLevel.FULL_ONLINE) {
            c[o + FULL_ELIGIBLE]++;
            if (online) {
              c[o + FULL_FILED]++;
            }
          }
        }
        if (d.isIntakeDigitized()) {
          c[o + INTAKE_DIGITIZED]++;
        }
        if (d.fee() > 0) {
          c[o + FEE_CHARGED]++;
          if (d.isPaidOnline()) {
            c[o + PAID_ONLINE]++;
          }
        }
      }
      LocalDate resolved = d.resolvedOnOrNull();
      int end = 12;
      if (resolved != null) {
        int sm =
            resolved.getYear() == year
                ? resolved.getMonthValue() - 1
                : resolved.getYear() < year ? -1 : 12;
        if (sm >= 0 && sm < 12) {
          int o = sm * W;
          int vsDue = resolved.compareTo(d.dueOn());
          c[o + (vsDue < 0 ? EARLY : vsDue == 0 ? ON_TIME : LATE)]++;
          if (d.issuesResult()) {
            c[o + RESULT_ISSUED]++;
            if (d.isResultDigitized()) {
              c[o + RESULT_DIGITIZED]++;
            }
          }
        }
        end = Math.min(sm, 12);
      }
      LocalDate due = d.dueOn();
      for (int m = Math.max(rm, 0); m < end; m++) {
        c[m * W + (monthEnds[m].isAfter(due) ? OVERDUE : WITHIN)]++;
      }
    }
    return new Result(groups, counters, year);
  }

  /**
   * The control for the parallel speed-up: the same loop over each half of the list, the second
   * half on another thread, and the two results added group by group.
   */
  static Result countOnTwoThreads(List<Dossier> dossiers, int year, ExecutorService second)
      throws InterruptedException, ExecutionException {
    int half = dossiers.size() / 2;
    Future<Result> other =
        second.submit(() -> count(dossiers.subList(half, dossiers.size()), year));
    Result first = count(dossiers.subList(0, half), year);
    return plus(first, other.get());
  }

  private static Result plus(Result a, Result b) {
    List<UnitTier> groups = new ArrayList<>(a.groups());
    Map<UnitTier, Integer> ids = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      ids.put(groups.get(g), g);
    }
    long[][] counters = new long[a.groups().size() + b.groups().size()][];
    for (int g = 0; g < a.groups().size(); g++) {
      counters[g] = a.counters()[g].clone();
    }
    for (int g = 0; g < b.groups().size(); g++) {
      UnitTier group = b.groups().get(g);
      Integer id = ids.get(group);
      if (id == null) {
        id = groups.size();
        groups.add(group);
        ids.put(group, id);
        counters[id] = new long[12 * W];
      }
      long[] into = counters[id];
      long[] from = b.counters()[g];
      for (int i = 0; i < into.length; i++) {
        into[i] += from[i];
      }
    }
    return new Result(groups, counters, a.year());
  }

  /** The counters of every cell, keyed like {@link Figures}. */
  static Map<String, long[]> counters(Result r) {
    Map<String, long[]> out = new TreeMap<>();
    for (int g = 0; g < r.groups().size(); g++) {
      for (int m = 0; m < 12; m++) {
        long[] cell = java.util.Arrays.copyOfRange(r.counters()[g], m * W, (m + 1) * W);
        out.put(Figures.key(r.groups().get(g), m), cell);
      }
    }
    return out;
  }
}
