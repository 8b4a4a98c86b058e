package io.github.dvckpi.indicator;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.words.Words;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures of one new unit after re-keying ({@link RekeyedTallies}): the counts that moved
 * exactly, from old units that went into it whole, and the counts it may share, those of old units
 * split between it and others.
 *
 * <p>A shared count is never divided by an invented share. A rate is exact when nothing is shared;
 * otherwise it is bounded: the lowest and highest rates over every way the shared dossiers could
 * fall (including none of them falling here).
 *
 * @param <J> the new key
 * @param key the new unit's key
 * @param exact the counts that moved exactly
 * @param shared the whole counts of the old units split between this unit and others
 * @param sharedFrom the codes of those old units that had counts
 */
public record RekeyedFigure<J>(J key, Tally exact, Tally shared, ImmutableList<String> sharedFrom) {

  /**
   * Validates the figure.
   *
   * @param key the key
   * @param exact the exact counts
   * @param shared the shared counts
   * @param sharedFrom the old units split
   */
  public RekeyedFigure {
    requireNonNull(key, "key");
    requireNonNull(exact, "exact");
    requireNonNull(shared, "shared");
    requireNonNull(sharedFrom, "sharedFrom");
  }

  /**
   * Whether the figure is exact.
   *
   * @return {@link Exactness#EXACT} if nothing is shared
   */
  public Exactness exactness() {
    return shared.isEmpty() ? Exactness.EXACT : Exactness.APPROXIMATE;
  }

  /**
   * The rate of an indicator, if exact.
   *
   * @param indicator the indicator
   * @return the rate of the exact counts; empty if the figure is approximate
   */
  public Optional<Rate> rate(Indicator indicator) {
    return exactness() == Exactness.EXACT ? Optional.of(exact.rate(indicator)) : Optional.empty();
  }

  /**
   * The lowest rate the unit can have: none of the shared successes, all of the shared failures.
   *
   * @param indicator the indicator
   * @return the exact rate if nothing is shared
   */
  public Rate lowest(Indicator indicator) {
    long n = exact.numerator(indicator);
    long d = exact.denominator(indicator);
    long failures = shared.denominator(indicator) - shared.numerator(indicator);
    return Rate.of(n, Math.addExact(d, failures));
  }

  /**
   * The highest rate the unit can have: all of the shared successes, none of the shared failures.
   *
   * @param indicator the indicator
   * @return the exact rate if nothing is shared
   */
  public Rate highest(Indicator indicator) {
    long successes = shared.numerator(indicator);
    return Rate.of(
        Math.addExact(exact.numerator(indicator), successes),
        Math.addExact(exact.denominator(indicator), successes));
  }

  /**
   * The figure of an indicator in words, saying whether it is exact: {@code 98,75% (9.875/10.000)
   * (chính xác)} or {@code từ 97,10% … đến 99,02% … (gần đúng: 312 hồ sơ …)}.
   *
   * @param indicator the indicator
   * @param locale the language
   * @return the text
   */
  public String describe(Indicator indicator, Locale locale) {
    Words words = Words.of(locale);
    if (exactness() == Exactness.EXACT) {
      return words.text("units.figure.exact", exact.rate(indicator).format(locale));
    }
    return words.text(
        "units.figure.approximate",
        lowest(indicator).format(locale),
        highest(indicator).format(locale),
        shared.denominator(indicator),
        String.join(", ", sharedFrom));
  }
}
