package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.engine.DossierEvent;
import io.github.dvckpi.engine.LiveMonthlyTally;
import io.github.dvckpi.engine.MonthlyTallyAccumulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The cost of one live event, and of the counter update alone. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@SuppressWarnings("NullAway.Init") // JMH initialises state in @Setup
public class LiveBenchmark {

  /** Dossiers kept live. */
  static final int LIVE_DOSSIERS = 100_000;

  private DossierEvent[] events;
  private int next;
  private LiveMonthlyTally live;
  private Dossier[] from;
  private Dossier[] to;
  private int swap;
  private MonthlyTallyAccumulator accumulator;

  /** Fills the live tally with every dossier in progress. */
  @Setup(Level.Trial)
  public void fill() {
    LiveWorkload w = new LiveWorkload(LIVE_DOSSIERS);
    events = w.events;
    live = new LiveMonthlyTally(BenchData.MONTHS);
    accumulator = new MonthlyTallyAccumulator(BenchData.MONTHS);
    int k = w.inProgress.size();
    from = new Dossier[2 * k];
    to = new Dossier[2 * k];
    for (int i = 0; i < k; i++) {
      Dossier open = w.inProgress.get(i);
      live.apply(DossierEvent.received(open));
      accumulator.add(open);
      from[i] = open;
      to[i] = w.resolved.get(i);
      from[k + i] = w.resolved.get(i);
      to[k + i] = open;
    }
  }

  /** One event applied to the live tally: look up, retract, recount. */
  @Benchmark
  public void liveEvent() {
    live.apply(events[next]);
    if (++next == events.length) {
      next = 0;
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
