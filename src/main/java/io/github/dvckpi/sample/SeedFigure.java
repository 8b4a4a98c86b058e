package io.github.dvckpi.sample;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
public record SeedFigure(
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
  public SeedFigure {
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

  /**
   * Reads the figures of the bundled table {@code so_lieu_bai_bao.csv}: {@code dong, ma_don_vi,
   * cap} (blank for all tiers), {@code chi_so} (an indicator key), {@code ty_le}, {@code can_duoi}
   * (1 for "trên"), {@code pham_vi}, {@code pham_vi_en}.
   *
   * @param in the table, closed when read
   * @return the figures, in file order
   */
  static ImmutableList<SeedFigure> read(InputStream in) {
    ImmutableList.Builder<SeedFigure> out = ImmutableList.builder();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CsvReader<NamedCsvRecord> parser = CsvReader.builder().ofNamedCsvRecord(reader)) {
      for (NamedCsvRecord r : parser) {
        String tier = r.getField("cap");
        out.add(
            new SeedFigure(
                Integer.parseInt(r.getField("dong")),
                r.getField("ma_don_vi"),
                tier.isEmpty() ? Optional.empty() : Optional.of(tier(tier)),
                Indicator.fromKey(r.getField("chi_so")),
                new BigDecimal(r.getField("ty_le")),
                r.getField("can_duoi").equals("1"),
                r.getField("pham_vi"),
                r.getField("pham_vi_en")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.build();
  }

  private static AdministrativeLevel tier(String name) {
    for (AdministrativeLevel level : AdministrativeLevel.values()) {
      if (level.vietnameseName().equals(name)) {
        return level;
      }
    }
    throw new IllegalArgumentException("unknown tier \"" + name + "\" in the seed figures");
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
