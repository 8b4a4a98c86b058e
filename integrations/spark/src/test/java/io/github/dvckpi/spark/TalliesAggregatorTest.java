package io.github.dvckpi.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.KeyCodec;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.sample.DossierGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The aggregator's laws, without Spark: it is the monoid of the tallies, on their bytes. */
class TalliesAggregatorTest {

  private static final TalliesAggregator<UnitTier> MERGE =
      TalliesAggregator.of(KeyCodec::unitTiers);
  private static final Buckets MONTHS = Buckets.months(ReportingPeriod.year(2024));

  private static byte[] encoded(List<Dossier> dossiers) {
    return Tallies.of(dossiers, Grouping.byUnitAndTier(), MONTHS).encode(KeyCodec.unitTiers());
  }

  private static Tallies<UnitTier> decoded(byte[] bytes) {
    return Tallies.decode(bytes, KeyCodec.unitTiers());
  }

  @Test
  void mergingPartsInAnyGroupingGivesTheTalliesOfTheWhole() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(0, 300), integers().between(0, 300))
        .checkAssert(
            (seed, cut1, cut2) -> {
              List<Dossier> all = DossierGenerator.of(seed, 300).stream().toList();
              int a = Math.min(cut1, cut2);
              int b = Math.max(cut1, cut2);
              byte[] first = encoded(all.subList(0, a));
              byte[] second = encoded(all.subList(a, b));
              byte[] third = encoded(all.subList(b, all.size()));
              Tallies<UnitTier> whole = Tallies.of(all, Grouping.byUnitAndTier(), MONTHS);
              byte[] left =
                  MERGE.merge(MERGE.reduce(MERGE.zero(), first), MERGE.merge(second, third));
              byte[] right =
                  MERGE.merge(MERGE.merge(third, MERGE.zero()), MERGE.merge(first, second));
              assertThat(decoded(MERGE.finish(left))).isEqualTo(whole);
              assertThat(decoded(MERGE.finish(right))).isEqualTo(whole);
            });
  }

  @Test
  void theEmptyBufferIsTheIdentity() {
    byte[] some = encoded(DossierGenerator.of(7, 50).stream().toList());
    assertThat(MERGE.merge(MERGE.zero(), some)).isSameAs(some);
    assertThat(MERGE.merge(some, MERGE.zero())).isSameAs(some);
    assertThat(MERGE.finish(MERGE.zero())).isEmpty();
  }
}
