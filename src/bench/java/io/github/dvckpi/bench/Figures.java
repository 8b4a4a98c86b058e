package io.github.dvckpi.bench;

import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures every contender must reproduce, in one comparable shape: per cell (unit × tier ×
 * month), each indicator's numerator and denominator, in {@link Indicator} order (16 numbers). The
 * hand-written loop is also compared counter by counter, and the fluent sentence row by row.
 */
final class Figures {

  private Figures() {}

  /** The numerator and denominator of every indicator of a tally. */
  static long[] of(Tally tally) {
    Indicator[] indicators = Indicator.values();
    long[] out = new long[2 * indicators.length];
    for (int i = 0; i < indicators.length; i++) {
      out[2 * i] = tally.numerator(indicators[i]);
      out[2 * i + 1] = tally.denominator(indicators[i]);
    }
    return out;
  }

  /** The library's figures for every non-empty cell. */
  static Map<String, long[]> of(Tallies<UnitTier> tallies) {
    Map<String, long[]> out = new TreeMap<>();
    for (UnitTier group : tallies.groups()) {
      for (int m = 0; m < tallies.buckets().size(); m++) {
        out.put(key(group, m), of(tallies.tally(group, m)));
      }
    }
    return out;
  }

  /** The library's counters for every non-empty cell. */
  static Map<String, long[]> counters(Tallies<UnitTier> tallies) {
    Map<String, long[]> out = new TreeMap<>();
    for (UnitTier group : tallies.groups()) {
      for (int m = 0; m < tallies.buckets().size(); m++) {
        out.put(key(group, m), counters(tallies.tally(group, m)));
      }
    }
    return out;
  }

  static long[] counters(Tally tally) {
    long[] c = new long[Counter.values().length];
    for (Counter counter : Counter.values()) {
      c[counter.ordinal()] = tally.count(counter);
    }
    return c;
  }

  static String key(UnitTier group, int month) {
    return group.unitCode() + "/" + group.tier() + "/" + month;
  }

  /** The row of the fluent sentence a unit falls in: the territory's own, or a child's. */
  static Map<String, String> rowOf(UnitHierarchy hierarchy, String territory) {
    Map<String, String> rows = new HashMap<>();
    rows.put(territory, territory);
    for (AdministrativeUnit child : hierarchy.children(territory)) {
      rows.put(child.code(), child.code());
      for (AdministrativeUnit below : hierarchy.descendants(child.code())) {
        rows.put(below.code(), child.code());
      }
    }
    return rows;
  }

  /**
   * The rows of the fluent sentence, from monthly tallies: each row's span over the twelve months.
   */
  static Map<String, long[]> rows(Tallies<UnitTier> monthly, Map<String, String> rowOf) {
    Tallies<String> byRow = monthly.regroup(g -> rowOf.get(g.unitCode()));
    Map<String, long[]> out = new TreeMap<>();
    for (String row : byRow.groups()) {
      out.put(row, of(byRow.tally(row)));
    }
    return out;
  }

  /** The rows of a report computed by unit. */
  static Map<String, long[]> rows(KpiReport report) {
    Map<String, long[]> out = new TreeMap<>();
    for (Scope scope : report.scopes()) {
      String row =
          scope instanceof Scope.Unit u
              ? u.unit().code()
              : scope instanceof Scope.OwnAgencies o ? o.unit().code() : null;
      if (row != null) {
        out.put(row, of(report.tally(scope).orElseThrow()));
      }
    }
    return out;
  }

  /**
   * The rows of the fluent sentence from the hand-written loop's cells: intake and resolution
   * counters summed over the months, the in-progress ones those of December.
   */
  static Map<String, long[]> rows(HandLoop.Result hand, Map<String, String> rowOf) {
    Map<String, long[]> counters = new HashMap<>();
    for (int g = 0; g < hand.groups().size(); g++) {
      String row = rowOf.get(hand.groups().get(g).unitCode());
      long[] sum = counters.computeIfAbsent(row, r -> new long[16]);
      long[] c = hand.counters()[g];
      for (int m = 0; m < 12; m++) {
        for (int i = 0; i < 14; i++) {
          sum[i] += c[m * 16 + i];
        }
      }
      sum[14] += c[11 * 16 + 14];
      sum[15] += c[11 * 16 + 15];
    }
    Map<String, long[]> out = new TreeMap<>();
    counters.forEach(
        (row, c) -> {
          Tally t = Tally.empty();
          for (Counter counter : Counter.values()) {
            t = t.with(counter, c[counter.ordinal()]);
          }
          out.put(row, of(t));
        });
    return out;
  }

  /**
   * Throws unless two results agree on every cell (cells whose numbers are all 0 are ignored).
   *
   * @return the number of cells compared
   */
  static int requireEqual(
      String contender, Map<String, long[]> expected, Map<String, long[]> actual) {
    Map<String, long[]> e = nonZero(expected);
    Map<String, long[]> a = nonZero(actual);
    if (!e.keySet().equals(a.keySet())) {
      throw new IllegalStateException(
          contender + " computes other cells: library has " + e.size() + ", it has " + a.size());
    }
    for (Map.Entry<String, long[]> entry : e.entrySet()) {
      long[] mine = a.get(entry.getKey());
      if (!Arrays.equals(entry.getValue(), mine)) {
        throw new IllegalStateException(
            contender
                + " differs at "
                + entry.getKey()
                + ": library "
                + Arrays.toString(entry.getValue())
                + ", it "
                + Arrays.toString(mine));
      }
    }
    return e.size();
  }

  private static Map<String, long[]> nonZero(Map<String, long[]> in) {
    Map<String, long[]> out = new TreeMap<>();
    in.forEach(
        (k, v) -> {
          if (Arrays.stream(v).anyMatch(x -> x != 0)) {
            out.put(k, v);
          }
        });
    return out;
  }
}
