package io.github.dvckpi.bench;

import io.github.dvckpi.engine.MonthlyTallies;
import io.github.dvckpi.engine.UnitTierMonth;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tally;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures every contender must reproduce, in one comparable shape: per cell (unit × tier ×
 * month), each indicator's numerator and denominator, in {@link Indicator} order (16 numbers). The
 * hand-written loop is also compared counter by counter.
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
  static Map<String, long[]> of(MonthlyTallies tallies) {
    Map<String, long[]> out = new TreeMap<>();
    tallies.cells().forEach((cell, tally) -> out.put(key(cell), of(tally)));
    return out;
  }

  /** The library's counters for every non-empty cell. */
  static Map<String, long[]> counters(MonthlyTallies tallies) {
    Map<String, long[]> out = new TreeMap<>();
    tallies
        .cells()
        .forEach(
            (cell, tally) -> {
              long[] c = new long[Counter.values().length];
              for (Counter counter : Counter.values()) {
                c[counter.ordinal()] = tally.count(counter);
              }
              out.put(key(cell), c);
            });
    return out;
  }

  static String key(UnitTierMonth cell) {
    return cell.group().unitCode() + "/" + cell.group().tier() + "/" + cell.month();
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
