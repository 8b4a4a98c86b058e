package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.testing.DomainGen;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Examples of reading the three catalogues. */
class CatalogueCsvReaderTest {

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writtenCataloguesReadBackEqual(@TempDir Path dir) throws IOException {
    Path units = dir.resolve("don_vi.csv");
    Path agencies = dir.resolve("co_quan.csv");
    Path procedures = dir.resolve("thu_tuc.csv");
    CatalogueCsvWriter.write(ImportGen.CATALOGUE, units, agencies, procedures);
    CatalogueImport read =
        CatalogueCsvReader.read(units, agencies, procedures, ImportOptions.defaults());
    assertThat(read.catalogue()).isEqualTo(ImportGen.CATALOGUE);
    assertThat(read.isClean()).isTrue();
    assertThat(read.reports()).extracting(ImportReport::rowsRead).containsExactly(7L, 8L, 12L);
    assertThat(read.catalogue().toString())
        .isEqualTo("Catalogue[7 units, 8 agencies, 12 procedures]");
  }

  @Test
  void readsUnitsInEnglishAndVietnameseWords() throws IOException {
    String text =
        "code,name,kind,parent_code\n"
            + "42,Hà Tĩnh,Tỉnh,\n"
            + "436,TP Hà Tĩnh,THÀNH PHỐ,42\n"
            + "449,TX Kỳ Anh,town,42\n"
            + "28534,Phường Thành Sen,WARD,436\n";
    ImportResult<UnitHierarchy> read =
        CatalogueCsvReader.readUnits(bytes(text), "units.csv", ImportOptions.defaults());
    assertThat(read.value().units())
        .extracting(AdministrativeUnit::kind)
        .containsExactly(UnitKind.PROVINCE, UnitKind.PROVINCIAL_CITY, UnitKind.TOWN, UnitKind.WARD);
    assertThat(read.report().isClean()).isTrue();
  }

  @Test
  void theParentColumnMayBeLeftOut() throws IOException {
    ImportResult<UnitHierarchy> read =
        CatalogueCsvReader.readUnits(
            bytes("ma_don_vi,ten_don_vi,loai_don_vi\n42,Hà Tĩnh,tỉnh\n"),
            "units.csv",
            ImportOptions.defaults());
    assertThat(read.value().roots()).extracting(AdministrativeUnit::code).containsExactly("42");
  }

  @Test
  void unitsWithAnUnknownParentACycleADuplicateOrAnUnknownKindAreRejected() throws IOException {
    String text =
        "ma_don_vi,ten_don_vi,loai_don_vi,ma_don_vi_cha\n"
            + "42,Hà Tĩnh,tỉnh,\n" // 2 ok
            + "436,TP Hà Tĩnh,thành phố,42\n" // 3 ok
            + "436,TP Hà Tĩnh,thành phố,42\n" // 4 duplicate
            + "28534,Phường Thành Sen,phường,999\n" // 5 unknown parent
            + "28535,Tổ 1,phường,28534\n" // 6 parent rejected
            + "A,Vòng A,xã,B\n" // 7 cycle
            + "B,Vòng B,xã,A\n" // 8 cycle
            + "C,Dưới vòng,xã,A\n" // 9 parent in a cycle
            + "S,Tự mình,xã,S\n" // 10 own parent
            + "437,Lạ,làng,42\n"; // 11 unknown kind
    ImportResult<UnitHierarchy> read =
        CatalogueCsvReader.readUnits(bytes(text), "don_vi.csv", ImportOptions.defaults());
    assertThat(read.value().units())
        .extracting(AdministrativeUnit::code)
        .containsExactly("42", "436");
    ImportReport report = read.report();
    assertThat(report.rowsRead()).isEqualTo(10);
    assertThat(report.accepted()).isEqualTo(2);
    assertThat(report.rejections())
        .extracting(Rejection::line, Rejection::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(4L, RejectionReason.DUPLICATE_CODE),
            org.assertj.core.groups.Tuple.tuple(10L, RejectionReason.UNIT_CYCLE),
            org.assertj.core.groups.Tuple.tuple(11L, RejectionReason.UNKNOWN_UNIT_KIND),
            org.assertj.core.groups.Tuple.tuple(5L, RejectionReason.UNKNOWN_UNIT),
            org.assertj.core.groups.Tuple.tuple(6L, RejectionReason.UNKNOWN_UNIT),
            org.assertj.core.groups.Tuple.tuple(7L, RejectionReason.UNIT_CYCLE),
            org.assertj.core.groups.Tuple.tuple(8L, RejectionReason.UNIT_CYCLE),
            org.assertj.core.groups.Tuple.tuple(9L, RejectionReason.UNKNOWN_UNIT));
    assertThat(report.rejections().get(0).message(RateFormat.VIETNAMESE))
        .isEqualTo("don_vi.csv, dòng 4, cột ma_don_vi, giá trị \"436\": mã trùng với dòng 3");
  }

