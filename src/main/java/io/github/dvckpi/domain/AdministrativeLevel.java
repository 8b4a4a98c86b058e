package io.github.dvckpi.domain;

import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * A tier (cấp) of local government, or of the agencies that handle dossiers.
 *
 * <p>Until 30 June 2025 Vietnam had three tiers (province, district, commune); since 1 July 2025 it
 * has two (province, commune). Nothing in the library assumes a number of tiers: a unit's tier
 * comes from its {@link UnitKind}, and a hierarchy may skip the district tier.
 */
public enum AdministrativeLevel {
  /** Cấp tỉnh: a province or centrally governed city, and its departments (sở, ban, ngành). */
  PROVINCE("cấp tỉnh", "province tier"),
  /** Cấp huyện: a district, provincial city or town (abolished on 1 July 2025). */
  DISTRICT("cấp huyện", "district tier"),
  /** Cấp xã: a commune, ward or township. */
  COMMUNE("cấp xã", "commune tier");

  private final String vietnameseName;
  private final String englishName;

  AdministrativeLevel(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  /**
   * The Vietnamese name, as in published tables.
   *
   * @return e.g. {@code cấp tỉnh}
   */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * The English name.
   *
   * @return e.g. {@code province tier}
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The name in a language: Vietnamese for {@code vi}, English otherwise.
   *
   * @param locale the language
   * @return the name
   */
  public String displayName(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnameseName : englishName;
  }
}
