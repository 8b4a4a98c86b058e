package io.github.dvckpi.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dvckpi.testing.DomainGen;
import org.junit.jupiter.api.Test;

/** The bulk addition the engine uses to turn its dense counters into tallies. */
class TallyAccumulatorEngineTest {

  @Test
  void addCountsEqualsIncrementingEachCounter() {
    qt().forAll(DomainGen.tallies(), DomainGen.tallies(), integers().between(0, 5))
        .check(
            (base, added, offset) -> {
              long[] values = new long[offset + Counter.values().length + 3];
              java.util.Arrays.fill(values, 1_000_000);
              for (Counter c : Counter.values()) {
                values[offset + c.ordinal()] = added.count(c);
              }
              TallyAccumulator bulk = new TallyAccumulator().add(base).addCounts(values, offset);
              TallyAccumulator one = new TallyAccumulator().add(base);
              for (Counter c : Counter.values()) {
                one.increment(c, added.count(c));
              }
              return bulk.snapshot().equals(one.snapshot())
                  && bulk.snapshot().equals(base.plus(added));
            });
  }

  @Test
  void addCountsPlacesEveryValueInItsOwnCounter() {
    long[] values = new long[20];
    for (int i = 0; i < values.length; i++) {
      values[i] = 100 + i;
    }
    TallyAccumulator acc = new TallyAccumulator().addCounts(values, 2);
    for (Counter c : Counter.values()) {
      assertThat(acc.count(c)).as("%s", c).isEqualTo(102 + c.ordinal());
    }
  }

  @Test
  void addCountsRejectsAShortArrayAndOverflow() {
    assertThatThrownBy(() -> new TallyAccumulator().addCounts(new long[16], 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new TallyAccumulator().addCounts(new long[15], 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new TallyAccumulator().addCounts(new long[16], -1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    long[] huge = new long[16];
    huge[15] = Long.MAX_VALUE;
    TallyAccumulator acc = new TallyAccumulator().addCounts(huge, 0);
    assertThat(acc.count(Counter.IN_PROGRESS_OVERDUE)).isEqualTo(Long.MAX_VALUE);
    long[] one = new long[16];
    one[15] = 1;
    assertThatThrownBy(() -> acc.addCounts(one, 0)).isInstanceOf(ArithmeticException.class);
    assertThat(new TallyAccumulator().addCounts(new long[16], 0).isEmpty()).isTrue();
  }
}
