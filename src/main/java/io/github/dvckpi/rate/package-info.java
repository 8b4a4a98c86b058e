/**
 * Exact shares ({@link io.github.dvckpi.rate.Rate}) kept as counts, with rounding and formatting
 * only for display.
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.rate;
