package io.github.dvckpi.io;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The counts of one source being read, so that rows read = accepted + rejected: the rejections kept
 * under the cap, the listener told of every one, and strict mode's throw at the first. Shared by
 * the file and query readers ({@link Importer}) and by {@link DossierRowMapper}. Not thread-safe.
 */
final class Reconciliation {

  private final String source;
  private final ImportOptions options;
  private final Consumer<? super Rejection> listener;
  private final List<Rejection> kept = new ArrayList<>();
  private long accepted;
  private long rejected;

  Reconciliation(String source, ImportOptions options, Consumer<? super Rejection> listener) {
    this.source = source;
    this.options = options;
    this.listener = listener;
  }

  /** Counts a row that became a record. */
  void accept() {
    accepted++;
  }

  /**
   * Counts a rejection: keeps it under the cap, tells the listener, and throws in strict mode.
   *
   * @param rejection the rejection
   * @throws RejectedRowException in strict mode, with the report so far (incomplete)
   */
  void reject(Rejection rejection) {
    rejected++;
    if (kept.size() < options.maxKeptRejections()) {
      kept.add(rejection);
    }
    listener.accept(rejection);
    if (options.isStrict()) {
      throw new RejectedRowException(rejection, report(false));
    }
  }

  /**
   * Turns a row counted as accepted into a rejection.
   *
   * @param rejection the rejection
   * @throws RejectedRowException in strict mode
   */
  void demote(Rejection rejection) {
    accepted--;
    reject(rejection);
  }

  /**
   * The rows counted so far.
   *
   * @return accepted + rejected
   */
  long read() {
    return accepted + rejected;
  }

  long accepted() {
    return accepted;
  }

  long rejected() {
    return rejected;
  }

  /**
   * The reconciliation so far.
   *
   * @param complete whether the source was read to its end
   * @return the report
   */
  ImportReport report(boolean complete) {
    return ImportReport.of(source, accepted, rejected, kept, complete);
  }
}
