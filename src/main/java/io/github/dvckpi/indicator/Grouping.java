package io.github.dvckpi.indicator;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Dossier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a dossier's group is in a count: its handling agency's tier, the agency, its unit, unit and
 * tier, or any key a caller chooses. A {@link TallyAccumulator} gives every group a dense number
 * the first time it meets it.
 *
 * <p>A grouping by agency ({@link #byAgency(Function)} and the built-in ones) looks the agency up
 * in a cache keyed by object identity, so counting a dossier whose agency was met before allocates
 * nothing and hashes nothing; its key function is called once per agency. A grouping by dossier
 * ({@link #byDossier(Function)}) computes and hashes a key per dossier. A key function may return
 * null to leave a dossier out of the count, and may throw an {@link IllegalArgumentException} when
 * it cannot place one: the accumulator then throws an {@link
 * io.github.dvckpi.domain.InvalidRecordException} naming the dossier.
 *
 * <p>Immutable and thread-safe; one grouping serves any number of accumulators.
 *
 * @param <K> the group key: a value with {@code equals} and {@code hashCode}
 */
public final class Grouping<K> {

  /** The key of {@link #all()}: every dossier in one group. */
  public enum All {
    /** All the dossiers counted. */
    ALL
  }

  private static final Grouping<All> ALL = new Grouping<>("all", null, null);
  private static final Grouping<AdministrativeLevel> TIER =
      new Grouping<>("by tier", Agency::tier, null);
  private static final Grouping<Agency> AGENCY = new Grouping<>("by agency", a -> a, null);
  private static final Grouping<String> UNIT = new Grouping<>("by unit", Agency::unitCode, null);
  private static final Grouping<UnitTier> UNIT_TIER =
      new Grouping<>("by unit and tier", UnitTier::of, null);

  private final String name;
  private final @Nullable Function<? super Agency, ? extends @Nullable K> byAgency;
  private final @Nullable Function<? super Dossier, ? extends @Nullable K> byDossier;

  private Grouping(
      String name,
      @Nullable Function<? super Agency, ? extends @Nullable K> byAgency,
      @Nullable Function<? super Dossier, ? extends @Nullable K> byDossier) {
    this.name = name;
    this.byAgency = byAgency;
    this.byDossier = byDossier;
  }

  /**
   * One group of every dossier: the grouping-free total.
   *
   * @return the grouping
   */
  public static Grouping<All> all() {
    return ALL;
  }

  /**
   * By the handling agency's tier (cấp tỉnh / huyện / xã).
   *
   * @return the grouping
   */
  public static Grouping<AdministrativeLevel> byTier() {
    return TIER;
  }

  /**
   * By handling agency.
   *
   * @return the grouping
   */
  public static Grouping<Agency> byAgency() {
    return AGENCY;
  }

  /**
   * By the code of the handling agency's territorial unit.
   *
   * @return the grouping
   */
  public static Grouping<String> byUnit() {
    return UNIT;
  }

  /**
   * By the handling agency's unit and tier: provincial departments in the province's unit at the
   * province tier, a people's committee in its own unit at its tier.
   *
   * @return the grouping
   */
  public static Grouping<UnitTier> byUnitAndTier() {
    return UNIT_TIER;
  }

  /**
   * By a key of the handling agency, computed once per agency.
   *
   * @param <K> the key
   * @param key the key of an agency's dossiers; null to leave them out; it must depend on the
   *     agency's value only
   * @return the grouping
   */
  public static <K> Grouping<K> byAgency(Function<? super Agency, ? extends @Nullable K> key) {
    return new Grouping<>("by a key of the agency", requireNonNull(key, "key"), null);
  }

  /**
   * By a key of each dossier, computed and hashed per dossier.
   *
   * @param <K> the key
   * @param key the key of a dossier; null to leave it out
   * @return the grouping
   */
  public static <K> Grouping<K> byDossier(Function<? super Dossier, ? extends @Nullable K> key) {
    return new Grouping<>("by a key of the dossier", null, requireNonNull(key, "key"));
  }

  /** Whether every dossier is in the one group of {@link #all()}. */
  boolean isAll() {
    return byAgency == null && byDossier == null;
  }

  @Nullable Function<? super Agency, ? extends @Nullable K> agencyKey() {
    return byAgency;
  }

  @Nullable Function<? super Dossier, ? extends @Nullable K> dossierKey() {
    return byDossier;
  }

  @Override
  public String toString() {
    return "Grouping[" + name + "]";
  }
}
