package io.github.dvckpi.io;

/**
 * Told how far a reader has got, every so many rows; for a progress indication on large files.
 * Called on the reading thread; it must be quick.
 */
@FunctionalInterface
public interface ImportProgress {
  /**
   * Reports the rows read so far.
   *
   * @param rowsRead the rows read, header and blank lines excluded
   */
  void rowsRead(long rowsRead);
}
