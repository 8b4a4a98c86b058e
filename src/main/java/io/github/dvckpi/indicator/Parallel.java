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
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The parallel mode: one accumulator per thread of the common fork-join pool (the calling thread
 * included), each counting in a plain loop, merged at the end.
 *
 * <p>A random-access list is handed out in chunks of consecutive indices from one shared cursor:
 * each thread takes the next chunk when it is done with its last, so a thread that starts late or
 * loses its core for a while (a shared machine) leaves the rest to the others instead of holding
 * the result back, and nobody waits for the slowest static half. One accumulator per thread, not
 * per chunk, keeps the warm-up (the identity cache, the counters' growth) and the merges to one per
 * thread. Other collections are cut by their spliterator into one part per thread.
 */
final class Parallel {

  /** Below this many dossiers per thread, counting alone is faster. */
  static final int MIN_PART = 4_096;

  /** Chunks per thread: enough to even out a late or slowed thread, few enough to cost nothing. */
  static final int CHUNKS_PER_THREAD = 16;

  private Parallel() {}

  static <K> TallyAccumulator<K> count(
      Collection<? extends Dossier> dossiers, Grouping<K> grouping, Buckets buckets) {
    int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
    int size = dossiers.size();
    int parts = (int) Math.min(threads, Math.max(1, size / MIN_PART));
    if (parts <= 1) {
      return new TallyAccumulator<>(grouping, buckets).addAll(dossiers);
    }
    List<Part<K>> tasks = new ArrayList<>(parts);
    if (dossiers instanceof List<? extends Dossier> list && dossiers instanceof RandomAccess) {
      Chunks chunks = new Chunks(list, Math.max(MIN_PART / 4, size / (parts * CHUNKS_PER_THREAD)));
      for (int p = 0; p < parts; p++) {
        tasks.add(new Part<>(chunks, null, grouping, buckets));
      }
    } else {
      for (Spliterator<? extends Dossier> s : split(dossiers.spliterator(), parts)) {
        tasks.add(new Part<>(null, s, grouping, buckets));
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

  /** A random-access list handed out in chunks of consecutive indices, from one shared cursor. */
  private static final class Chunks {
    private final List<? extends Dossier> list;
    private final int size;
    private final int chunk;
    private final AtomicLong next = new AtomicLong();

    Chunks(List<? extends Dossier> list, int chunk) {
      this.list = list;
      this.size = list.size();
      this.chunk = chunk;
    }

    /** Counts chunk after chunk into {@code acc} until none is left. */
    void countInto(TallyAccumulator<?> acc) {
      for (long from = next.getAndAdd(chunk); from < size; from = next.getAndAdd(chunk)) {
        int to = (int) Math.min(size, from + chunk);
        for (int i = (int) from; i < to; i++) {
          acc.add(list.get(i));
        }
        if (to == size) {
          return;
        }
      }
    }
  }

  /** One thread's share, counted by its own accumulator. */
  private static final class Part<K> extends ForkJoinTask<TallyAccumulator<K>> {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable Chunks chunks;
    private final transient @Nullable Spliterator<? extends Dossier> spliterator;
    private final transient Grouping<K> grouping;
    private final transient Buckets buckets;
    private transient @Nullable TallyAccumulator<K> result;

    Part(
        @Nullable Chunks chunks,
        @Nullable Spliterator<? extends Dossier> spliterator,
        Grouping<K> grouping,
        Buckets buckets) {
      this.chunks = chunks;
      this.spliterator = spliterator;
      this.grouping = grouping;
      this.buckets = buckets;
    }

    @Override
    protected boolean exec() {
      TallyAccumulator<K> acc = new TallyAccumulator<>(grouping, buckets);
      Chunks c = chunks;
      Spliterator<? extends Dossier> s = spliterator;
      if (c != null) {
        c.countInto(acc);
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
