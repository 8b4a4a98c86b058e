package io.github.dvckpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lookups and validation of {@link UnitHierarchy}, and the small domain values. */
class UnitHierarchyTest {

  private static final AdministrativeUnit HA_TINH =
      AdministrativeUnit.root("42", "Hà Tĩnh", UnitKind.PROVINCE);
  private static final AdministrativeUnit CITY =
      AdministrativeUnit.of("436", "TP Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42");
  private static final AdministrativeUnit KY_ANH =
      AdministrativeUnit.of("449", "TX Kỳ Anh", UnitKind.TOWN, "42");
  private static final AdministrativeUnit THANH_SEN =
      AdministrativeUnit.of("28534", "Phường Thành Sen", UnitKind.WARD, "436");
  private static final AdministrativeUnit TRAN_PHU =
      AdministrativeUnit.of("28537", "Phường Trần Phú", UnitKind.WARD, "436");
  private static final AdministrativeUnit HUNG_TRI =
      AdministrativeUnit.of("28900", "Phường Hưng Trí", UnitKind.WARD, "449");

  private static final UnitHierarchy THREE_TIERS =
      UnitHierarchy.of(HA_TINH, CITY, KY_ANH, THANH_SEN, TRAN_PHU, HUNG_TRI);

  @Test
  void looksUpUnitsParentsAndAncestors() {
    assertThat(THREE_TIERS.unit("436")).isEqualTo(CITY);
    assertThat(THREE_TIERS.find("999")).isEmpty();
    assertThat(THREE_TIERS.contains("28534")).isTrue();
    assertThat(THREE_TIERS.contains("999")).isFalse();
    assertThat(THREE_TIERS.parent("28534")).contains(CITY);
    assertThat(THREE_TIERS.parent("42")).isEmpty();
    assertThat(THREE_TIERS.ancestors("28534")).containsExactly(CITY, HA_TINH);
    assertThat(THREE_TIERS.ancestors("42")).isEmpty();
    assertThat(THREE_TIERS.children("436")).containsExactly(THANH_SEN, TRAN_PHU);
    assertThat(THREE_TIERS.children("28534")).isEmpty();
    assertThat(THREE_TIERS.descendants("42"))
        .containsExactly(CITY, THANH_SEN, TRAN_PHU, KY_ANH, HUNG_TRI);
    assertThat(THREE_TIERS.roots()).containsExactly(HA_TINH);
    assertThat(THREE_TIERS.units()).hasSize(6);
    assertThat(THREE_TIERS.size()).isEqualTo(6);
    assertThat(THREE_TIERS).hasToString("UnitHierarchy[6 units, roots [Hà Tĩnh (42)]]");
  }

  @Test
  void placesUnitsWithinTerritories() {
    assertThat(THREE_TIERS.isWithin("28534", "436")).isTrue();
    assertThat(THREE_TIERS.isWithin("28534", "42")).isTrue();
    assertThat(THREE_TIERS.isWithin("436", "436")).isTrue();
    assertThat(THREE_TIERS.isWithin("28900", "436")).isFalse();
    assertThat(THREE_TIERS.isWithin("42", "436")).isFalse();
    assertThatThrownBy(() -> THREE_TIERS.isWithin("1", "42"))
        .isInstanceOf(UnknownUnitException.class)
        .hasMessageContaining("\"1\"");
    assertThatThrownBy(() -> THREE_TIERS.isWithin("42", "1"))
        .isInstanceOf(UnknownUnitException.class);
  }

  @Test
  void acceptsTwoTiersSinceJuly2025() {
    UnitHierarchy twoTiers =
        UnitHierarchy.of(
            HA_TINH, AdministrativeUnit.of("28540", "Phường Thành Sen", UnitKind.WARD, "42"));
    assertThat(twoTiers.ancestors("28540")).containsExactly(HA_TINH);
    assertThat(twoTiers.unit("28540").level()).isEqualTo(AdministrativeLevel.COMMUNE);
  }

  @Test
  void rejectsUnknownCodesDuplicatesAndCycles() {
    assertThatThrownBy(() -> THREE_TIERS.unit("999"))
        .isInstanceOfSatisfying(
            UnknownUnitException.class, e -> assertThat(e.code()).isEqualTo("999"))
        .hasMessage("unknown administrative unit \"999\" in a hierarchy of 6 units");
    assertThatThrownBy(() -> THREE_TIERS.children("999")).isInstanceOf(UnknownUnitException.class);
    assertThatThrownBy(() -> UnitHierarchy.of(HA_TINH, HA_TINH))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("AdministrativeUnit \"42\": code is used by two units");
    assertThatThrownBy(() -> UnitHierarchy.of(CITY))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("AdministrativeUnit \"436\": parentCode names an unknown unit \"42\"");
    assertThatThrownBy(
            () ->
                UnitHierarchy.of(
                    AdministrativeUnit.of("1", "A", UnitKind.TOWN, "2"),
                    AdministrativeUnit.of("2", "B", UnitKind.TOWN, "1")))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("parentCode leads to a cycle");
  }

