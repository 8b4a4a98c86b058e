package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.sample.DossierGenerator;
import java.util.ArrayList;
import java.util.List;

/** The dossiers every contender counts: the same seed, so the same dossiers in every JVM. */
final class BenchData {

  /** The seed of every benchmark run. */
  static final long SEED = 20_241_114L;

  /** The year counted. */
  static final ReportingPeriod YEAR = ReportingPeriod.year(DossierGenerator.DEFAULT_YEAR);

  /** The buckets counted: the twelve months of the generated year. */
  static final Buckets MONTHS = Buckets.months(YEAR);

  private BenchData() {}

  /** The first {@code n} generated dossiers, materialised (the contenders take a list). */
  static List<Dossier> dossiers(int n) {
    List<Dossier> out = new ArrayList<>(n);
    DossierGenerator.of(SEED, n).forEach(out::add);
    return out;
  }
}
