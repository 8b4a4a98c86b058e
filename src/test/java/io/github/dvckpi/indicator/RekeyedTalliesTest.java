package io.github.dvckpi.indicator;

import static io.github.dvckpi.indicator.CoreGen.buckets;
import static io.github.dvckpi.testing.DomainGen.dossierLists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.LinkKind;
import io.github.dvckpi.domain.UnitLink;
import io.github.dvckpi.domain.UnitLinks;
import io.github.dvckpi.rate.Rate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of re-keying tallies from old units to new ones ({@link RekeyedTallies}). */
class RekeyedTalliesTest {

  /** The unit codes of the generated dossiers' agencies. */
  private static final List<String> OLD =
      List.of("42", "436", "449", "28534", "28537", "28900", "28903");

  private static final List<String> NEW = List.of("N1", "N2", "N3");

  /** Per old unit: 0–2 whole into N1–N3, 3–5 partial into two or three, 6 gone. */
  private static UnitLinks links(List<Integer> choice) {
    List<UnitLink> links = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    for (int i = 0; i < OLD.size(); i++) {
      int c = choice.get(i);
      String old = OLD.get(i);
      if (c <= 2) {
        links.add(UnitLink.whole(old, NEW.get(c)));
      } else if (c <= 5) {
        for (int j = 0; j < NEW.size(); j++) {
          if (j != c - 3) {
            links.add(UnitLink.partial(old, NEW.get(j)));
          }
        }
        if (c == 5) {
          links.add(UnitLink.partial(old, NEW.get(2)));
        }
      } else {
        gone.add(old);
      }
    }
    return UnitLinks.of(links, gone, ImmutableList.of());
  }

  private static Gen<UnitLinks> anyLinks() {
    return lists().of(integers().between(0, 6)).ofSize(OLD.size()).map(RekeyedTalliesTest::links);
  }

  private static Gen<UnitLinks> wholeLinks() {
    return lists().of(integers().between(0, 2)).ofSize(OLD.size()).map(RekeyedTalliesTest::links);
  }

  @Test
  void rekeyingAlongWholeLinksPreservesEveryTotalExactly() {
    qt().forAll(dossierLists(60), buckets(), wholeLinks())
        .checkAssert(
            (list, buckets, links) -> {
              Tallies<String> old = Tallies.of(list, Grouping.byUnit(), buckets);
              RekeyedTallies<String, String> r = RekeyedTallies.byUnit(old, links);
              for (int b = 0; b < buckets.size(); b++) {
                assertThat(r.exact().total(b)).isEqualTo(old.total(b));
              }
              assertThat(r.total()).isEqualTo(old.total());
              assertThat(r.shared().isEmpty()).isTrue();
              assertThat(r.unplaced().isEmpty()).isTrue();
              for (String n : NEW) {
                Tally expected =
                    Tally.sum(
                        OLD.stream()
                            .filter(o -> links.from(o).get(0).newCode().equals(n))
                            .map(old::tally)
                            .toList());
                RekeyedFigure<String> f = r.figure(n);
                assertThat(f.exact()).isEqualTo(expected);
                assertThat(f.exactness()).isEqualTo(Exactness.EXACT);
                for (Indicator i : Indicator.values()) {
                  assertThat(f.rate(i)).contains(expected.rate(i));
                  assertThat(f.lowest(i)).isEqualTo(expected.rate(i));
                  assertThat(f.highest(i)).isEqualTo(expected.rate(i));
                }
              }
            });
  }

  @Test
  void rekeyingIsAMonoidHomomorphism() {
    qt().forAll(dossierLists(40), dossierLists(40), buckets(), anyLinks())
        .checkAssert(
            (a, b, buckets, links) -> {
              Tallies<String> ta = Tallies.of(a, Grouping.byUnit(), buckets);
              Tallies<String> tb = Tallies.of(b, Grouping.byUnit(), buckets);
              assertThat(RekeyedTallies.byUnit(ta.plus(tb), links))
                  .isEqualTo(
                      RekeyedTallies.byUnit(ta, links).plus(RekeyedTallies.byUnit(tb, links)));
              assertThat(RekeyedTallies.byUnit(Tallies.<String>empty(buckets), links))
                  .isEqualTo(
                      RekeyedTallies.byUnit(Tallies.<String>empty(buckets), links)
                          .plus(RekeyedTallies.byUnit(Tallies.<String>empty(buckets), links)));
            });
  }

