/**
 * Reports: roll-up of tallies over tiers and territories, and their renderings: text, Markdown,
 * CSV, a self-contained HTML page, terminal bars, and SVG bar charts ({@link
 * io.github.dvckpi.report.Chart}).
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.report;
