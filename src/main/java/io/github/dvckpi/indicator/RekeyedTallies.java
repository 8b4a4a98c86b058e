package io.github.dvckpi.indicator;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import io.github.dvckpi.domain.LinkKind;
import io.github.dvckpi.domain.UnitLink;
import io.github.dvckpi.domain.UnitLinks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Tallies counted on old units, carried to new units along {@link UnitLinks}: the counts of an old
 * unit that went into a new unit whole move there exactly; the counts of an old unit split between
 * new units are never divided by an invented share: each of those new units holds them as
 * <em>shared</em> and its figure is {@link Exactness#APPROXIMATE approximate}, bounded ({@link
 * RekeyedFigure}); the counts of an old unit declared gone or not linked at all are kept, by old
 * key, as {@link #unplaced()}: nothing is silently dropped.
 *
 * <p>The total over all new units ({@link #total()}) is exact: every counted dossier of a placed
 * old unit is in it once. Re-keying is a monoid homomorphism: the re-keying of merged tallies is
 * the merge ({@link #plus(RekeyedTallies)}) of their re-keyings.
 *
 * <p>Immutable and thread-safe; equality is by value.
 *
 * @param <K> the old key (a unit code, or a key that holds one)
 * @param <J> the new key
 */
public final class RekeyedTallies<K, J> {

  private final Tallies<J> exact;
  private final Tallies<J> shared;
  private final Tallies<K> split;
  private final Tallies<K> unplaced;
  private final ImmutableListMultimap<J, K> sharedFrom;

  private RekeyedTallies(
      Tallies<J> exact,
      Tallies<J> shared,
      Tallies<K> split,
      Tallies<K> unplaced,
      ImmutableListMultimap<J, K> sharedFrom) {
    this.exact = exact;
    this.shared = shared;
    this.split = split;
    this.unplaced = unplaced;
    this.sharedFrom = sharedFrom;
  }

  /**
   * Tallies grouped by unit code ({@link Grouping#byUnit()}) carried to the new units' codes.
   *
   * @param tallies the tallies on old unit codes
   * @param links the links from old to new units
   * @return the re-keyed tallies
   */
  public static RekeyedTallies<String, String> byUnit(Tallies<String> tallies, UnitLinks links) {
    return of(tallies, links, k -> k, (k, code) -> code);
  }

  /**
   * Tallies grouped by unit and tier ({@link Grouping#byUnitAndTier()}) carried to the new units,
   * each group keeping its agency's tier.
   *
   * @param tallies the tallies on old units and tiers
   * @param links the links from old to new units
   * @return the re-keyed tallies
   */
  public static RekeyedTallies<UnitTier, UnitTier> byUnitAndTier(
      Tallies<UnitTier> tallies, UnitLinks links) {
    return of(tallies, links, UnitTier::unitCode, (k, code) -> UnitTier.of(code, k.tier()));
  }

  /**
   * Tallies under any key that names a unit, carried to new units.
   *
   * @param <K> the old key
   * @param <J> the new key
   * @param tallies the tallies on old keys
   * @param links the links from old to new units
   * @param unitOf the old unit code of an old key
   * @param rekey the new key of an old key carried to a new unit code
   * @return the re-keyed tallies
   */
  public static <K, J> RekeyedTallies<K, J> of(
      Tallies<K> tallies,
      UnitLinks links,
      Function<? super K, String> unitOf,
      BiFunction<? super K, String, ? extends J> rekey) {
    requireNonNull(tallies, "tallies");
    requireNonNull(links, "links");
    requireNonNull(unitOf, "unitOf");
    requireNonNull(rekey, "rekey");
    Tallies<J> exact =
        tallies.regroup(
            k -> {
              List<UnitLink> out = links.from(unitOf.apply(k));
              return out.size() == 1 && out.get(0).kind() == LinkKind.WHOLE
                  ? rekey.apply(k, out.get(0).newCode())
                  : null;
            });
    Tallies<K> split = tallies.regroup(k -> isSplit(links.from(unitOf.apply(k))) ? k : null);
    Tallies<K> unplaced = tallies.regroup(k -> links.from(unitOf.apply(k)).isEmpty() ? k : null);
    int rounds = 0;
    for (K k : split.groups()) {
      rounds = Math.max(rounds, links.from(unitOf.apply(k)).size());
    }
    Tallies<J> shared = Tallies.empty(tallies.buckets());
    for (int r = 0; r < rounds; r++) {
      int round = r;
      shared =
          shared.plus(
              split.regroup(
                  k -> {
                    List<UnitLink> out = links.from(unitOf.apply(k));
                    return round < out.size() ? rekey.apply(k, out.get(round).newCode()) : null;
                  }));
    }
    ImmutableListMultimap.Builder<J, K> from = ImmutableListMultimap.builder();
    for (K k : split.groups()) {
      for (UnitLink link : links.from(unitOf.apply(k))) {
        from.put(rekey.apply(k, link.newCode()), k);
      }
    }
    return new RekeyedTallies<>(exact, shared, split, unplaced, from.build());
  }

  private static boolean isSplit(List<UnitLink> out) {
    return !out.isEmpty() && !(out.size() == 1 && out.get(0).kind() == LinkKind.WHOLE);
  }

  /**
   * The new keys that received counts, exact or shared.
   *
   * @return the keys, exact ones first, in the order met
   */
  public ImmutableList<J> keys() {
    Set<J> keys = new LinkedHashSet<>(exact.groups());
    keys.addAll(shared.groups());
    return ImmutableList.copyOf(keys);
  }

  /**
   * The figure of a new key over all the buckets.
   *
   * @param key the new key
   * @return its exact and shared counts; both empty for a key that received nothing
   */
  public RekeyedFigure<J> figure(J key) {
    return figure(key, 0, exact.buckets().size() - 1);
  }

  /**
   * The figure of a new key over a span of buckets.
   *
   * @param key the new key
   * @param first the span's first bucket
   * @param last the span's last bucket
   * @return its exact and shared counts over the span
   */
  public RekeyedFigure<J> figure(J key, int first, int last) {
    requireNonNull(key, "key");
    Tally sharedTally = shared.tally(key, first, last);
    ImmutableList<String> sources =
        sharedTally.isEmpty()
            ? ImmutableList.of()
            : sharedFrom.get(key).stream()
                .filter(k -> !split.tally(k, first, last).isEmpty())
                .map(String::valueOf)
                .collect(ImmutableList.toImmutableList());
    return new RekeyedFigure<>(key, exact.tally(key, first, last), sharedTally, sources);
  }

  /**
   * The figures of every new key.
   *
   * @return one figure per key of {@link #keys()}
   */
  public ImmutableList<RekeyedFigure<J>> figures() {
    return keys().stream().map(this::figure).collect(ImmutableList.toImmutableList());
  }

  /**
   * The counts that moved exactly, by new key.
   *
   * @return the tallies of whole links
   */
  public Tallies<J> exact() {
    return exact;
  }

  /**
   * The counts each new key shares with others, by new key: an old split unit's counts appear under
   * every new unit it went into.
   *
   * @return the shared tallies (their sum over keys counts a split unit more than once)
   */
  public Tallies<J> shared() {
    return shared;
  }

  /**
   * The counts of the old units that were split, by old key, each once.
   *
   * @return the split units' tallies
   */
  public Tallies<K> split() {
    return split;
  }

  /**
   * The counts of old units declared gone or not linked, by old key: placed nowhere, never dropped.
   *
   * @return the unplaced tallies
   */
  public Tallies<K> unplaced() {
    return unplaced;
  }

  /**
   * The exact total of all placed counts: the exact counts and every split unit's counts once.
   *
   * @return the total over all buckets
   */
  public Tally total() {
    return exact.total().plus(split.total());
  }

  /**
   * The merge of two re-keyings along the same links: every part added.
   *
   * @param other the other re-keyed tallies, over the same buckets
   * @return the sum
   * @throws IllegalArgumentException if the buckets differ
   */
  public RekeyedTallies<K, J> plus(RekeyedTallies<K, J> other) {
    requireNonNull(other, "other");
    ImmutableListMultimap.Builder<J, K> from = ImmutableListMultimap.builder();
    from.putAll(sharedFrom);
    other.sharedFrom.forEach(
        (j, k) -> {
          if (!sharedFrom.containsEntry(j, k)) {
            from.put(j, k);
          }
        });
    return new RekeyedTallies<>(
        exact.plus(other.exact),
        shared.plus(other.shared),
        split.plus(other.split),
        unplaced.plus(other.unplaced),
        from.build());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RekeyedTallies<?, ?> r
        && r.exact.equals(exact)
        && r.shared.equals(shared)
        && r.split.equals(split)
        && r.unplaced.equals(unplaced);
  }

  @Override
  public int hashCode() {
    return exact.hashCode() * 31 + shared.hashCode();
  }

  @Override
  public String toString() {
    return "RekeyedTallies["
        + exact.groups().size()
        + " exact keys, "
        + shared.groups().size()
        + " keys sharing split units, "
        + unplaced.groups().size()
        + " unplaced old keys]";
  }
}
