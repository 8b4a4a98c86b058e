package io.github.dvckpi.example;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * One figure of the seed article (Báo Hà Tĩnh, 2024), as published: a percent for a scope and an
 * indicator, either a point value ({@code 99,79%}, read at 2 decimals half up) or a lower bound
 * ({@code trên 99,59%}, strictly above).
 *
 * @param row the row of the seed table, 1 to 22 (row 9 covers two tiers, so it appears twice)
 * @param territoryCode the unit the figure is about: {@code 42}, {@code 436} or {@code 449}
 * @param tier the tier within the territory, or empty for all its tiers together
 * @param indicator the indicator
 * @param percent the published percent, e.g. {@code 99.79}
 * @param lowerBound true for "trên" (strictly above), false for a point value
 * @param vietnameseScope the scope in the article's words, e.g. {@code TP Hà Tĩnh, cấp thành phố}
 * @param englishScope the scope in English
 */
public record PublishedFigure(
    int row,
    String territoryCode,
    Optional<AdministrativeLevel> tier,
    Indicator indicator,
    BigDecimal percent,
    boolean lowerBound,
    String vietnameseScope,
    String englishScope) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the parts.
   *
   * @param row the row of the seed table
   * @param territoryCode the unit
   * @param tier the tier, or empty
   * @param indicator the indicator
   * @param percent the published percent, 0 to 100
   * @param lowerBound whether it is a lower bound
   * @param vietnameseScope the scope in Vietnamese
   * @param englishScope the scope in English
   * @throws IllegalArgumentException if the percent is outside 0 to 100
   */
  public PublishedFigure {
    requireNonNull(territoryCode, "territoryCode");
    requireNonNull(tier, "tier");
    requireNonNull(indicator, "indicator");
    requireNonNull(vietnameseScope, "vietnameseScope");
    requireNonNull(englishScope, "englishScope");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a published percent is 0 to 100, got " + percent);
    }
  }

  /**
   * Whether a computed rate agrees with the figure: for a point value, the rate rounded to 2
   * decimals half up equals it (so {@code 100%} needs at least 99,995%); for a lower bound, the
   * exact rate is strictly above it.
   *
   * @param rate the computed rate
   * @return false for an undefined rate
   */
  public boolean isMetBy(Rate rate) {
    if (rate.isUndefined()) {
      return false;
    }
    if (lowerBound) {
      // n/d > p/100  <=>  100·n > p·d, exactly
      return BigDecimal.valueOf(rate.numerator())
              .multiply(HUNDRED)
              .compareTo(percent.multiply(BigDecimal.valueOf(rate.denominator())))
          > 0;
    }
    return rate.percent(RateFormat.DEFAULT_SCALE, RateFormat.DEFAULT_ROUNDING).compareTo(percent)
        == 0;
  }

  /**
   * The figure as the article prints it: {@code 99,79%}, {@code trên 98,75%}; in English {@code
   * 99.79%}, {@code above 98.75%}.
   *
   * @param locale the language: Vietnamese for {@code vi}, English otherwise
   * @return the figure
   */
  public String published(Locale locale) {
    String value = RateFormat.percent(percent, locale);
    if (!lowerBound) {
      return value;
    }
    return (RateFormat.isVietnamese(locale) ? "trên " : "above ") + value;
  }

  /**
   * The scope in a language.
   *
   * @param locale the language: Vietnamese for {@code vi}, English otherwise
   * @return the scope
   */
  public String scope(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnameseScope : englishScope;
  }

  @Override
  public String toString() {
    return "#"
        + row
        + " "
        + englishScope
        + ", "
        + indicator.key()
        + ": "
        + published(Locale.ENGLISH);
  }
}
