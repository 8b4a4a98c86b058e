package io.github.dvckpi.report;

import io.github.dvckpi.words.Words;
import java.util.function.Supplier;

/**
 * The boundary of the optional FastCSV: the CSV rendering runs through {@link #require(Supplier)},
 * which turns the linkage error of a missing library into a clear exception naming the dependency
 * and how to add it. No reflection: the error the JVM raises when the library's first class cannot
 * be loaded is caught where the rendering is entered.
 */
final class FastCsv {

  /** The Maven coordinates the library is built and tested with. */
  static final String COORDINATES = "de.siegmar:fastcsv:4.1.0";

  /** The version in {@link #COORDINATES}. */
  static final String VERSION = "4.1.0";

  /** The JPMS module name. */
  static final String MODULE = "de.siegmar.fastcsv";

  private static final String PACKAGE_PATH = "de/siegmar/fastcsv/";

  private FastCsv() {}

  /**
   * Runs something that needs FastCSV.
   *
   * @param <T> the result
   * @param action the rendering
   * @return its result
   * @throws IllegalStateException naming the missing dependency, its coordinates and the {@code
   *     requires} to add, if FastCSV cannot be loaded
   */
  static <T> T require(Supplier<T> action) {
    try {
      return action.get();
    } catch (NoClassDefFoundError e) {
      String missing = String.valueOf(e.getMessage()).replace('.', '/');
      if (missing.contains(PACKAGE_PATH)) {
        throw new IllegalStateException(
            Words.both("report.csvNeedsFastCsv", COORDINATES, VERSION, MODULE), e);
      }
      throw e;
    }
  }
}
