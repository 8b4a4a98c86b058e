package io.github.dvckpi.target;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.Rate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Colour bands over the rate of an indicator: half-open ranges {@code [from, to)} that cover [0%,
 * 100%] exactly once, the band ending at 100% being closed ({@code [from, 100%]}) so that 100%
 * itself has a colour. Gaps and overlaps are rejected when the scale is built.
 *
 * <p>A scale has a {@link Direction}: for a higher-is-better indicator the best band is the
 * highest, for a lower-is-better one (the late rate) the lowest. The lookup {@link #bandOf(Rate)}
 * compares the exact rate with the bounds by integer arithmetic, never through a {@code double}, so
 * 79,996% is below an 80% bound even though it is published as "80,00%".
 *
 * <p>Note that the ranges are half-open the same way in both directions: with bands {@code [0%,
 * 2%)} and {@code [2%, 100%]} a late rate of exactly 2% falls in the upper band. Instances are
 * immutable and thread-safe.
 */
public final class BandScale {

  private final Direction direction;
  private final ImmutableList<Band> bands;

  private BandScale(Direction direction, ImmutableList<Band> bands) {
    this.direction = direction;
    this.bands = bands;
  }

  /**
   * A scale from bands given in any order.
   *
   * @param direction which end is best
   * @param bands the bands; together they must cover [0%, 100%] exactly once
   * @return the scale
   * @throws IllegalArgumentException naming the bands concerned if there is no band, the lowest
   *     does not start at 0%, the highest does not end at 100%, two bands overlap or leave a gap
   */
  public static BandScale of(Direction direction, Band... bands) {
    return of(direction, Arrays.asList(bands));
  }

  /**
   * A scale from bands given in any order.
   *
   * @param direction which end is best
   * @param bands the bands; together they must cover [0%, 100%] exactly once
   * @return the scale
   * @throws IllegalArgumentException naming the bands concerned if there is no band, the lowest
   *     does not start at 0%, the highest does not end at 100%, two bands overlap or leave a gap
   */
  public static BandScale of(Direction direction, List<Band> bands) {
    requireNonNull(direction, "direction");
    checkArgument(!bands.isEmpty(), "a band scale needs at least one band");
    List<Band> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparing(Band::from).thenComparing(Band::to));
    Band first = sorted.get(0);
    checkArgument(
        first.from().equals(Threshold.ZERO),
        "bands must cover [0%, 100%]: the lowest band \"%s\" starts at %s, so [0%, %s) has no"
            + " band",
        first.name(),
        first.from(),
        first.from());
    for (int i = 1; i < sorted.size(); i++) {
      Band below = sorted.get(i - 1);
      Band above = sorted.get(i);
      int cmp = below.to().compareTo(above.from());
      checkArgument(
          cmp <= 0,
          "bands \"%s\" %s and \"%s\" %s overlap on [%s, %s)",
          below.name(),
          below,
          above.name(),
          above,
          above.from(),
          below.to().compareTo(above.to()) < 0 ? below.to() : above.to());
      checkArgument(
          cmp == 0,
          "bands \"%s\" %s and \"%s\" %s leave a gap: [%s, %s) has no band",
          below.name(),
          below,
          above.name(),
          above,
          below.to(),
          above.from());
    }
    Band last = sorted.get(sorted.size() - 1);
    checkArgument(
        last.to().equals(Threshold.HUNDRED),
        "bands must cover [0%, 100%]: the highest band \"%s\" ends at %s, so [%s, 100%] has no"
            + " band",
        last.name(),
        last.to(),
        last.to());
    return new BandScale(direction, ImmutableList.copyOf(sorted));
  }

  /**
   * The usual three colours, red / amber / green, cut at two thresholds. For {@link
   * Direction#AT_LEAST}: Đỏ (red) {@code [0%, low)}, Vàng (amber) {@code [low, high)}, Xanh (green)
   * {@code [high, 100%]}; for {@link Direction#AT_MOST} the colours are reversed.
   *
   * @param direction which end is best
   * @param low the lower cut, e.g. {@code "80%"}
   * @param high the upper cut, e.g. {@code "95%"}
   * @return the scale
   * @throws IllegalArgumentException unless {@code 0% < low < high < 100%}
   */
  public static BandScale trafficLight(Direction direction, String low, String high) {
    Threshold lo = Threshold.parse(low);
    Threshold hi = Threshold.parse(high);
    boolean up = requireNonNull(direction, "direction") == Direction.AT_LEAST;
    return of(
        direction,
        new Band(up ? "Đỏ" : "Xanh", up ? "#c62828" : "#2e7d32", Threshold.ZERO, lo),
        new Band("Vàng", "#f9a825", lo, hi),
        new Band(up ? "Xanh" : "Đỏ", up ? "#2e7d32" : "#c62828", hi, Threshold.HUNDRED));
  }

  /**
   * The band a rate falls in, found exactly.
   *
   * @param rate any rate
   * @return the one band containing it; empty for the undefined rate (no data has no colour)
   */
  public Optional<Band> bandOf(Rate rate) {
    requireNonNull(rate, "rate");
    if (rate.isUndefined()) {
      return Optional.empty();
    }
    for (Band band : bands) {
      if (band.contains(rate)) {
        return Optional.of(band);
      }
    }
    throw new AssertionError("bands cover [0%, 100%]; no band for " + rate);
  }

  /**
   * Which end is best.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * The bands from the lowest rates to the highest.
   *
   * @return the bands in ascending order
   */
  public ImmutableList<Band> bands() {
    return bands;
  }

  /**
   * The bands from the best to the worst: descending for "at least", ascending for "at most".
   *
   * @return the bands, best first
   */
  public ImmutableList<Band> bestFirst() {
    return direction == Direction.AT_LEAST ? bands.reverse() : bands;
  }

  /**
   * The best band: the highest for "at least", the lowest for "at most".
   *
   * @return the best band
   */
  public Band best() {
    return bestFirst().get(0);
  }

  /**
   * The worst band.
   *
   * @return the worst band
   */
  public Band worst() {
    return bestFirst().get(bands.size() - 1);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BandScale s && s.direction == direction && s.bands.equals(bands);
  }

  @Override
  public int hashCode() {
    return 31 * direction.hashCode() + bands.hashCode();
  }

  /** The direction and the bands, best first. */
  @Override
  public String toString() {
    return direction + " " + bestFirst();
  }
}
