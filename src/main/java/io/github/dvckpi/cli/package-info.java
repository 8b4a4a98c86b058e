/** The command line: {@code report} a CSV dossier export as a KPI table. */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.cli;
