package io.github.dvckpi.target;

import static io.github.dvckpi.rate.RateFormat.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import io.github.dvckpi.rate.Rate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Colour bands: coverage, exact lookup, direction, validation. */
class BandScaleTest {

  /** Scales of 1 to 6 bands cut at random thresholds. */
  private static Gen<BandScale> scales() {
    return lists()
        .of(TargetGen.thresholds())
        .ofSizeBetween(0, 5)
        .zip(TargetGen.directions(), (cuts, direction) -> scale(direction, cuts));
  }

  private static BandScale scale(Direction direction, List<Threshold> cuts) {
    TreeSet<Threshold> points = new TreeSet<>(cuts);
    points.add(Threshold.ZERO);
    points.add(Threshold.HUNDRED);
    List<Threshold> sorted = new ArrayList<>(points);
    List<Band> bands = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      bands.add(new Band("B" + i, "#00000" + (i % 10), sorted.get(i - 1), sorted.get(i)));
    }
    java.util.Collections.reverse(bands); // any order is accepted
    return BandScale.of(direction, bands);
  }

  /** Rates including the bounds of the usual thresholds: 0%, 100%, 80% exactly. */
  private static Gen<Rate> rates() {
    return TargetGen.rates(TargetGen.MAX_COUNT)
        .mix(integers().between(0, 4).map(i -> Rate.of(i * 25L, 100)), 30);
  }

  @Test
  void everyRateFallsInExactlyOneBand() {
    qt().forAll(scales(), rates())
        .checkAssert(
            (scale, rate) -> {
              List<Band> containing = scale.bands().stream().filter(b -> b.contains(rate)).toList();
              assertThat(containing).hasSize(1);
              assertThat(scale.bandOf(rate)).contains(containing.get(0));
            });
  }

  @Test
  void bandLookupAgreesWithTheExactBounds() {
    qt().forAll(scales(), rates())
        .checkAssert(
            (scale, rate) -> {
              Band b = scale.bandOf(rate).orElseThrow();
              assertThat(b.from().compareRate(rate)).isGreaterThanOrEqualTo(0);
              if (b.to().equals(Threshold.HUNDRED)) {
                assertThat(b.to().compareRate(rate)).isLessThanOrEqualTo(0);
              } else {
                assertThat(b.to().compareRate(rate)).isNegative();
              }
            });
  }

  @Test
  void trafficLightIsDirectionAware() {
    BandScale up = BandScale.trafficLight(Direction.AT_LEAST, "80%", "95%");
    assertThat(up.bandOf(Rate.of(7_999_6, 100_000)).orElseThrow().name()).isEqualTo("Đỏ");
    assertThat(up.bandOf(Rate.of(80, 100)).orElseThrow().name()).isEqualTo("Vàng");
    assertThat(up.bandOf(Rate.of(95, 100)).orElseThrow().name()).isEqualTo("Xanh");
    assertThat(up.bandOf(Rate.of(100, 100)).orElseThrow().name()).isEqualTo("Xanh");
    assertThat(up.bandOf(Rate.of(0, 100)).orElseThrow().name()).isEqualTo("Đỏ");
    assertThat(up.bandOf(Rate.undefined())).isEmpty();
    assertThat(up.best().name()).isEqualTo("Xanh");
    assertThat(up.worst().name()).isEqualTo("Đỏ");
    assertThat(up.direction()).isEqualTo(Direction.AT_LEAST);

    BandScale down = BandScale.trafficLight(Direction.AT_MOST, "2%", "5%");
    assertThat(down.best().name()).isEqualTo("Xanh");
    assertThat(down.best().from()).isEqualTo(Threshold.ZERO);
    assertThat(down.bestFirst()).extracting(Band::name).containsExactly("Xanh", "Vàng", "Đỏ");
    assertThat(down.bandOf(Rate.of(199, 10_000)).orElseThrow().name()).isEqualTo("Xanh");
    // half-open in both directions: exactly 2% is in the band starting at 2%
    assertThat(down.bandOf(Rate.of(2, 100)).orElseThrow().name()).isEqualTo("Vàng");
    assertThat(down.bandOf(Rate.of(1, 1)).orElseThrow().name()).isEqualTo("Đỏ");
    assertThat(down.toString()).startsWith("AT_MOST [Xanh [0%, 2%) #2e7d32");
  }

  @Test
  void gapsOverlapsAndOpenEndsAreRejected() {
    Band low = Band.of("Thấp", "red", "0%", "50%");
    Band high = Band.of("Cao", "green", "50%", "100%");
    assertThat(BandScale.of(Direction.AT_LEAST, high, low).bands()).containsExactly(low, high);
    assertThatThrownBy(() -> BandScale.of(Direction.AT_LEAST, List.of()))
        .hasMessageContaining("at least one band");
    assertThatThrownBy(() -> BandScale.of(Direction.AT_LEAST, Band.of("A", "x", "5%", "100%")))
        .hasMessage(
            "bands must cover [0%, 100%]: the lowest band \"A\" starts at 5%, so [0%, 5%) has no"
                + " band");
    assertThatThrownBy(() -> BandScale.of(Direction.AT_LEAST, Band.of("A", "x", "0%", "99,5%")))
        .hasMessage(
            "bands must cover [0%, 100%]: the highest band \"A\" ends at 99,5%, so [99,5%, 100%]"
                + " has no band");
    assertThatThrownBy(
            () -> BandScale.of(Direction.AT_LEAST, low, Band.of("Cao", "green", "60%", "100%")))
        .hasMessage(
            "bands \"Thấp\" Thấp [0%, 50%) red and \"Cao\" Cao [60%, 100%] green leave a gap:"
                + " [50%, 60%) has no band");
    assertThatThrownBy(
            () -> BandScale.of(Direction.AT_LEAST, Band.of("Thấp", "red", "0%", "55%"), high))
        .hasMessage(
            "bands \"Thấp\" Thấp [0%, 55%) red and \"Cao\" Cao [50%, 100%] green overlap on"
                + " [50%, 55%)");
    assertThatThrownBy(() -> Band.of("A", "x", "50%", "50%"))
        .hasMessage("band \"A\": from 50% is not below to 50%");
    assertThatThrownBy(() -> Band.of(" ", "x", "0%", "50%")).hasMessageContaining("name");
    assertThatThrownBy(() -> Band.of("A", " ", "0%", "50%")).hasMessageContaining("colour");
    assertThatThrownBy(() -> BandScale.trafficLight(Direction.AT_LEAST, "95%", "80%"))
        .hasMessageContaining("not below");
  }

  @Test
  void bandsPrintTheirRange() {
    assertThat(Band.of("Vàng", "#f9a825", "80%", "95%").range(ENGLISH)).isEqualTo("[80%, 95%)");
    assertThat(Band.of("Xanh", "#2e7d32", "95,5%", "100%"))
        .hasToString("Xanh [95,5%, 100%] #2e7d32");
    new EqualsTester()
        .addEqualityGroup(
            BandScale.trafficLight(Direction.AT_LEAST, "80%", "95%"),
            BandScale.trafficLight(Direction.AT_LEAST, "80,0%", "95%"))
        .addEqualityGroup(BandScale.trafficLight(Direction.AT_MOST, "80%", "95%"))
        .addEqualityGroup(BandScale.trafficLight(Direction.AT_LEAST, "80%", "90%"))
        .testEquals();
  }
}
