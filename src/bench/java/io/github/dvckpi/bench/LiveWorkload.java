package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.engine.DossierEvent;
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
 */
final class LiveWorkload {

  final List<Dossier> inProgress = new ArrayList<>();
  final List<Dossier> resolved = new ArrayList<>();
  private final List<LocalDate> resolvedOn = new ArrayList<>();
  final DossierEvent[] events;

  LiveWorkload(int k) {
    DossierGenerator gen = DossierGenerator.of(BenchData.SEED, k);
    List<DossierEvent> out = new ArrayList<>();
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
      for (Dossier d : inProgress) {
        String id = d.id();
        switch (phase) {
          case 0 -> out.add(DossierEvent.deleted(id));
          case 1 -> out.add(DossierEvent.received(d));
          case 2 -> out.add(DossierEvent.resolved(id, resolvedOn.get(index(d)), Outcome.GRANTED));
          case 3 -> {
            if (d.procedure().issuesResult()) {
              out.add(DossierEvent.resultDigitized(id));
            }
          }
          case 4 -> {
            if (d.fee() > 0) {
              out.add(DossierEvent.paid(id, d.isFiledOnline()));
            }
          }
          default -> out.add(DossierEvent.corrected(d));
        }
      }
    }
    this.events = out.toArray(new DossierEvent[0]);
  }

  private static int index(Dossier d) {
    return Integer.parseInt(d.id().substring(3));
  }
}
