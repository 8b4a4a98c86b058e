/**
 * The shared Immutables style ({@link io.github.dvckpi.style.ValueStyle}); not exported, used at
 * compile time only.
 */
package io.github.dvckpi.style;
