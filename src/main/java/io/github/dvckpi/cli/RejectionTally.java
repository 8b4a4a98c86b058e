package io.github.dvckpi.cli;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.io.Rejection;
import io.github.dvckpi.io.RejectionReason;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rejections of a file counted by reason, with the first of each reason and the first few of
 * all, so that a summary names the causes however many rows were rejected. Used by one thread.
 */
final class RejectionTally implements Consumer<Rejection> {

  /** How many rejections are shown one by one. */
  static final int SHOWN = 10;

  private final Map<RejectionReason, Long> counts = new EnumMap<>(RejectionReason.class);
  private final Map<RejectionReason, Rejection> first = new EnumMap<>(RejectionReason.class);
  private final List<Rejection> shown = new ArrayList<>();

  /**
   * The tally of the rejections a report kept.
   *
   * @param report a catalogue's report
   * @return the tally
   */
  static RejectionTally of(ImportReport report) {
    RejectionTally tally = new RejectionTally();
    report.rejections().forEach(tally);
    return tally;
  }

  @Override
  public void accept(Rejection r) {
    counts.merge(r.reason(), 1L, Long::sum);
    first.putIfAbsent(r.reason(), r);
    if (shown.size() < SHOWN) {
      shown.add(r);
    }
  }

  /**
   * The reasons, most frequent first, each with its count and first rejection.
   *
   * @return the summary lines' data
   */
  ImmutableList<Map.Entry<Long, Rejection>> byReason() {
    List<RejectionReason> reasons = new ArrayList<>(counts.keySet());
    reasons.sort((a, b) -> Long.compare(counts.getOrDefault(b, 0L), counts.getOrDefault(a, 0L)));
    ImmutableList.Builder<Map.Entry<Long, Rejection>> out = ImmutableList.builder();
    for (RejectionReason reason : reasons) {
      out.add(
          Map.entry(counts.getOrDefault(reason, 0L), requireNonNull(first.get(reason), "first")));
    }
    return out.build();
  }

  /**
   * Whether a reason was seen.
   *
   * @param reason the reason
   * @return true if a rejection had it
   */
  boolean has(RejectionReason reason) {
    return counts.containsKey(reason);
  }

  /**
   * The first rejections.
   *
   * @return up to {@value #SHOWN} of them, in file order
   */
  ImmutableList<Rejection> shown() {
    return ImmutableList.copyOf(shown);
  }
}
