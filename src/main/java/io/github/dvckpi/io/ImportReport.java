package io.github.dvckpi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What became of the rows of one CSV file: how many were read, accepted and rejected (always {@code
 * rowsRead == accepted + rejected}), and the first rejections, kept up to a cap while the counts
 * stay exact.
 *
 * <p>The header line and blank lines are not rows. Immutable and thread-safe; {@code toString()} is
 * the English {@link #reconciliation(Locale) reconciliation line}.
 */
public final class ImportReport {

  private final String source;
  private final long rowsRead;
  private final long accepted;
  private final long rejected;
  private final ImmutableList<Rejection> rejections;
  private final boolean complete;

  private ImportReport(
      String source,
      long rowsRead,
      long accepted,
      long rejected,
      ImmutableList<Rejection> rejections,
      boolean complete) {
    this.source = source;
    this.rowsRead = rowsRead;
    this.accepted = accepted;
    this.rejected = rejected;
    this.rejections = rejections;
    this.complete = complete;
  }

  /**
   * A report.
   *
   * @param source the file's name
   * @param accepted the rows accepted, {@code >= 0}
   * @param rejected the rows rejected, {@code >= 0}
   * @param rejections the rejections kept, at most {@code rejected} of them
   * @param complete false if reading stopped before the end of the file (strict mode, or a record
   *     the reader cannot recover from)
   * @return the report, with {@code rowsRead = accepted + rejected}
   * @throws IllegalArgumentException if a count is negative or more rejections are kept than
   *     counted
   * @throws ArithmeticException if the sum overflows
   */
  public static ImportReport of(
      String source,
      long accepted,
      long rejected,
      Iterable<Rejection> rejections,
      boolean complete) {
    requireNonNull(source, "source");
    checkArgument(accepted >= 0 && rejected >= 0, "negative count: %s, %s", accepted, rejected);
    ImmutableList<Rejection> kept = ImmutableList.copyOf(rejections);
    checkArgument(
        kept.size() <= rejected, "%s rejections kept but %s counted", kept.size(), rejected);
    return new ImportReport(
        source, Math.addExact(accepted, rejected), accepted, rejected, kept, complete);
  }

  /**
   * The file's name as given to the reader.
   *
   * @return e.g. {@code ho_so.csv}
   */
  public String source() {
    return source;
  }

  /**
   * The rows read, header and blank lines excluded.
   *
   * @return {@code accepted() + rejected()}
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * The rows that became domain records.
   *
   * @return the count
   */
  public long accepted() {
    return accepted;
  }

  /**
   * The rows refused, exactly, whether their rejections were kept or not.
   *
   * @return the count
   */
  public long rejected() {
    return rejected;
  }

  /**
   * The first rejections, in file order, up to the cap of {@link
   * ImportOptions#maxKeptRejections()}.
   *
   * @return the rejections kept
   */
  public ImmutableList<Rejection> rejections() {
    return rejections;
  }

  /**
   * The rejections counted but not kept because of the cap.
   *
   * @return {@code rejected() - rejections().size()}
   */
  public long rejectionsNotKept() {
    return rejected - rejections.size();
  }

  /**
   * Whether no row was refused.
   *
   * @return true if {@code rejected() == 0}
   */
  public boolean isClean() {
    return rejected == 0;
  }

  /**
   * Whether the whole file was read. Reading stops early in strict mode at the first rejection, and
   * in any mode at a record the CSV parser cannot recover from ({@link
   * RejectionReason#RECORD_TOO_LONG}, {@link RejectionReason#MALFORMED_CSV}).
   *
   * @return true if the file was read to its end
   */
  public boolean isComplete() {
    return complete;
  }

  /**
   * The reconciliation as one line: {@code ho_so.csv: đã đọc 1.037 dòng = 1.000 được nhận + 37 bị
   * từ chối} (vi), {@code ho_so.csv: 1,037 rows read = 1,000 accepted + 37 rejected} (en); when
   * reading stopped early, a note follows.
   *
   * @param locale the language
   * @return the line
   */
  public String reconciliation(Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    String read = RateFormat.count(rowsRead, locale);
    String ok = RateFormat.count(accepted, locale);
    String ko = RateFormat.count(rejected, locale);
    String line =
        vi
            ? source + ": đã đọc " + read + " dòng = " + ok + " được nhận + " + ko + " bị từ chối"
            : source + ": " + read + " rows read = " + ok + " accepted + " + ko + " rejected";
    if (!complete) {
      line += vi ? " (ngừng đọc trước cuối tệp)" : " (reading stopped before the end of the file)";
    }
    return line;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ImportReport r
        && r.source.equals(source)
        && r.accepted == accepted
        && r.rejected == rejected
        && r.complete == complete
        && r.rejections.equals(rejections);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(source, accepted, rejected, complete, rejections);
  }

  @Override
  public String toString() {
    return reconciliation(Locale.ENGLISH);
  }
}
