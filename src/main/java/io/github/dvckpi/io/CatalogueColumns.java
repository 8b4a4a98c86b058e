package io.github.dvckpi.io;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The columns of the three catalogue files, with their Vietnamese headers and English aliases. */
final class CatalogueColumns {

  private CatalogueColumns() {}

  /** Administrative units: mã, tên, loại, mã đơn vị cấp trên. */
  enum UnitColumn {
    CODE("ma_don_vi", "ma_dvhc", "ma", "unit_code", "code"),
    NAME("ten_don_vi", "ten_dvhc", "ten", "unit_name", "name"),
    KIND("loai_don_vi", "loai", "kind"),
    PARENT("ma_don_vi_cha", "ma_don_vi_cap_tren", "ma_cap_tren", "parent_code", "parent");

    final ImmutableList<String> names;

    UnitColumn(String... names) {
      this.names = ImmutableList.copyOf(names);
    }
  }

  /** Agencies: mã, tên, cấp, mã đơn vị. */
  enum AgencyColumn {
    CODE("ma_co_quan", "ma", "agency_code", "code"),
    NAME("ten_co_quan", "ten", "agency_name", "name"),
    TIER("cap", "cap_hanh_chinh", "tier", "level"),
    UNIT("ma_don_vi", "ma_dvhc", "unit_code", "unit");

    final ImmutableList<String> names;

    AgencyColumn(String... names) {
      this.names = ImmutableList.copyOf(names);
    }
  }

  /** Procedures: mã, tên, mức độ, có phí, có kết quả. */
  enum ProcedureColumn {
    CODE("ma_tthc", "ma_thu_tuc", "ma", "procedure_code", "code"),
    NAME("ten_tthc", "ten_thu_tuc", "ten", "procedure_name", "name"),
    SERVICE_LEVEL("muc_do", "muc_do_dvc", "service_level", "level"),
    CHARGES_FEE("co_phi", "co_le_phi", "thu_phi", "charges_fee", "fee"),
    ISSUES_RESULT("co_ket_qua", "cap_ket_qua", "issues_result", "result_document");

    final ImmutableList<String> names;

    ProcedureColumn(String... names) {
      this.names = ImmutableList.copyOf(names);
    }
  }

  static Map<UnitColumn, ImmutableList<String>> unitNames() {
    Map<UnitColumn, ImmutableList<String>> out = new EnumMap<>(UnitColumn.class);
    for (UnitColumn c : UnitColumn.values()) {
      out.put(c, c.names);
    }
    return out;
  }

  static Map<AgencyColumn, ImmutableList<String>> agencyNames() {
    Map<AgencyColumn, ImmutableList<String>> out = new EnumMap<>(AgencyColumn.class);
    for (AgencyColumn c : AgencyColumn.values()) {
      out.put(c, c.names);
    }
    return out;
  }

  static Map<ProcedureColumn, ImmutableList<String>> procedureNames() {
    Map<ProcedureColumn, ImmutableList<String>> out = new EnumMap<>(ProcedureColumn.class);
    for (ProcedureColumn c : ProcedureColumn.values()) {
      out.put(c, c.names);
    }
    return out;
  }

  /** The parent column may be left out of a file of a single province. */
  static Set<UnitColumn> requiredUnitColumns() {
    return EnumSet.of(UnitColumn.CODE, UnitColumn.NAME, UnitColumn.KIND);
  }
}
