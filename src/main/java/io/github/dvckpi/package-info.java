/**
 * The library's entry points: {@link io.github.dvckpi.Kpi} starts the fluent sentence "these
 * indicators, for this territory, by tier, over this period".
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi;
