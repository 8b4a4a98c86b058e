package io.github.dvckpi.engine;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.testing.DomainGen;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generators for the engine's properties: month ranges around the dates of {@link DomainGen}'s
 * dossiers (which fall in 2024 to early 2025), and dossier lists with unique ids.
 */
final class EngineGen {

  private EngineGen() {}

  /** Ranges of 1 to 16 months starting between December 2023 and January 2025. */
  static Gen<MonthRange> monthRanges() {
    return integers()
        .between(0, 13)
        .zip(
            integers().between(1, 16),
            (start, count) -> MonthRange.starting(YearMonth.of(2023, 12).plusMonths(start), count));
  }

  /** The fourteen months every generated dossier's dates fall in. */
  static final MonthRange ALL = MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2025, 3));

  /** Lists of up to {@code max} dossiers whose ids are unique ({@code D<position>}). */
  static Gen<List<Dossier>> uniqueDossiers(int max) {
    return DomainGen.dossierLists(max).map(EngineGen::renumber);
  }

  static List<Dossier> renumber(List<Dossier> list) {
    List<Dossier> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(list.get(i).toBuilder().id("D" + i).build());
    }
    return out;
  }
}
