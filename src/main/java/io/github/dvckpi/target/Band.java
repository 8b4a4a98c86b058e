package io.github.dvckpi.target;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * A colour band: a named, coloured half-open range {@code [from, to)} of rates, such as "Vàng [80%,
 * 95%)". A band whose upper bound is 100% also contains 100% itself — it is {@code [from, 100%]} —
 * so that a {@link BandScale} covers [0%, 100%] exactly once.
 *
 * @param name the band's name, e.g. {@code Xanh} or {@code Đạt}
 * @param colour its colour, e.g. {@code #2e7d32} or {@code green}
 * @param from the lower bound, included
 * @param to the upper bound, excluded unless it is 100%
 */
public record Band(String name, String colour, Threshold from, Threshold to) {

  /**
   * Validates the band.
   *
   * @param name the band's name
   * @param colour its colour
   * @param from the lower bound, included
   * @param to the upper bound, excluded unless it is 100%
   * @throws IllegalArgumentException if the name or colour is blank, or {@code from >= to}; the
   *     message names the band
   */
  public Band {
    requireNonNull(name, "name");
    requireNonNull(colour, "colour");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(!name.isBlank(), "a band needs a name");
    checkArgument(!colour.isBlank(), "band \"%s\": colour is blank", name);
    checkArgument(
        from.compareTo(to) < 0, "band \"%s\": from %s is not below to %s", name, from, to);
  }

  /**
   * A band from thresholds written as in plans.
   *
   * @param name the name
   * @param colour the colour
   * @param from the lower bound, e.g. {@code "80%"}
   * @param to the upper bound, e.g. {@code "95%"}
   * @return the band
   * @throws IllegalArgumentException if a bound is not a percent or the band is empty
   */
  public static Band of(String name, String colour, String from, String to) {
    return new Band(name, colour, Threshold.parse(from), Threshold.parse(to));
  }

  /**
   * Whether a rate falls in this band, exactly: {@code from <= rate < to}, or {@code rate <= to}
   * when {@code to} is 100%.
   *
   * @param rate any rate
   * @return false for the undefined rate
   */
  public boolean contains(Rate rate) {
    if (rate.isUndefined() || from.compareRate(rate) < 0) {
      return false;
    }
    int toCmp = to.compareRate(rate);
    return toCmp < 0 || (toCmp == 0 && to.equals(Threshold.HUNDRED));
  }

  /**
   * The range in interval notation: {@code [80%, 95%)} or {@code [95%, 100%]}.
   *
   * @param locale the language of the numbers
   * @return the range
   */
  public String range(Locale locale) {
    return "["
        + from.format(locale)
        + ", "
        + to.format(locale)
        + (to.equals(Threshold.HUNDRED) ? "]" : ")");
  }

  /** The name, range and colour, e.g. {@code Vàng [80%, 95%) #f9a825}. */
  @Override
  public String toString() {
    return name + " " + range(RateFormat.VIETNAMESE) + " " + colour;
  }
}
