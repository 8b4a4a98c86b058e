/**
 * The indicators (chỉ số), their populations and success conditions, and the tallies that count
 * them.
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.indicator;
