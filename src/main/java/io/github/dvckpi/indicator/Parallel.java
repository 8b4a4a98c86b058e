package io.github.dvckpi.indicator;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.period.Buckets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The parallel mode: the input cut into one part per thread of the common fork-join pool (the
 * calling thread included), each part counted by its own accumulator in a plain loop, the
 * accumulators merged at the end. One part per thread keeps the number of accumulators, their
 * warm-up (the identity cache, the counters' growth) and the merges to the minimum.
 */
final class Parallel {

  /** Below this many dossiers per part, counting alone is faster. */
  static final int MIN_PART = 4_096;

  private Parallel() {}

  static <K> TallyAccumulator<K> count(
      Collection<? extends Dossier> dossiers, Grouping<K> grouping, Buckets buckets) {
    int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
    int parts = (int) Math.min(threads, Math.max(1, dossiers.size() / MIN_PART));
    if (parts <= 1) {
      return new TallyAccumulator<>(grouping, buckets).addAll(dossiers);
    }
    List<Part<K>> tasks = new ArrayList<>(parts);
    if (dossiers instanceof List<? extends Dossier> list && dossiers instanceof RandomAccess) {
      int size = list.size();
      for (int p = 0; p < parts; p++) {
        tasks.add(
            new Part<>(
                list,
                null,
                size * (long) p / parts,
                size * (long) (p + 1) / parts,
                grouping,
                buckets));
      }
    } else {
      for (Spliterator<? extends Dossier> s : split(dossiers.spliterator(), parts)) {
        tasks.add(new Part<>(null, s, 0, 0, grouping, buckets));
      }
    }
    for (int p = 1; p < tasks.size(); p++) {
      tasks.get(p).fork();
    }
    TallyAccumulator<K> total = tasks.get(0).invoke();
    for (int p = 1; p < tasks.size(); p++) {
      total.merge(tasks.get(p).join());
    }
    return total;
  }

  private static <T> List<Spliterator<T>> split(Spliterator<T> whole, int parts) {
    List<Spliterator<T>> out = new ArrayList<>();
    out.add(whole);
    while (out.size() < parts) {
      int largest = 0;
      for (int i = 1; i < out.size(); i++) {
        if (out.get(i).estimateSize() > out.get(largest).estimateSize()) {
          largest = i;
        }
      }
      Spliterator<T> prefix = out.get(largest).trySplit();
      if (prefix == null) {
        break;
      }
      out.add(prefix);
    }
    return out;
  }

  /** One part, counted by its own accumulator. */
  private static final class Part<K> extends ForkJoinTask<TallyAccumulator<K>> {
    private static final long serialVersionUID = 1L;

    private final transient @org.jspecify.annotations.Nullable List<? extends Dossier> list;
    private final transient @org.jspecify.annotations.Nullable Spliterator<? extends Dossier>
        spliterator;
    private final long from;
    private final long to;
    private final transient Grouping<K> grouping;
    private final transient Buckets buckets;
    private transient @org.jspecify.annotations.Nullable TallyAccumulator<K> result;

    Part(
        @org.jspecify.annotations.Nullable List<? extends Dossier> list,
        @org.jspecify.annotations.Nullable Spliterator<? extends Dossier> spliterator,
        long from,
        long to,
        Grouping<K> grouping,
        Buckets buckets) {
      this.list = list;
      this.spliterator = spliterator;
      this.from = from;
      this.to = to;
      this.grouping = grouping;
      this.buckets = buckets;
    }

    @Override
    protected boolean exec() {
      TallyAccumulator<K> acc = new TallyAccumulator<>(grouping, buckets);
      List<? extends Dossier> l = list;
      Spliterator<? extends Dossier> s = spliterator;
      if (l != null) {
        for (int i = (int) from; i < to; i++) {
          acc.add(l.get(i));
        }
      } else if (s != null) {
        s.forEachRemaining(acc::add);
      }
      result = acc;
      return true;
    }

    @Override
    public TallyAccumulator<K> getRawResult() {
      TallyAccumulator<K> r = result;
      if (r == null) {
        throw new IllegalStateException("the part has not been counted yet");
      }
      return r;
    }

    @Override
    protected void setRawResult(TallyAccumulator<K> value) {
      result = value;
    }
  }
}
