package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.indicator.DossierEvent;
import io.github.dvckpi.indicator.LiveTally;
import io.github.dvckpi.sample.DossierGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A repeatable stream of live events over {@code k} dossiers: for each, deleted, received again in
 * progress, resolved, result digitized (if it issues one), paid (if it charges a fee), and
 * corrected back to its in-progress state; round-robin over the dossiers, so that consecutive
 * events touch different dossiers. After a whole cycle every dossier is back in progress, so the
 * cycle can be replayed forever.
 *
 * <p>The same events exist twice: as {@link DossierEvent}s addressed by id, and as arrays addressed
 * by the number the live tally gave each dossier when it was received (kept by the caller in an
 * {@code int[]}, as a service keeps the number it was given).
 */
final class LiveWorkload {

  static final int DELETED = 0;
  static final int RECEIVED = 1;
  static final int RESOLVED = 2;
  static final int DIGITIZED = 3;
  static final int PAID = 4;
  static final int CORRECTED = 5;

  final List<Dossier> inProgress = new ArrayList<>();
  final List<Dossier> resolved = new ArrayList<>();
  private final List<LocalDate> resolvedOn = new ArrayList<>();
  final DossierEvent[] events;

  /** Event {@code e}: its kind, the index of its dossier, and its payload. */
  final int[] kind;

  final int[] target;
  final LocalDate[] day;
  final boolean[] online;

  /** The number the live tally gave each dossier. */
  final int[] numbers;

  LiveWorkload(int k) {
    DossierGenerator gen = DossierGenerator.of(BenchData.SEED, k);
    List<DossierEvent> out = new ArrayList<>();
    List<int[]> shape = new ArrayList<>();
    for (Dossier d : gen) {
      Dossier open =
          d.toBuilder()
              .resolvedOn(null)
              .outcome(null)
              .resultDigitized(false)
              .paidOnline(false)
              .build();
      LocalDate on = open.dueOn().isAfter(gen.asOf()) ? open.receivedOn() : open.dueOn();
      inProgress.add(open);
      resolved.add(open.toBuilder().resolved(on, Outcome.GRANTED).build());
      resolvedOn.add(on);
    }
    for (int phase = 0; phase < 6; phase++) {
      for (int i = 0; i < inProgress.size(); i++) {
        Dossier d = inProgress.get(i);
        String id = d.id();
        switch (phase) {
          case DELETED -> add(out, shape, DossierEvent.deleted(id), DELETED, i);
          case RECEIVED -> add(out, shape, DossierEvent.received(d), RECEIVED, i);
          case RESOLVED ->
              add(
                  out,
                  shape,
                  DossierEvent.resolved(id, resolvedOn.get(i), Outcome.GRANTED),
                  RESOLVED,
                  i);
          case DIGITIZED -> {
            if (d.procedure().issuesResult()) {
              add(out, shape, DossierEvent.resultDigitized(id), DIGITIZED, i);
            }
          }
          case PAID -> {
            if (d.fee() > 0) {
              add(out, shape, DossierEvent.paid(id, d.isFiledOnline()), PAID, i);
            }
          }
          default -> add(out, shape, DossierEvent.corrected(d), CORRECTED, i);
        }
      }
    }
    this.events = out.toArray(new DossierEvent[0]);
    int n = shape.size();
    this.kind = new int[n];
    this.target = new int[n];
    this.day = new LocalDate[n];
    this.online = new boolean[n];
    for (int e = 0; e < n; e++) {
      kind[e] = shape.get(e)[0];
      target[e] = shape.get(e)[1];
      day[e] = resolvedOn.get(target[e]);
      online[e] = inProgress.get(target[e]).isFiledOnline();
    }
    this.numbers = new int[inProgress.size()];
  }

  private static void add(
      List<DossierEvent> out, List<int[]> shape, DossierEvent event, int kind, int target) {
    out.add(event);
    shape.add(new int[] {kind, target});
  }

  /** Receives every dossier in progress, noting their numbers. */
  void fill(LiveTally<?> live) {
    for (int i = 0; i < inProgress.size(); i++) {
      numbers[i] = live.received(inProgress.get(i));
    }
  }

  /** Applies event {@code e} by number: the dossier's fields only, no lookup by id. */
  void applyByNumber(LiveTally<?> live, int e) {
    int i = target[e];
    switch (kind[e]) {
      case DELETED -> live.deleted(numbers[i]);
      case RECEIVED -> numbers[i] = live.received(inProgress.get(i));
      case RESOLVED -> live.resolved(numbers[i], day[e], Outcome.GRANTED);
      case DIGITIZED -> live.resultDigitized(numbers[i]);
      case PAID -> live.paid(numbers[i], online[e]);
      default -> live.corrected(numbers[i], inProgress.get(i));
    }
  }
}