  @Test
  void aUnitUnderAUnitOfItsOwnTierOrLowerIsRejectedAndSoAreItsChildren() throws IOException {
    String text =
        "ma_don_vi,ten_don_vi,loai_don_vi,ma_don_vi_cha\n"
            + "28534,Phường Thành Sen,phường,\n" // 2 ok: a root
            + "42,Hà Tĩnh,tỉnh,28534\n" // 3 a province under a ward
            + "436,TP Hà Tĩnh,thành phố,42\n" // 4 its parent rejected
            + "28535,Phường Hai,phường,28534\n"; // 5 a ward under a ward
    ImportResult<UnitHierarchy> read =
        CatalogueCsvReader.readUnits(bytes(text), "don_vi.csv", ImportOptions.defaults());
    assertThat(read.value().units()).extracting(AdministrativeUnit::code).containsExactly("28534");
    assertThat(read.report().rejections())
        .extracting(Rejection::line, Rejection::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(3L, RejectionReason.PARENT_NOT_ABOVE),
            org.assertj.core.groups.Tuple.tuple(5L, RejectionReason.PARENT_NOT_ABOVE),
            org.assertj.core.groups.Tuple.tuple(4L, RejectionReason.UNKNOWN_UNIT));
    assertThat(read.report().rejections().get(0).message(RateFormat.ENGLISH))
        .isEqualTo(
            "don_vi.csv, line 3, column ma_don_vi_cha, value \"28534\": the parent unit is not of"
                + " a higher tier than this unit");
  }

  @Test
  void strictModeStopsAtAnOrphanUnit() {
    String text = "ma_don_vi,ten_don_vi,loai_don_vi,ma_don_vi_cha\n436,TP Hà Tĩnh,thành phố,42\n";
    assertThatThrownBy(
            () ->
                CatalogueCsvReader.readUnits(
                    bytes(text), "don_vi.csv", ImportOptions.defaults().strict()))
        .isInstanceOfSatisfying(
            RejectedRowException.class,
            e -> assertThat(e.rejection().reason()).isEqualTo(RejectionReason.UNKNOWN_UNIT));
  }

  @Test
  void agenciesNeedAKnownTierAndUnit() throws IOException {
    String text =
        "ma_co_quan,ten_co_quan,cap,ma_don_vi\n"
            + "STP,Sở Tư pháp,cấp tỉnh,42\n"
            + "UB436,UBND TP Hà Tĩnh,huyện,436\n"
            + "UB1,UBND Phường 1,commune,28534\n"
            + "X,Không cấp,thôn,42\n"
            + "Y,Không đơn vị,xã,999\n"
            + "STP,Sở Tư pháp,tỉnh,42\n"
            + "Z,,xã,42\n";
    ImportResult<ImmutableList<Agency>> read =
        CatalogueCsvReader.readAgencies(
            bytes(text), "co_quan.csv", DomainGen.HIERARCHY, ImportOptions.defaults());
    assertThat(read.value())
        .extracting(Agency::tier)
        .containsExactly(
            AdministrativeLevel.PROVINCE,
            AdministrativeLevel.DISTRICT,
            AdministrativeLevel.COMMUNE);
    assertThat(read.report().rejections())
        .extracting(Rejection::reason)
        .containsExactly(
            RejectionReason.UNKNOWN_TIER,
            RejectionReason.UNKNOWN_UNIT,
            RejectionReason.DUPLICATE_CODE,
            RejectionReason.MISSING_VALUE);
  }

