package io.github.dvckpi.target;

import static io.github.dvckpi.rate.RateFormat.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import io.github.dvckpi.rate.Fraction;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.testing.DomainGen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Ranking: ties, undefined rates, direction, permutation invariance. */
class RankingTest {

  /** Rates by unit name, with small denominators so that ties and undefined rates are common. */
  private static Gen<Map<String, Rate>> table() {
    return lists()
        .of(DomainGen.rates(6))
        .ofSizeBetween(0, 12)
        .map(
            rates -> {
              Map<String, Rate> out = new LinkedHashMap<>();
              for (int i = 0; i < rates.size(); i++) {
                out.put("U" + i, rates.get(i));
              }
              return out;
            });
  }

  private static Map<String, Rate> shuffled(Map<String, Rate> table, long seed) {
    List<String> keys = new ArrayList<>(table.keySet());
    Collections.shuffle(keys, new Random(seed));
    Map<String, Rate> out = new LinkedHashMap<>();
    keys.forEach(k -> out.put(k, table.get(k)));
    return out;
  }

  @Test
  void rankingIsInvariantUnderPermutationOfItsInput() {
    qt().forAll(table(), longs().all(), TargetGen.directions())
        .checkAssert(
            (table, seed, dir) -> {
              Ranking<String, Rate> a = Ranking.byRate(table, dir);
              Ranking<String, Rate> b = Ranking.byRate(shuffled(table, seed), dir);
              for (String key : table.keySet()) {
                assertThat(b.rankOf(key)).isEqualTo(a.rankOf(key));
                assertThat(b.entry(key).tied()).isEqualTo(a.entry(key).tied());
              }
            });
  }

  @Test
  void rankingIsConsistentWithTheOrderOfRates() {
    qt().forAll(table(), TargetGen.directions())
        .checkAssert(
            (table, dir) -> {
              Ranking<String, Rate> r = Ranking.byRate(table, dir);
              for (String x : table.keySet()) {
                for (String y : table.keySet()) {
                  Rate rx = table.get(x);
                  Rate ry = table.get(y);
                  OptionalInt kx = r.rankOf(x);
                  OptionalInt ky = r.rankOf(y);
                  assertThat(kx.isPresent()).isEqualTo(!rx.isUndefined());
                  if (rx.isUndefined() || ry.isUndefined()) {
                    continue;
                  }
                  int better = dir.better(rx.compareTo(ry));
                  assertThat(Integer.signum(Integer.compare(ky.getAsInt(), kx.getAsInt())))
                      .isEqualTo(Integer.signum(better));
                }
              }
              // ranks are competition ranks: an entry's rank is 1 + the number of entries better
              for (Ranking.Entry<String, Rate> e : r.entries()) {
                if (e.hasData()) {
                  long better =
                      table.values().stream()
                          .filter(v -> !v.isUndefined() && dir.better(v.compareTo(e.value())) > 0)
                          .count();
                  assertThat(e.rank().getAsInt()).isEqualTo(better + 1);
                }
              }
              // entries without data come last
              List<Boolean> data = r.entries().stream().map(Ranking.Entry::hasData).toList();
              assertThat(
                      data.indexOf(false) < 0
                          || !data.subList(data.indexOf(false), data.size()).contains(true))
                  .isTrue();
            });
  }

  @Test
  void tiesShareARankAndTheNextRankIsSkipped() {
    Map<String, Rate> t = new LinkedHashMap<>();
    t.put("TX Kỳ Anh", Rate.of(1, 1));
    t.put("Hương Sơn", Rate.of(9, 10));
    t.put("TP Hà Tĩnh", Rate.of(18, 20));
    t.put("Vũ Quang", Rate.undefined());
    t.put("Can Lộc", Rate.of(1, 2));
    Ranking<String, Rate> r = Ranking.byRate(t, Direction.AT_LEAST);
    assertThat(r.entries())
        .extracting(Ranking.Entry::key)
        .containsExactly("TX Kỳ Anh", "Hương Sơn", "TP Hà Tĩnh", "Can Lộc", "Vũ Quang");
    assertThat(r.entries()).extracting(e -> e.rank().orElse(-1)).containsExactly(1, 2, 2, 4, -1);
    assertThat(r.entries())
        .extracting(Ranking.Entry::tied)
        .containsExactly(false, true, true, false, false);
    assertThat(r.direction()).isEqualTo(Direction.AT_LEAST);
    assertThat(r.format(ENGLISH))
        .isEqualTo(
            "1. TX Kỳ Anh: 100.00% (1/1)\n"
                + "2= Hương Sơn: 90.00% (9/10)\n"
                + "2= TP Hà Tĩnh: 90.00% (18/20)\n"
                + "4. Can Lộc: 50.00% (1/2)\n"
                + "– Vũ Quang: no data (0/0) — not ranked");
    assertThat(r.toString()).endsWith("– Vũ Quang: không có dữ liệu (0/0) — không xếp hạng");

    Ranking<String, Rate> down = Ranking.byRate(t, Direction.AT_MOST);
    assertThat(down.entries())
        .extracting(Ranking.Entry::key)
        .containsExactly("Can Lộc", "Hương Sơn", "TP Hà Tĩnh", "TX Kỳ Anh", "Vũ Quang");
    assertThat(down.rankOf("TX Kỳ Anh")).hasValue(4);
    assertThat(down.rankOf("Vũ Quang")).isEmpty();
    assertThatThrownBy(() -> down.rankOf("Lộc Hà")).hasMessageContaining("not in the ranking");
    new EqualsTester()
        .addEqualityGroup(r, Ranking.byRate(t, Direction.AT_LEAST))
        .addEqualityGroup(down)
        .testEquals();
  }

  @Test
  void scoresAndIndexScoresRank() {
    Ranking<String, Fraction> s =
        Ranking.byScore(Map.of("A", Fraction.of(831, 10)), Direction.AT_LEAST);
    assertThat(s.format(ENGLISH)).isEqualTo("1. A: 83.10");
    IndexModel m = Index766.model();
    Map<String, IndexScore> scores = new LinkedHashMap<>();
    scores.put("partial", m.scoreFromGroupPoints(Map.of("openness", BigDecimal.TEN)));
    scores.put("low", full(m, "1"));
    scores.put("high", full(m, "9"));
    Ranking<String, IndexScore> r = Ranking.byIndexScore(scores);
    assertThat(r.entries())
        .extracting(Ranking.Entry::key)
        .containsExactly("high", "low", "partial");
    assertThat(r.rankOf("partial")).isEmpty();
    assertThat(r.format(ENGLISH)).endsWith("– partial: 10.00 (no data) — not ranked");
  }

  private static IndexScore full(IndexModel m, String each) {
    Map<String, BigDecimal> points = new LinkedHashMap<>();
    m.groups().forEach(g -> points.put(g.id(), new BigDecimal(each)));
    return m.scoreFromGroupPoints(points);
  }
}
