/**
 * What the module's accumulators share and its users never see: which counters a dossier adds to.
 * Not exported from the module.
 */
package io.github.dvckpi.indicator.internal;