  /**
   * Law: whatever the true division of a split unit's dossiers, every new unit's true rate lies
   * within its figure's bounds, and the placed and unplaced totals add up to the old total.
   */
  @Test
  void theBoundsOfAnApproximateFigureHoldForEveryTrueDivision() {
    qt().forAll(dossierLists(60), buckets(), anyLinks(), integers().between(0, 1000))
        .checkAssert(
            (list, buckets, links, salt) -> {
              Tallies<String> old = Tallies.of(list, Grouping.byUnit(), buckets);
              RekeyedTallies<String, String> r = RekeyedTallies.byUnit(old, links);
              assertThat(r.total().plus(r.unplaced().total())).isEqualTo(old.total());
              Tallies<String> truth =
                  Tallies.of(
                      list, Grouping.byDossier((Dossier d) -> trueUnit(d, links, salt)), buckets);
              for (String n : NEW) {
                RekeyedFigure<String> f = r.figure(n);
                Tally actual = truth.tally(n);
                for (Indicator i : Indicator.values()) {
                  Rate rate = actual.rate(i);
                  if (!rate.isUndefined() && !f.lowest(i).isUndefined()) {
                    assertThat(rate.compareTo(f.lowest(i))).isGreaterThanOrEqualTo(0);
                  }
                  if (!rate.isUndefined() && !f.highest(i).isUndefined()) {
                    assertThat(rate.compareTo(f.highest(i))).isLessThanOrEqualTo(0);
                  }
                }
                if (f.exactness() == Exactness.EXACT) {
                  assertThat(actual).isEqualTo(f.exact());
                }
              }
            });
  }

  /** One possible truth: a split unit's dossier falls in one of its new units, by its id. */
  private static @org.jspecify.annotations.Nullable String trueUnit(
      Dossier d, UnitLinks links, int salt) {
    List<UnitLink> out = links.from(d.agency().unitCode());
    if (out.isEmpty()) {
      return null;
    }
    return out.get(Math.floorMod(d.id().hashCode() + salt, out.size())).newCode();
  }

  @Test
  void aSplitUnitMarksItsNewUnitsApproximateAndSaysSo() {
    UnitLinks links =
        UnitLinks.of(
            ImmutableList.of(
                UnitLink.whole("28534", "N1"),
                UnitLink.partial("28537", "N1"),
                UnitLink.partial("28537", "N2"),
                UnitLink.whole("28900", "N2")),
            ImmutableList.of("28903"),
            ImmutableList.of());
    qt().withFixedSeed(15L)
        .withExamples(20)
        .forAll(dossierLists(200))
        .checkAssert(
            list -> {
              Tallies<String> old = Tallies.of(list, Grouping.byUnit(), CoreGen.ALL);
              RekeyedTallies<String, String> r = RekeyedTallies.byUnit(old, links);
              RekeyedFigure<String> n1 = r.figure("N1");
              assertThat(n1.exact()).isEqualTo(old.tally("28534"));
              assertThat(n1.shared()).isEqualTo(old.tally("28537"));
              assertThat(r.figure("N2").shared()).isEqualTo(old.tally("28537"));
              assertThat(r.unplaced().groups()).doesNotContain("28534", "28537", "28900");
              assertThat(r.total().plus(r.unplaced().total())).isEqualTo(old.total());
              if (!old.tally("28537").isEmpty()) {
                assertThat(n1.exactness()).isEqualTo(Exactness.APPROXIMATE);
                assertThat(n1.sharedFrom()).containsExactly("28537");
                assertThat(n1.rate(Indicator.ON_TIME_INDEX_2_1)).isEmpty();
                assertThat(n1.describe(Indicator.ON_TIME_INDEX_2_1, Locale.ENGLISH))
                    .startsWith("between ")
                    .contains("approximate", "28537");
                assertThat(n1.describe(Indicator.ON_TIME_INDEX_2_1, Locale.forLanguageTag("vi")))
                    .startsWith("từ ")
                    .contains("gần đúng");
              } else {
                assertThat(n1.exactness()).isEqualTo(Exactness.EXACT);
                assertThat(n1.describe(Indicator.ON_TIME_INDEX_2_1, Locale.ENGLISH))
                    .endsWith("(exact)");
              }
            });
    assertThat(links.from("28537")).allMatch(l -> l.kind() == LinkKind.PARTIAL);
  }
}
