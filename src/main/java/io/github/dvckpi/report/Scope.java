package io.github.dvckpi.report;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * A row of a {@link KpiReport}: which of the report's dossiers a row counts.
 *
 * <ul>
 *   <li>{@link Tier}: the dossiers handled by agencies of one tier (cấp tỉnh, cấp huyện, cấp xã);
 *   <li>{@link OwnAgencies}: the dossiers handled by the agencies of the report's territory itself,
 *       not of the units below it (for a province: its departments, sở, ban, ngành);
 *   <li>{@link Unit}: the dossiers handled by agencies of a unit directly below the territory, or
 *       of any unit below that one (a district and its communes);
 *   <li>{@link Total}: all the report's dossiers.
 * </ul>
 *
 * <p>The tier rows partition the total, and so do the own-agencies row with the unit rows; the
 * total is always the sum of their counts.
 *
 * <p>Scopes are compared by {@link #ORDER}: tiers from the province tier down, the own agencies,
 * units (in the order the report gives), the total last.
 */
public sealed interface Scope permits Scope.Tier, Scope.OwnAgencies, Scope.Unit, Scope.Total {

  /**
   * The rank of each kind of scope in a report: tiers, own agencies, units, total.
   *
   * <p>Within tiers, the {@link AdministrativeLevel} order (province, district, commune).
   */
  java.util.Comparator<Scope> ORDER =
      java.util.Comparator.comparingInt(Scope::rank)
          .thenComparing(s -> s instanceof Tier t ? t.level() : AdministrativeLevel.PROVINCE);

  /**
   * The label of the row as a report prints it, e.g. {@code cấp xã}, {@code TP Hà Tĩnh}, {@code
   * Tổng cộng}.
   *
   * @param locale the language: Vietnamese for {@code vi}, English otherwise
   * @return the label
   */
  String label(Locale locale);

  /**
   * A short machine-readable code of the row: {@code tier:COMMUNE}, {@code own:436}, {@code
   * unit:449}, {@code total}.
   *
   * @return the code, stable across versions
   */
  String code();

  private int rank() {
    if (this instanceof Tier) {
      return 0;
    }
    if (this instanceof OwnAgencies) {
      return 1;
    }
    return this instanceof Unit ? 2 : 3;
  }

  /**
   * The row of a tier.
   *
   * @param level the tier
   * @return the scope
   */
  static Tier tier(AdministrativeLevel level) {
    return new Tier(level);
  }

  /**
   * The row of a unit and everything under it.
   *
   * @param unit the unit, directly below the report's territory
   * @return the scope
   */
  static Unit unit(AdministrativeUnit unit) {
    return new Unit(unit);
  }

  /**
   * The row of a territory's own agencies.
   *
   * @param territory the report's territory
   * @return the scope
   */
  static OwnAgencies ownAgencies(AdministrativeUnit territory) {
    return new OwnAgencies(territory);
  }

  /**
   * The total row.
   *
   * @return the scope
   */
  static Total total() {
    return Total.INSTANCE;
  }

  /**
   * The dossiers handled by agencies of one tier.
   *
   * @param level the tier
   */
  record Tier(AdministrativeLevel level) implements Scope {
    /**
     * Checks the tier.
     *
     * @param level the tier
     */
    public Tier {
      requireNonNull(level, "level");
    }

    /** The tier's name, e.g. {@code cấp xã} or {@code commune tier}. */
    @Override
    public String label(Locale locale) {
      return level.displayName(locale);
    }

    @Override
    public String code() {
      return "tier:" + level.name();
    }

    @Override
    public String toString() {
      return level.englishName();
    }
  }

  /**
   * The dossiers handled by agencies of a unit or of any unit below it.
   *
   * @param unit the unit
   */
  record Unit(AdministrativeUnit unit) implements Scope {
    /**
     * Checks the unit.
     *
     * @param unit the unit
     */
    public Unit {
      requireNonNull(unit, "unit");
    }

    /** The unit's name, e.g. {@code TX Kỳ Anh}. */
    @Override
    public String label(Locale locale) {
      return unit.name();
    }

    @Override
    public String code() {
      return "unit:" + unit.code();
    }

    @Override
    public String toString() {
      return unit.toString();
    }
  }

  /**
   * The dossiers handled by the agencies of a unit itself, not of the units below it.
   *
   * @param unit the unit, the report's territory
   */
  record OwnAgencies(AdministrativeUnit unit) implements Scope {
    /**
     * Checks the unit.
     *
     * @param unit the unit
     */
    public OwnAgencies {
      requireNonNull(unit, "unit");
    }

    /** E.g. {@code Cơ quan trực thuộc Hà Tĩnh}, {@code Hà Tĩnh (own agencies)}. */
    @Override
    public String label(Locale locale) {
      return RateFormat.isVietnamese(locale)
          ? "Cơ quan trực thuộc " + unit.name()
          : unit.name() + " (own agencies)";
    }

    @Override
    public String code() {
      return "own:" + unit.code();
    }

    @Override
    public String toString() {
      return unit + " own agencies";
    }
  }

  /** All the dossiers of the report. */
  record Total() implements Scope {
    private static final Total INSTANCE = new Total();

    /** {@code Tổng cộng} or {@code Total}. */
    @Override
    public String label(Locale locale) {
      return RateFormat.isVietnamese(locale) ? "Tổng cộng" : "Total";
    }

    @Override
    public String code() {
      return "total";
    }

    @Override
    public String toString() {
      return "total";
    }
  }
}
