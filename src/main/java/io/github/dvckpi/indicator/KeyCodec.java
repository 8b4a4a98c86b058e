package io.github.dvckpi.indicator;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.AdministrativeLevel;
import java.util.function.Function;

/**
 * How the group keys of {@link Tallies} are written in their binary form: each key as a short text,
 * and a name that the bytes carry so that they are read back with the same codec.
 *
 * <pre>{@code
 * byte[] bytes = tallies.encode(KeyCodec.unitTiers());
 * Tallies<UnitTier> again = Tallies.decode(bytes, KeyCodec.unitTiers());
 * }</pre>
 *
 * @param <K> the key
 */
public interface KeyCodec<K> {

  /**
   * The codec's name, written in the binary form and checked when reading.
   *
   * @return e.g. {@code unit-tier}
   */
  String name();

  /**
   * The text of a key.
   *
   * @param key the key
   * @return its text; {@link #read(String)} gives the key back
   */
  String write(K key);

  /**
   * The key of a text.
   *
   * @param text a text {@link #write(Object)} wrote
   * @return the key
   * @throws IllegalArgumentException if the text is no key of this codec
   */
  K read(String text);

  /**
   * A codec from two functions.
   *
   * @param <K> the key
   * @param name the codec's name
   * @param write the text of a key
   * @param read the key of a text, throwing {@link IllegalArgumentException} for a bad one
   * @return the codec
   */
  static <K> KeyCodec<K> of(
      String name, Function<? super K, String> write, Function<String, K> read) {
    requireNonNull(name, "name");
    requireNonNull(write, "write");
    requireNonNull(read, "read");
    return new KeyCodec<>() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String write(K key) {
        return write.apply(key);
      }

      @Override
      public K read(String text) {
        return read.apply(text);
      }

      @Override
      public String toString() {
        return "KeyCodec[" + name + "]";
      }
    };
  }

  /**
   * The codec of {@link Grouping#all()}.
   *
   * @return the codec of the one key {@link Grouping.All#ALL}
   */
  static KeyCodec<Grouping.All> all() {
    return of("all", Grouping.All::name, Grouping.All::valueOf);
  }

  /**
   * Texts as themselves, e.g. the unit codes of {@link Grouping#byUnit()}.
   *
   * @return the codec
   */
  static KeyCodec<String> strings() {
    return of("string", s -> s, s -> s);
  }

  /**
   * Tiers by their constant's name, e.g. {@code COMMUNE}.
   *
   * @return the codec of {@link Grouping#byTier()}
   */
  static KeyCodec<AdministrativeLevel> tiers() {
    return of("tier", AdministrativeLevel::name, AdministrativeLevel::valueOf);
  }

  /**
   * Unit and tier as {@code <tier>/<unit code>}, e.g. {@code COMMUNE/28534}.
   *
   * @return the codec of {@link Grouping#byUnitAndTier()}
   */
  static KeyCodec<UnitTier> unitTiers() {
    return of(
        "unit-tier",
        k -> k.tier().name() + "/" + k.unitCode(),
        s -> {
          int slash = s.indexOf('/');
          if (slash < 0) {
            throw new IllegalArgumentException("\"" + s + "\" is not <tier>/<unit code>");
          }
          return UnitTier.of(
              s.substring(slash + 1), AdministrativeLevel.valueOf(s.substring(0, slash)));
        });
  }
}
