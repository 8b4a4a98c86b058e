package io.github.dvckpi.domain;

import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/** The kind of an administrative unit, which fixes its tier ({@link AdministrativeLevel}). */
public enum UnitKind {
  /** Tỉnh: a province. */
  PROVINCE(AdministrativeLevel.PROVINCE, "tỉnh", "province"),
  /** Thành phố trực thuộc trung ương: a centrally governed city. */
  CENTRAL_CITY(AdministrativeLevel.PROVINCE, "thành phố trực thuộc trung ương", "central city"),
  /** Thành phố thuộc tỉnh: a city under a province (district tier). */
  PROVINCIAL_CITY(AdministrativeLevel.DISTRICT, "thành phố", "provincial city"),
  /** Thị xã: a town (district tier). */
  TOWN(AdministrativeLevel.DISTRICT, "thị xã", "town"),
  /** Huyện: a rural district. */
  RURAL_DISTRICT(AdministrativeLevel.DISTRICT, "huyện", "rural district"),
  /** Quận: an urban district. */
  URBAN_DISTRICT(AdministrativeLevel.DISTRICT, "quận", "urban district"),
  /** Phường: a ward (commune tier). */
  WARD(AdministrativeLevel.COMMUNE, "phường", "ward"),
  /** Xã: a commune. */
  COMMUNE(AdministrativeLevel.COMMUNE, "xã", "commune"),
  /** Thị trấn: a township (commune tier, abolished on 1 July 2025). */
  TOWNSHIP(AdministrativeLevel.COMMUNE, "thị trấn", "township"),
  /** Đặc khu: a special zone (commune tier, since 1 July 2025, e.g. Vân Đồn, Phú Quốc). */
  SPECIAL_ZONE(AdministrativeLevel.COMMUNE, "đặc khu", "special zone");

  private final AdministrativeLevel level;
  private final String vietnameseName;
  private final String englishName;

  UnitKind(AdministrativeLevel level, String vietnameseName, String englishName) {
    this.level = level;
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  /**
   * The tier a unit of this kind belongs to.
   *
   * @return the tier
   */
  public AdministrativeLevel level() {
    return level;
  }

  /**
   * The Vietnamese name.
   *
   * @return e.g. {@code thị xã}
   */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * The English name.
   *
   * @return e.g. {@code town}
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
