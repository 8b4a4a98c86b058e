/** Reading dossier exports and catalogues from CSV, with a reconciled rejection report. */
@org.jspecify.annotations.NullMarked
package io.github.dvckpi.io;
