package io.github.dvckpi.report;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;

/**
 * One cell of a {@link KpiReport}: the rate of an indicator over a row.
 *
 * @param scope the row
 * @param indicator the indicator
 * @param rate the rate, with its counts
 */
public record Cell(Scope scope, Indicator indicator, Rate rate) {
  /**
   * Checks the parts.
   *
   * @param scope the row
   * @param indicator the indicator
   * @param rate the rate
   */
  public Cell {
    requireNonNull(scope, "scope");
    requireNonNull(indicator, "indicator");
    requireNonNull(rate, "rate");
  }

  @Override
  public String toString() {
    return scope + " / " + indicator.key() + ": " + rate;
  }
}
