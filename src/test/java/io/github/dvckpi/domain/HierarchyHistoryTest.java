package io.github.dvckpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.sample.HaTinh2024;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundled histories of {@link VietnamUnits} and the laws of {@link HierarchyHistory}. */
class HierarchyHistoryTest {

  private static final HierarchyHistory HA_TINH = HaTinh2024.hierarchies();

  private static long communes(UnitHierarchy h) {
    return h.units().stream().filter(u -> u.level() == AdministrativeLevel.COMMUNE).count();
  }

  private static long districts(UnitHierarchy h) {
    return h.units().stream().filter(u -> u.level() == AdministrativeLevel.DISTRICT).count();
  }

  @Test
  void haTinhGoesFrom216To210To69Communes() {
    UnitHierarchy y2024 = HA_TINH.on(LocalDate.of(2024, 6, 1));
    UnitHierarchy y2025 = HA_TINH.on(LocalDate.of(2025, 3, 1));
    UnitHierarchy since = HA_TINH.on(LocalDate.of(2025, 7, 1));
    assertThat(communes(y2024)).isEqualTo(216);
    assertThat(districts(y2024)).isEqualTo(13);
    assertThat(communes(y2025)).isEqualTo(210);
    assertThat(districts(y2025)).isEqualTo(12);
    assertThat(communes(since)).isEqualTo(69);
    assertThat(districts(since)).isZero();
    assertThat(since.units()).filteredOn(u -> u.kind() == UnitKind.WARD).hasSize(9);
    assertThat(since.units()).filteredOn(u -> u.kind() == UnitKind.COMMUNE).hasSize(60);
    assertThat(y2024.units()).hasSize(1 + 13 + 216);
    assertThat(HA_TINH.periods()).hasSize(3);
  }

