package io.github.dvckpi.target;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where an evaluated rate comes from: a tier, a unit, the total over all tiers, or nothing stated
 * (a bare rate). A scope may name the territory (unit code and name) it lies in, so "TP Hà Tĩnh,
 * commune tier" is {@code Scope.tier("436", "TP Hà Tĩnh", COMMUNE)}.
 *
 * <p>Instances are immutable and thread-safe; equality is by all fields.
 */
public final class Scope {

  /** The kind of scope. */
  public enum Kind {
    /** A rate given without saying where it comes from. */
    UNSPECIFIED("không xác định", "unspecified"),
    /** All tiers together (tổng các cấp), of a territory if one is named. */
    TOTAL("tổng các cấp", "all tiers"),
    /** One tier (cấp), of a territory if one is named. */
    TIER("cấp", "tier"),
    /** One administrative unit (đơn vị). */
    UNIT("đơn vị", "unit");

    private final String vietnameseName;
    private final String englishName;

    Kind(String vietnameseName, String englishName) {
      this.vietnameseName = vietnameseName;
      this.englishName = englishName;
    }

    /**
     * The name in a language.
     *
     * @param locale the language; Vietnamese for {@code vi}, English otherwise
     * @return e.g. {@code tổng các cấp} / {@code all tiers}
     */
    public String displayName(Locale locale) {
      return RateFormat.isVietnamese(locale) ? vietnameseName : englishName;
    }
  }

  private static final Scope UNSPECIFIED = new Scope(Kind.UNSPECIFIED, null, null, null);
  private static final Scope TOTAL = new Scope(Kind.TOTAL, null, null, null);

  private final Kind kind;
  private final @Nullable String unitCode;
  private final @Nullable String unitName;
  private final @Nullable AdministrativeLevel tier;

  private Scope(
      Kind kind,
      @Nullable String unitCode,
      @Nullable String unitName,
      @Nullable AdministrativeLevel tier) {
    this.kind = kind;
    this.unitCode = unitCode;
    this.unitName = unitName;
    this.tier = tier;
  }

  /**
   * A rate given without a scope.
   *
   * @return the unspecified scope
   */
  public static Scope unspecified() {
    return UNSPECIFIED;
  }

  /**
   * All tiers together, territory not named.
   *
   * @return the total scope
   */
  public static Scope total() {
    return TOTAL;
  }

  /**
   * All tiers together within a territory.
   *
   * @param unitCode the territory's code, e.g. {@code 436}
   * @param unitName its name, e.g. {@code TP Hà Tĩnh}
   * @return the scope
   */
  public static Scope total(String unitCode, String unitName) {
    return new Scope(Kind.TOTAL, code(unitCode), name(unitName), null);
  }

  /**
   * One tier, territory not named.
   *
   * @param tier the tier
   * @return the scope
   */
  public static Scope tier(AdministrativeLevel tier) {
    return new Scope(Kind.TIER, null, null, requireNonNull(tier, "tier"));
  }

  /**
   * One tier within a territory: "TP Hà Tĩnh, commune tier".
   *
   * @param unitCode the territory's code
   * @param unitName its name
   * @param tier the tier
   * @return the scope
   */
  public static Scope tier(String unitCode, String unitName, AdministrativeLevel tier) {
    return new Scope(Kind.TIER, code(unitCode), name(unitName), requireNonNull(tier, "tier"));
  }

  /**
   * One administrative unit.
   *
   * @param unitCode the unit's code
   * @param unitName its name
   * @param level the unit's own tier, which tier-restricted targets are matched against, or null if
   *     not known
   * @return the scope
   */
  public static Scope unit(String unitCode, String unitName, @Nullable AdministrativeLevel level) {
    return new Scope(Kind.UNIT, code(unitCode), name(unitName), level);
  }

  private static String code(String unitCode) {
    requireNonNull(unitCode, "unitCode");
    checkArgument(!unitCode.isBlank(), "a scope's unit code must not be blank");
    return unitCode;
  }

  private static String name(String unitName) {
    return requireNonNull(unitName, "unitName");
  }

  /**
   * The kind of scope.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The territory or unit's code.
   *
   * @return the code, if named
   */
  public Optional<String> unitCode() {
    return Optional.ofNullable(unitCode);
  }

  /**
   * The territory or unit's name.
   *
   * @return the name, if named
   */
  public Optional<String> unitName() {
    return Optional.ofNullable(unitName);
  }

  /**
   * The tier: the scope's tier, or a unit's own tier.
   *
   * @return the tier, if any
   */
  public Optional<AdministrativeLevel> tier() {
    return Optional.ofNullable(tier);
  }

  /**
   * Describes the scope: {@code TP Hà Tĩnh, cấp xã}, {@code TP Hà Tĩnh, tổng các cấp}, {@code Hà
   * Tĩnh (42)}.
   *
   * @param locale the language
   * @return the description
   */
  public String describe(Locale locale) {
    String unit = unitName == null || unitName.isBlank() ? unitCode : unitName;
    switch (kind) {
      case TOTAL:
        return unit == null ? kind.displayName(locale) : unit + ", " + kind.displayName(locale);
      case TIER:
        String t = requireNonNull(tier).displayName(locale);
        return unit == null ? t : unit + ", " + t;
      case UNIT:
        return requireNonNull(unit) + (unit.equals(unitCode) ? "" : " (" + unitCode + ")");
      default:
        return kind.displayName(locale);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Scope s
        && s.kind == kind
        && Objects.equals(s.unitCode, unitCode)
        && Objects.equals(s.unitName, unitName)
        && s.tier == tier;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, unitCode, unitName, tier);
  }

  /** The Vietnamese description; see {@link #describe(Locale)}. */
  @Override
  public String toString() {
    return describe(RateFormat.VIETNAMESE);
  }
}