  @Test
  void proceduresReadServiceLevelsInWordsAndLegacyLevels() throws IOException {
    String text =
        "ma_tthc,ten_tthc,muc_do,co_phi,co_ket_qua\n"
            + "A,Thủ tục A,Toàn trình,có,có\n"
            + "B,Thủ tục B,mức độ 3,0,1\n"
            + "C,Thủ tục C,2,không,x\n"
            + "D,Thủ tục D,FULL_ONLINE,1,\n"
            + "E,Thủ tục E,partial online,0,0\n"
            + "F,Thủ tục F,mức 9,0,0\n"
            + "G,Thủ tục G,một phần,phải,0\n"
            + "H,Thủ tục H,một phần,0,có lẽ\n"
            + "A,Thủ tục A,không,0,0\n"
            + "I,Thủ tục I,,0,0\n";
    ImportResult<ImmutableList<Procedure>> read =
        CatalogueCsvReader.readProcedures(bytes(text), "thu_tuc.csv", ImportOptions.defaults());
    assertThat(read.value())
        .containsExactly(
            Procedure.of("A", "Thủ tục A", ServiceLevel.FULL_ONLINE, true, true),
            Procedure.of("B", "Thủ tục B", ServiceLevel.PARTIAL_ONLINE, false, true),
            Procedure.of("C", "Thủ tục C", ServiceLevel.NOT_ONLINE, false, true),
            Procedure.of("D", "Thủ tục D", ServiceLevel.FULL_ONLINE, true, false),
            Procedure.of("E", "Thủ tục E", ServiceLevel.PARTIAL_ONLINE, false, false));
    assertThat(read.report().rejections())
        .extracting(Rejection::reason)
        .containsExactly(
            RejectionReason.UNKNOWN_SERVICE_LEVEL,
            RejectionReason.UNPARSABLE_BOOLEAN,
            RejectionReason.UNPARSABLE_BOOLEAN,
            RejectionReason.DUPLICATE_CODE,
            RejectionReason.MISSING_VALUE);
  }

  @Test
  void aCatalogueChecksItsCodesAndUnits() {
    Agency stray = Agency.of("X", "Lạ", AdministrativeLevel.COMMUNE, "999");
    assertThatThrownBy(
            () -> Catalogue.of(DomainGen.HIERARCHY, ImmutableList.of(stray), DomainGen.PROCEDURES))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("unknown unit \"999\"");
    Agency a = DomainGen.AGENCIES.get(0);
    assertThatThrownBy(
            () -> Catalogue.of(DomainGen.HIERARCHY, ImmutableList.of(a, a), DomainGen.PROCEDURES))
        .hasMessageContaining("is used by two agencies");
    Procedure p = DomainGen.PROCEDURES.get(0);
    assertThatThrownBy(
            () -> Catalogue.of(DomainGen.HIERARCHY, DomainGen.AGENCIES, ImmutableList.of(p, p)))
        .hasMessageContaining("is used by two procedures");
    assertThatThrownBy(
            () ->
                new Catalogue(
                    DomainGen.HIERARCHY,
                    com.google.common.collect.ImmutableMap.of("Y", a),
                    com.google.common.collect.ImmutableMap.of()))
        .hasMessageContaining("is filed as Y");
    assertThatThrownBy(
            () ->
                new Catalogue(
                    DomainGen.HIERARCHY,
                    com.google.common.collect.ImmutableMap.of(),
                    com.google.common.collect.ImmutableMap.of("Y", p)))
        .hasMessageContaining("is filed as Y");
    assertThat(ImportGen.CATALOGUE.agency("STP")).contains(a);
    assertThat(ImportGen.CATALOGUE.procedure("nope")).isEmpty();
  }
}