  @Test
  void theCodeOfTpHaTinhOnThe30thOfJuneAndTheFirstOfJuly() {
    LocalDate june30 = LocalDate.of(2025, 6, 30);
    LocalDate july1 = LocalDate.of(2025, 7, 1);
    assertThat(HA_TINH.unit("436", june30))
        .map(AdministrativeUnit::name)
        .contains("Thành phố Hà Tĩnh");
    assertThat(HA_TINH.on(june30).children("436")).hasSize(27);
    assertThat(HA_TINH.unit("436", july1)).isEmpty();
    UnitLinks reform = HA_TINH.links(june30, july1);
    assertThat(reform.from("436"))
        .extracting(UnitLink::newCode)
        .containsExactlyInAnyOrder("18073", "18100", "18604", "18619", "18628", "18652", "18685");
    assertThat(reform.from("436")).allMatch(l -> l.kind() == LinkKind.PARTIAL);
    assertThat(HA_TINH.unit("18073", july1))
        .map(AdministrativeUnit::name)
        .contains("Phường Thành Sen");
    assertThat(HA_TINH.unit("18073", june30))
        .map(AdministrativeUnit::name)
        .contains("Phường Nam Hà");
    assertThat(HA_TINH.changesWithin(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .containsExactly(july1);
    assertThat(HA_TINH.changesWithin(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)))
        .containsExactly(LocalDate.of(2025, 1, 1), july1);
  }

  @Test
  void theFivePartialLinksOf2025() {
    UnitLinks reform = HA_TINH.changes().get(1);
    assertThat(
            reform.partial().stream()
                .filter(
                    l ->
                        HA_TINH.on(VietnamUnits.HA_TINH_2025).unit(l.oldCode()).level()
                            == AdministrativeLevel.COMMUNE)
                .map(UnitLink::toString))
        .containsExactlyInAnyOrder(
            "18082 ⇢ 18073", "18082 ⇢ 18652", "18796 ⇢ 18754", "18796 ⇢ 18823", "18796 ⇢ 18832");
    assertThat(reform.partsOf("18073")).hasSize(10); // 9 communes and the old TP Hà Tĩnh, partly
    assertThat(reform.partsOf("18073")).contains(UnitLink.partial("436", "18073"));
    assertThat(reform.links().stream().filter(l -> l.oldCode().length() == 5)).hasSize(213);
  }

  @Test
  void theLinksOf2024To2025DeclareWhatTheListsDoNotSay() {
    UnitLinks january = HA_TINH.changes().get(0);
    assertThat(january.gone())
        .containsExactlyInAnyOrder("18070", "18076", "18193", "18205", "18214", "18472", "18535");
    assertThat(january.withoutParts()).containsExactly("18448");
    assertThat(january.from("448"))
        .extracting(UnitLink::newCode)
        .containsExactlyInAnyOrder("436", "445");
    assertThat(january.from("449")).containsExactly(UnitLink.whole("449", "449"));
    // composed over both changes: a 2024 commune of TP Hà Tĩnh into its new phường
    UnitLinks both = HA_TINH.links(LocalDate.of(2024, 12, 31), VietnamUnits.REFORM_2025);
    assertThat(both.from("18085")).containsExactly(UnitLink.whole("18085", "18073"));
    assertThat(both.gone()).contains("18070");
    assertThat(both.withoutParts()).isEmpty();
  }

  @Test
  void theNationalUnitsAre34ProvincesAnd3321Communes() {
    UnitHierarchy nation = VietnamUnits.since2025July();
    assertThat(nation.roots()).hasSize(34);
    assertThat(communes(nation)).isEqualTo(3321);
    assertThat(VietnamUnits.links2025July().oldCodes().stream().filter(c -> c.length() == 2))
        .hasSize(63);
    // the bundled Hà Tĩnh file is the national file's province 42
    UnitHierarchy since = HA_TINH.on(VietnamUnits.REFORM_2025);
    assertThat(nation.children("42")).containsExactlyElementsOf(since.children("42"));
    for (AdministrativeUnit commune : since.children("42")) {
      assertThat(VietnamUnits.links2025July().partsOf(commune.code()))
          .containsExactlyElementsOf(
              HA_TINH.changes().get(1).partsOf(commune.code()).stream()
                  .filter(l -> l.oldCode().length() == 5)
                  .toList());
    }
  }

  @Test
  void theLicenceOfTheLinksIsInTheJar() throws IOException {
    try (InputStream notice = VietnamUnits.class.getResourceAsStream("/META-INF/NOTICE");
        InputStream licence = VietnamUnits.class.getResourceAsStream("units-dvhcvn-LICENSE.txt")) {
      assertThat(notice).isNotNull();
      assertThat(licence).isNotNull();
      assertThat(new String(notice.readAllBytes(), StandardCharsets.UTF_8))
          .contains("dvhcvn", "MIT");
      assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8))
          .startsWith("MIT License");
    }
  }

  /** Law: every day inside a validity period answers the same hierarchy and the same units. */
  @Test
  void aHistoryAnswersTheSameUnitForEveryDateInsideAValidityPeriod() {
    LocalDate start = LocalDate.of(2024, 1, 1);
    qt().forAll(integers().between(0, 1200), integers().between(0, 1200))
        .checkAssert(
            (a, b) -> {
              LocalDate x = start.plusDays(a);
              LocalDate y = start.plusDays(b);
              DatedHierarchy px = HA_TINH.periodOn(x);
              if (px.isValidOn(y)) {
                assertThat(HA_TINH.on(y)).isSameAs(HA_TINH.on(x));
                for (String code : List.of("42", "436", "18073", "18082", "18652")) {
                  assertThat(HA_TINH.unit(code, y)).isEqualTo(HA_TINH.unit(code, x));
                }
                assertThat(HA_TINH.links(x.isBefore(y) ? x : y, x.isBefore(y) ? y : x).partial())
                    .isEmpty();
              } else {
                assertThat(HA_TINH.on(y)).isNotEqualTo(HA_TINH.on(x));
              }
            });
  }

  @Test
  void gapsOverlapsAndBadLinksAreRejectedWithTheirNames() {
    UnitHierarchy one =
        UnitHierarchy.of(
            AdministrativeUnit.root("42", "Hà Tĩnh", UnitKind.PROVINCE),
            AdministrativeUnit.of("1", "Xã A", UnitKind.COMMUNE, "42"),
            AdministrativeUnit.of("2", "Xã B", UnitKind.COMMUNE, "42"));
    UnitHierarchy two =
        UnitHierarchy.of(
            AdministrativeUnit.root("42", "Hà Tĩnh", UnitKind.PROVINCE),
            AdministrativeUnit.of("3", "Xã C", UnitKind.COMMUNE, "42"));
    DatedHierarchy a =
        DatedHierarchy.between(
            "a", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), one, Certainty.UNVERIFIED);
    DatedHierarchy gap =
        DatedHierarchy.since("b", LocalDate.of(2025, 1, 2), two, Certainty.UNVERIFIED);
    DatedHierarchy b =
        DatedHierarchy.since("b", LocalDate.of(2025, 1, 1), two, Certainty.UNVERIFIED);
    UnitLinks good =
        UnitLinks.of(
            UnitLink.whole("42", "42"), UnitLink.whole("1", "3"), UnitLink.whole("2", "3"));
    assertThatThrownBy(() -> HierarchyHistory.of("X", List.of(a, gap), List.of(good)))
        .hasMessageContaining("must start on 2025-01-01")
        .hasMessageContaining("gap");
    assertThatThrownBy(() -> HierarchyHistory.of("X", List.of(b, a), List.of(good)))
        .hasMessageContaining("open-ended");
    assertThatThrownBy(() -> HierarchyHistory.of("X", List.of(a, b), List.of()))
        .hasMessageContaining("needs 1 sets of links");
    UnitLinks missing = UnitLinks.of(UnitLink.whole("42", "42"), UnitLink.whole("1", "3"));
    assertThatThrownBy(() -> HierarchyHistory.of("X", List.of(a, b), List.of(missing)))
        .hasMessageContaining("the links from a to b")
        .hasMessageContaining("old unit Xã B (2) goes nowhere");
    UnitLinks orphan =
        UnitLinks.of(
            ImmutableList.of(UnitLink.whole("42", "42")),
            ImmutableList.of("1", "2"),
            ImmutableList.of());
    assertThatThrownBy(() -> orphan.checkAgainst(one, two))
        .hasMessageContaining("new unit Xã C (3) has no old parts listed");
    assertThatThrownBy(() -> UnitLinks.of(UnitLink.whole("1", "3"), UnitLink.partial("1", "4")))
        .hasMessageContaining("old unit 1 goes whole into 3 and also into 4");
    assertThatThrownBy(() -> UnitLinks.of(UnitLink.whole("1", "3"), UnitLink.whole("1", "3")))
        .hasMessageContaining("given twice");
    assertThatThrownBy(
            () ->
                UnitLinks.of(
                    ImmutableList.of(UnitLink.whole("1", "3")),
                    ImmutableList.of("1"),
                    ImmutableList.of()))
        .hasMessageContaining("declared gone but links to 3");
    assertThatThrownBy(() -> UnitLinks.of(UnitLink.whole("9", "3")).checkAgainst(one, two))
        .hasMessageContaining("names an old unit 9");
    UnitLinks cycle =
        UnitLinks.of(
            UnitLink.whole("42", "42"), UnitLink.whole("1", "2"), UnitLink.whole("2", "1"));
    assertThatThrownBy(() -> cycle.checkAgainst(one, one)).hasMessageContaining("cycle: 1 → 2 → 1");
    assertThatThrownBy(() -> HA_TINH.on(LocalDate.of(2023, 12, 31)))
        .hasMessageContaining("no hierarchy of Hà Tĩnh is valid on 2023-12-31");
    assertThat(LinkKind.PARTIAL.displayName(Locale.forLanguageTag("vi"))).isEqualTo("một phần");
    assertThat(LinkKind.WHOLE.displayName(Locale.ENGLISH)).isEqualTo("whole");
  }
}
