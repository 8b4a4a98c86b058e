package io.github.dvckpi.report;

import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.testing.DomainGen;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.quicktheories.core.Gen;

/** Generators and an oracle for report properties, over {@link DomainGen}'s small world. */
final class ReportGen {

  private ReportGen() {}

  /** Any unit of the hierarchy, as a territory. */
  static Gen<AdministrativeUnit> territories() {
    ImmutableList<AdministrativeUnit> units = DomainGen.HIERARCHY.units();
    return integers().between(0, units.size() - 1).map(units::get);
  }

  /** The units that have units below them. */
  static Gen<AdministrativeUnit> territoriesWithChildren() {
    ImmutableList<AdministrativeUnit> units =
        DomainGen.HIERARCHY.units().stream()
            .filter(u -> !DomainGen.HIERARCHY.children(u.code()).isEmpty())
            .collect(ImmutableList.toImmutableList());
    return integers().between(0, units.size() - 1).map(units::get);
  }

  /** Non-empty lists of distinct indicators, in enum order. */
  static Gen<List<Indicator>> indicatorLists() {
    Indicator[] all = Indicator.values();
    return integers()
        .between(1, (1 << all.length) - 1)
        .map(
            mask -> {
              List<Indicator> out = new ArrayList<>();
              for (int i = 0; i < all.length; i++) {
                if ((mask & (1 << i)) != 0) {
                  out.add(all[i]);
                }
              }
              return out;
            });
  }

  /** The oracle: the tally of the dossiers of a territory that pass a filter, counted directly. */
  static Tally oracle(
      List<Dossier> dossiers, AdministrativeUnit territory, DateRange range, Predicate<Dossier> f) {
    List<Dossier> within = new ArrayList<>();
    for (Dossier d : dossiers) {
      if (DomainGen.HIERARCHY.isWithin(d.agency().unitCode(), territory.code()) && f.test(d)) {
        within.add(d);
      }
    }
    return Tally.of(within, range);
  }
}
