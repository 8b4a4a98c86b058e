/**
 * Counting at scale: parallel, concurrent and incremental tallies, and their compact serialised
 * form.
 */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.engine;
