package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.DossierEvent;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.LiveTally;
import io.github.dvckpi.indicator.TallyAccumulator;
import io.github.dvckpi.indicator.UnitTier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The cost of one live event, by number and by id, and of the counter update alone. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@SuppressWarnings("NullAway.Init") // JMH initialises state in @Setup
public class LiveBenchmark {

  /** Dossiers kept live. */
  static final int LIVE_DOSSIERS = 100_000;

  private LiveWorkload byNumber;
  private LiveTally<UnitTier> live;
  private int next;
  private DossierEvent[] events;
  private LiveTally<UnitTier> liveById;
  private int nextById;
  private Dossier[] from;
  private Dossier[] to;
  private int swap;
  private TallyAccumulator<UnitTier> accumulator;

  /** Fills the live tallies with every dossier in progress. */
  @Setup(Level.Trial)
  public void fill() {
    byNumber = new LiveWorkload(LIVE_DOSSIERS);
    live = new LiveTally<>(Grouping.byUnitAndTier(), BenchData.MONTHS);
    byNumber.fill(live);
    LiveWorkload w = new LiveWorkload(LIVE_DOSSIERS);
    events = w.events;
    liveById = new LiveTally<>(Grouping.byUnitAndTier(), BenchData.MONTHS);
    accumulator = new TallyAccumulator<>(Grouping.byUnitAndTier(), BenchData.MONTHS);
    int k = w.inProgress.size();
    from = new Dossier[2 * k];
    to = new Dossier[2 * k];
    for (int i = 0; i < k; i++) {
      Dossier open = w.inProgress.get(i);
      liveById.apply(DossierEvent.received(open));
      accumulator.add(open);
      from[i] = open;
      to[i] = w.resolved.get(i);
      from[k + i] = w.resolved.get(i);
      to[k + i] = open;
    }
  }

  /** One event by the dossier's number: read its state, retract, recount, write it back. */
  @Benchmark
  public void liveEvent() {
    byNumber.applyByNumber(live, next);
    if (++next == byNumber.kind.length) {
      next = 0;
    }
  }

  /** One event addressed by the dossier's id: a hash lookup more. */
  @Benchmark
  public void liveEventById() {
    liveById.apply(events[nextById]);
    if (++nextById == events.length) {
      nextById = 0;
    }
  }

  /** The counter update alone: retract a dossier's old state, add its new one. */
  @Benchmark
  public void accumulatorReplace() {
    accumulator.replace(from[swap], to[swap]);
    if (++swap == from.length) {
      swap = 0;
    }
  }
}
