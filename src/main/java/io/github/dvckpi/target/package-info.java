/**
 * Targets (chỉ tiêu) and their evaluation: {@link io.github.dvckpi.target.Target} states "this
 * indicator at least / at most this percent", {@link io.github.dvckpi.target.Evaluation} gives the
 * verdict, the gap in percentage points and the exact shortfall in dossiers, {@link
 * io.github.dvckpi.target.TargetSet} holds a plan's targets, {@link
 * io.github.dvckpi.target.BandScale} colours rates by half-open bands, {@link
 * io.github.dvckpi.target.IndexModel} scores an index such as the one of Quyết định 766/QĐ-TTg and
 * {@link io.github.dvckpi.target.Ranking} ranks units.
 *
 * <p>Everything is exact: thresholds are rationals, comparisons use integer arithmetic, and numbers
 * are rounded only when they are shown, with an explicit scale and rounding mode.
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.target;
