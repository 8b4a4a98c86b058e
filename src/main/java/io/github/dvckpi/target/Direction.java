package io.github.dvckpi.target;

import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * Which side of a threshold is good: "at least" for rates where higher is better (online
 * submission, digitization), "at most" for rates where lower is better (the late rate).
 */
public enum Direction {
  /** Higher is better: the target is met when the rate is at least the threshold (≥). */
  AT_LEAST("≥", "<", "tối thiểu", "at least"),
  /** Lower is better: the target is met when the rate is at most the threshold (≤). */
  AT_MOST("≤", ">", "tối đa", "at most");

  private final String symbol;
  private final String failSymbol;
  private final String vietnameseName;
  private final String englishName;

  Direction(String symbol, String failSymbol, String vietnameseName, String englishName) {
    this.symbol = symbol;
    this.failSymbol = failSymbol;
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  /**
   * Whether a comparison of a value with the threshold meets the target.
   *
   * @param valueComparedToThreshold negative, zero or positive as the value is below, equal to or
   *     above the threshold
   * @return true if the value is on the good side or equal
   */
  public boolean isMet(int valueComparedToThreshold) {
    return this == AT_LEAST ? valueComparedToThreshold >= 0 : valueComparedToThreshold <= 0;
  }

  /**
   * Orients a comparison so that positive means better: the comparison itself for {@link
   * #AT_LEAST}, its opposite for {@link #AT_MOST}.
   *
   * @param comparison a comparison result of two values in their natural order
   * @return a result that is positive when the first value is the better one
   */
  public int better(int comparison) {
    return this == AT_LEAST ? comparison : -comparison;
  }

  /**
   * The mathematical sign that holds when the target is met.
   *
   * @return {@code ≥} or {@code ≤}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The sign that holds when the target is not met.
   *
   * @return {@code <} or {@code >}
   */
  public String failSymbol() {
    return failSymbol;
  }

  /**
   * The opposite direction, as for the complement of a rate ("on time at least 98%" is "late at
   * most 2%").
   *
   * @return the other direction
   */
  public Direction opposite() {
    return this == AT_LEAST ? AT_MOST : AT_LEAST;
  }

  /**
   * The name in a language: {@code tối thiểu} / {@code at least}, {@code tối đa} / {@code at most}.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the name
   */
  public String displayName(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnameseName : englishName;
  }
}
