package io.github.dvckpi.cli;

import io.github.dvckpi.words.Phrase;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How many rejected dossier rows a run tolerates before it fails with {@value Main#REJECTED}: a
 * count ({@code --max-rejected 100}) or a percent of the rows read ({@code --max-rejected 5%}),
 * compared exactly. The default, {@value #DEFAULT}, fails a run where most rows are rejected.
 *
 * @param count the most rejected rows tolerated, when a count was given
 * @param percent the largest share of rejected rows tolerated, in percent (0 to 100), when a
 *     percent was given
 */
record RejectionLimit(long count, @Nullable BigDecimal percent) {

  /** The default limit: more than half of the rows rejected fails the run. */
  static final String DEFAULT = "50%";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Reads {@code N} or {@code N%}.
   *
   * @param text e.g. {@code 0}, {@code 250}, {@code 5%}, {@code 2.5%}, {@code 2,5%}
   * @return the limit
   * @throws UsageException if the text is neither a whole count nor a percent from 0 to 100
   */
  static RejectionLimit parse(String text) throws UsageException {
    String t = text.trim();
    try {
      if (t.endsWith("%")) {
        BigDecimal p = new BigDecimal(t.substring(0, t.length() - 1).trim().replace(',', '.'));
        if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
          throw new NumberFormatException();
        }
        return new RejectionLimit(0, p);
      }
      long n = Long.parseLong(t);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return new RejectionLimit(n, null);
    } catch (NumberFormatException e) {
      throw new UsageException("cli.arg.maxRejected", text);
    }
  }

  /**
   * Whether a dossier file's rejections are more than this limit tolerates.
   *
   * @param rejected the rows rejected
   * @param read the rows read
   * @return true if the run must fail
   */
  boolean exceededBy(long rejected, long read) {
    if (percent == null) {
      return rejected > count;
    }
    return BigDecimal.valueOf(rejected)
            .multiply(HUNDRED)
            .compareTo(percent.multiply(BigDecimal.valueOf(read)))
        > 0;
  }

  /**
   * The limit in words.
   *
   * @return e.g. "50%" or "100 rows"
   */
  Phrase describe() {
    return percent == null
        ? Phrase.of("cli.limit.count", count)
        : Phrase.of("cli.limit.percent", percent);
  }
}
