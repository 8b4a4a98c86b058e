package io.github.dvckpi.target;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.Fraction;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Units (or anything keyed) ranked by a rate or a score: best first, ties sharing a rank (1, 2, 2,
 * 4), entries without data (an undefined rate, an incomplete index score) last, unranked and
 * marked.
 *
 * <p>The ranking is stable — tied entries and entries without data keep the order of the input —
 * and the rank of each key depends only on the values, never on the input order. Rates are compared
 * exactly. Instances are immutable and thread-safe if the keys are.
 *
 * @param <K> the key, e.g. a unit code or an {@link io.github.dvckpi.domain.AdministrativeUnit}
 * @param <V> the value ranked: a {@link Rate}, a {@link Fraction} or an {@link IndexScore}
 */
public final class Ranking<K, V> {

  /**
   * One ranked entry.
   *
   * @param key the key
   * @param value its value
   * @param rank its rank, 1 for the best; empty when it has no data
   * @param tied whether another entry shares its rank
   * @param <K> the key type
   * @param <V> the value type
   */
  public record Entry<K, V>(K key, V value, OptionalInt rank, boolean tied) {

    /**
     * Checks the parts.
     *
     * @param key the key
     * @param value its value
     * @param rank its rank, 1 for the best; empty when it has no data
     * @param tied whether another entry shares its rank
     * @throws NullPointerException if a part is null
     */
    public Entry {
      requireNonNull(key, "key");
      requireNonNull(value, "value");
      requireNonNull(rank, "rank");
    }

    /**
     * Whether the entry was ranked.
     *
     * @return false for an entry without data
     */
    public boolean hasData() {
      return rank.isPresent();
    }
  }

  private final Direction direction;
  private final ImmutableList<Entry<K, V>> entries;
  private final BiFunction<V, Locale, String> formatter;

  private Ranking(
      Direction direction,
      ImmutableList<Entry<K, V>> entries,
      BiFunction<V, Locale, String> formatter) {
    this.direction = direction;
    this.entries = entries;
    this.formatter = formatter;
  }

  /**
   * Ranks by a rate: highest first for {@link Direction#AT_LEAST}, lowest first for {@link
   * Direction#AT_MOST}; undefined rates last.
   *
   * @param rates the rates by key, in the order ties are to be listed
   * @param direction which end is best
   * @param <K> the key type
   * @return the ranking
   */
  public static <K> Ranking<K, Rate> byRate(Map<K, Rate> rates, Direction direction) {
    return rank(
        rates,
        direction,
        Comparator.naturalOrder(),
        r -> !r.isUndefined(),
        (r, locale) -> r.format(locale));
  }

  /**
   * Ranks by an exact score, highest first for {@link Direction#AT_LEAST}.
   *
   * @param scores the scores by key
   * @param direction which end is best
   * @param <K> the key type
   * @return the ranking
   */
  public static <K> Ranking<K, Fraction> byScore(Map<K, Fraction> scores, Direction direction) {
    return rank(
        scores,
        direction,
        Comparator.naturalOrder(),
        s -> true,
        (s, locale) -> s.format(locale, RateFormat.DEFAULT_SCALE, RateFormat.DEFAULT_ROUNDING));
  }

  /**
   * Ranks by index score, highest total first; incomplete scores last, unranked.
   *
   * @param scores the scores by key
   * @param <K> the key type
   * @return the ranking
   */
  public static <K> Ranking<K, IndexScore> byIndexScore(Map<K, IndexScore> scores) {
    return rank(
        scores,
        Direction.AT_LEAST,
        Comparator.comparing(IndexScore::total),
        IndexScore::isComplete,
        (s, locale) ->
            s.total().format(locale, RateFormat.DEFAULT_SCALE, RateFormat.DEFAULT_ROUNDING)
                + (s.isComplete() ? "" : " (" + RateFormat.noData(locale) + ")"));
  }

  private static <K, V> Ranking<K, V> rank(
      Map<K, V> values,
      Direction direction,
      Comparator<V> natural,
      Predicate<V> hasData,
      BiFunction<V, Locale, String> formatter) {
    requireNonNull(direction, "direction");
    Comparator<V> best = direction == Direction.AT_LEAST ? natural.reversed() : natural;
    List<Map.Entry<K, V>> ranked = new ArrayList<>();
    List<Map.Entry<K, V>> unranked = new ArrayList<>();
    for (Map.Entry<K, V> e : values.entrySet()) {
      requireNonNull(e.getValue(), "value");
      (hasData.test(e.getValue()) ? ranked : unranked).add(e);
    }
    ranked.sort((a, b) -> best.compare(a.getValue(), b.getValue())); // stable
    ImmutableList.Builder<Entry<K, V>> out = ImmutableList.builder();
    int rank = 0;
    for (int i = 0; i < ranked.size(); i++) {
      V v = ranked.get(i).getValue();
      boolean tiedAbove = i > 0 && best.compare(ranked.get(i - 1).getValue(), v) == 0;
      boolean tiedBelow =
          i + 1 < ranked.size() && best.compare(ranked.get(i + 1).getValue(), v) == 0;
      if (!tiedAbove) {
        rank = i + 1;
      }
      out.add(new Entry<>(ranked.get(i).getKey(), v, OptionalInt.of(rank), tiedAbove || tiedBelow));
    }
    for (Map.Entry<K, V> e : unranked) {
      out.add(new Entry<>(e.getKey(), e.getValue(), OptionalInt.empty(), false));
    }
    return new Ranking<>(direction, out.build(), formatter);
  }

  /**
   * The entries, best first, then those without data in input order.
   *
   * @return the entries
   */
  public ImmutableList<Entry<K, V>> entries() {
    return entries;
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
   * The rank of a key.
   *
   * @param key the key
   * @return its rank, or empty if it has no data
   * @throws IllegalArgumentException if the key was not ranked
   */
  public OptionalInt rankOf(K key) {
    return entry(key).rank();
  }

  /**
   * The entry of a key.
   *
   * @param key the key
   * @return the entry
   * @throws IllegalArgumentException if the key is not in the ranking
   */
  public Entry<K, V> entry(K key) {
    for (Entry<K, V> e : entries) {
      if (e.key().equals(key)) {
        return e;
      }
    }
    throw new IllegalArgumentException("\"" + key + "\" is not in the ranking");
  }

  /**
   * Formats one line per entry: {@code 1. 436: 99,79% (9.979/10.000)}, {@code 2= …} for a tie,
   * {@code – …: không có dữ liệu} for no data.
   *
   * @param locale the language
   * @return the lines, separated by {@code \n}
   */
  public String format(Locale locale) {
    StringBuilder out = new StringBuilder();
    for (Entry<K, V> e : entries) {
      if (out.length() > 0) {
        out.append('\n');
      }
      String rank = e.rank().isPresent() ? e.rank().getAsInt() + (e.tied() ? "=" : ".") : "–";
      out.append(rank)
          .append(' ')
          .append(e.key())
          .append(": ")
          .append(formatter.apply(e.value(), locale));
      if (!e.hasData()) {
        out.append(RateFormat.isVietnamese(locale) ? " — không xếp hạng" : " — not ranked");
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Ranking<?, ?> r && r.direction == direction && r.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return 31 * direction.hashCode() + entries.hashCode();
  }

  /** The Vietnamese lines; see {@link #format(Locale)}. */
  @Override
  public String toString() {
    return format(RateFormat.VIETNAMESE);
  }
}
