/**
 * Audit of published figures: whether the rates, totals and parts of a published table can all be
 * true.
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.audit;