  @Test
  void validatesRecordsNamingTheField() {
    assertThatThrownBy(() -> AdministrativeUnit.root(" ", "X", UnitKind.WARD))
        .hasMessage("AdministrativeUnit \" \": code is blank");
    assertThatThrownBy(() -> AdministrativeUnit.of("1", "X", UnitKind.WARD, "1"))
        .hasMessage("AdministrativeUnit \"1\": parentCode must name another unit, got \"1\"");
    assertThatThrownBy(() -> new AdministrativeUnit("1", "X", UnitKind.WARD, Optional.of("")))
        .hasMessageContaining("parentCode must name another unit");
    assertThatThrownBy(() -> new AdministrativeUnit("1", "", UnitKind.WARD, Optional.empty()))
        .hasMessage("AdministrativeUnit \"1\": name is blank");
    assertThatThrownBy(() -> Agency.of("STP", "Sở Tư pháp", AdministrativeLevel.PROVINCE, ""))
        .hasMessage("Agency \"STP\": unitCode is blank");
    assertThatThrownBy(() -> Procedure.of("", "X", ServiceLevel.FULL_ONLINE, false, false))
        .hasMessage("Procedure \"\": code is blank");
  }

  @Test
  void namesTiersKindsAndLevels() {
    Locale vi = Locale.forLanguageTag("vi-VN");
    assertThat(AdministrativeLevel.PROVINCE.displayName(vi)).isEqualTo("cấp tỉnh");
    assertThat(AdministrativeLevel.DISTRICT.displayName(Locale.ENGLISH)).isEqualTo("district tier");
    assertThat(AdministrativeLevel.COMMUNE.vietnameseName()).isEqualTo("cấp xã");
    assertThat(AdministrativeLevel.COMMUNE.englishName()).isEqualTo("commune tier");
    assertThat(UnitKind.TOWN.displayName(vi)).isEqualTo("thị xã");
    assertThat(UnitKind.TOWN.displayName(Locale.ENGLISH)).isEqualTo("town");
    assertThat(UnitKind.WARD.vietnameseName()).isEqualTo("phường");
    assertThat(UnitKind.TOWNSHIP.englishName()).isEqualTo("township");
    assertThat(UnitKind.CENTRAL_CITY.level()).isEqualTo(AdministrativeLevel.PROVINCE);
    assertThat(UnitKind.URBAN_DISTRICT.level()).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(UnitKind.TOWNSHIP.level()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(CITY.level()).isEqualTo(AdministrativeLevel.DISTRICT);
    assertThat(ServiceLevel.fromLegacyLevel(4)).isEqualTo(ServiceLevel.FULL_ONLINE);
    assertThat(ServiceLevel.fromLegacyLevel(3)).isEqualTo(ServiceLevel.PARTIAL_ONLINE);
    assertThat(ServiceLevel.fromLegacyLevel(2)).isEqualTo(ServiceLevel.NOT_ONLINE);
    assertThat(ServiceLevel.fromLegacyLevel(1)).isEqualTo(ServiceLevel.NOT_ONLINE);
    assertThatThrownBy(() -> ServiceLevel.fromLegacyLevel(5)).hasMessageContaining("got 5");
    assertThat(ServiceLevel.PARTIAL_ONLINE.isOnline()).isTrue();
    assertThat(ServiceLevel.NOT_ONLINE.isOnline()).isFalse();
    assertThat(Channel.fromPortalCode(1)).isEqualTo(Channel.COUNTER);
    assertThat(Channel.fromPortalCode(2)).isEqualTo(Channel.ONLINE);
    assertThat(Channel.fromPortalCode(3)).isEqualTo(Channel.POSTAL);
    assertThat(Channel.POSTAL.portalCode()).isEqualTo(3);
    assertThatThrownBy(() -> Channel.fromPortalCode(0))
        .hasMessage("a channel code is 1, 2 or 3, got 0");
    Procedure p = Procedure.of("1.1", "Thủ tục", ServiceLevel.PARTIAL_ONLINE, true, false);
    assertThat(p.isOnlineService()).isTrue();
    assertThat(p).hasToString("Thủ tục (1.1, PARTIAL_ONLINE)");
    assertThat(Agency.of("STP", "Sở Tư pháp", AdministrativeLevel.PROVINCE, "42"))
        .hasToString("Sở Tư pháp (STP, province tier, unit 42)");
  }

  @Test
  void valuesHaveStructuralEquality() {
    new EqualsTester()
        .addEqualityGroup(
            CITY, AdministrativeUnit.of("436", "TP Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42"))
        .addEqualityGroup(KY_ANH)
        .addEqualityGroup(HA_TINH)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            THREE_TIERS,
            UnitHierarchy.of(List.of(HA_TINH, CITY, KY_ANH, THANH_SEN, TRAN_PHU, HUNG_TRI)))
        .addEqualityGroup(UnitHierarchy.of(HA_TINH))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(AdministrativeUnit.class, HA_TINH);
    tester.testAllPublicInstanceMethods(THREE_TIERS);
    tester.testAllPublicStaticMethods(UnitHierarchy.class);
  }

  @Test
  void aParentMustBeOfAHigherTierThanItsChild() {
    AdministrativeUnit ward = AdministrativeUnit.root("1", "Phường Một", UnitKind.WARD);
    AdministrativeUnit province = AdministrativeUnit.of("2", "Tỉnh Hai", UnitKind.PROVINCE, "1");
    assertThatThrownBy(() -> UnitHierarchy.of(ward, province))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage(
            "AdministrativeUnit \"2\": parentCode names \"1\" of the commune tier, not above this"
                + " unit's province tier");
    AdministrativeUnit town = AdministrativeUnit.of("3", "Thị xã Ba", UnitKind.TOWN, "449");
    assertThatThrownBy(() -> UnitHierarchy.of(HA_TINH, KY_ANH, town))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("district tier, not above this unit's district tier");
    AdministrativeUnit commune = AdministrativeUnit.of("4", "Xã Bốn", UnitKind.COMMUNE, "42");
    assertThat(UnitHierarchy.of(HA_TINH, commune).parent("4")).contains(HA_TINH);
  }
}
