/**
 * Reports: roll-up of tallies over tiers and territories, and their rendering as text, Markdown and
 * CSV.
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.report;
