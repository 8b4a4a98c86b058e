package io.github.dvckpi.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class RateSmokeTest {
  @Test
  void printsOfficialForm() {
    assertThat(Rate.of(9979, 10000)).hasToString("99,79% (9.979/10.000)");
  }

  @Test
  void rateLiesInUnitInterval() {
    qt().forAll(longs().between(1, 1000))
        .check(d -> Rate.of(d / 2, d).compareTo(Rate.of(d, d)) <= 0);
  }
}
