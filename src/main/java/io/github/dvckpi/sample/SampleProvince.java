package io.github.dvckpi.sample;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.domain.UnitKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The world of the sample data: a province modelled on Hà Tĩnh (code 42) with 18 provincial
 * departments (sở, ban, ngành), its 13 district-tier units under their real codes, 16 synthetic
 * commune-tier units in each (208 in all), the people's committee of every district and commune as
 * an agency, and 2,000 synthetic procedures (1,500 handled at the province tier, 300 at the
 * district tier, 200 at the commune tier) spread over the service levels.
 *
 * <p>Always the same: it depends on no seed. Immutable and thread-safe.
 */
public final class SampleProvince {

  /** The number of commune-tier units under each district-tier unit. */
  public static final int COMMUNES_PER_DISTRICT = 16;

  private static final String PROVINCE = "42";

  private static final String[][] DEPARTMENTS = {
    {"STP", "Sở Tư pháp"},
    {"SXD", "Sở Xây dựng"},
    {"SKHDT", "Sở Kế hoạch và Đầu tư"},
    {"STC", "Sở Tài chính"},
    {"SCT", "Sở Công Thương"},
    {"SGTVT", "Sở Giao thông vận tải"},
    {"STNMT", "Sở Tài nguyên và Môi trường"},
    {"SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"},
    {"SLDTBXH", "Sở Lao động - Thương binh và Xã hội"},
    {"SYT", "Sở Y tế"},
    {"SGDDT", "Sở Giáo dục và Đào tạo"},
    {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"},
    {"STTTT", "Sở Thông tin và Truyền thông"},
    {"SKHCN", "Sở Khoa học và Công nghệ"},
    {"SNV", "Sở Nội vụ"},
    {"SNgV", "Sở Ngoại vụ"},
    {"BQLKKT", "Ban Quản lý Khu kinh tế tỉnh"},
    {"TTT", "Thanh tra tỉnh"},
  };

  /** Procedures handled at each tier: province, district, commune. */
  private static final int[] PROCEDURES_PER_TIER = {1_500, 300, 200};

  private final UnitHierarchy hierarchy;
  private final ImmutableList<Agency> departments;
  private final ImmutableList<Agency> districtCommittees;
  private final ImmutableList<Agency> communeCommittees;
  private final ImmutableList<ImmutableList<Procedure>> proceduresByTier;

  private SampleProvince() {
    List<AdministrativeUnit> units = new ArrayList<>();
    units.add(AdministrativeUnit.root(PROVINCE, "Tỉnh Hà Tĩnh", UnitKind.PROVINCE));
    ImmutableList.Builder<Agency> deps = ImmutableList.builder();
    for (String[] d : DEPARTMENTS) {
      deps.add(Agency.of(d[0], d[1], AdministrativeLevel.PROVINCE, PROVINCE));
    }
    ImmutableList.Builder<Agency> districts = ImmutableList.builder();
    ImmutableList.Builder<Agency> communes = ImmutableList.builder();
    int communeCode = 28_000;
    // the real district-tier units (codes, names, kinds), as the seed example has them
    for (AdministrativeUnit district : HaTinh2024.hierarchy().children(PROVINCE)) {
      String parent = district.code();
      UnitKind kind = district.kind();
      units.add(AdministrativeUnit.of(parent, district.name(), kind, PROVINCE));
      districts.add(
          Agency.of(
              "UB" + parent, "UBND " + district.name(), AdministrativeLevel.DISTRICT, parent));
      boolean urban = kind != UnitKind.RURAL_DISTRICT;
      for (int k = 1; k <= COMMUNES_PER_DISTRICT; k++) {
        String code = String.valueOf(communeCode);
        communeCode += 3;
        UnitKind communeKind =
            urban && k <= 10 ? UnitKind.WARD : k == 1 ? UnitKind.TOWNSHIP : UnitKind.COMMUNE;
        String name = communeKind.vietnameseName() + " " + k + " (" + district.name() + ")";
        units.add(AdministrativeUnit.of(code, capitalize(name), communeKind, parent));
        communes.add(
            Agency.of("UB" + code, "UBND " + capitalize(name), AdministrativeLevel.COMMUNE, code));
      }
    }
    this.hierarchy = UnitHierarchy.of(units);
    this.departments = deps.build();
    this.districtCommittees = districts.build();
    this.communeCommittees = communes.build();
    ImmutableList.Builder<ImmutableList<Procedure>> byTier = ImmutableList.builder();
    int number = 0;
    for (int tier = 0; tier < PROCEDURES_PER_TIER.length; tier++) {
      ImmutableList.Builder<Procedure> procedures = ImmutableList.builder();
      for (int i = 0; i < PROCEDURES_PER_TIER[tier]; i++) {
        number++;
        int h = Draws.hash(number);
        int levelRoll = Math.floorMod(h, 1000);
        ServiceLevel level =
            levelRoll < 450
                ? ServiceLevel.FULL_ONLINE
                : levelRoll < 800 ? ServiceLevel.PARTIAL_ONLINE : ServiceLevel.NOT_ONLINE;
        boolean fee = Math.floorMod(h >>> 10, 1000) < 350;
        boolean result = Math.floorMod(h >>> 20, 1000) < 850;
        procedures.add(
            new Procedure(
                "1." + String.valueOf(1_000_000 + number).substring(1),
                "Thủ tục mẫu số " + number,
                level,
                fee,
                result));
      }
      byTier.add(procedures.build());
    }
    this.proceduresByTier = byTier.build();
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * The sample province.
   *
   * @return the sample province; immutable, so one instance is shared
   */
  public static SampleProvince create() {
    return Holder.INSTANCE;
  }

  /** Builds the shared instance on first use. */
  private static final class Holder {
    static final SampleProvince INSTANCE = new SampleProvince();
  }

  /**
   * The province, its districts and communes.
   *
   * @return the hierarchy: 1 + 13 + 208 units
   */
  public UnitHierarchy hierarchy() {
    return hierarchy;
  }

  /**
   * The provincial departments (province tier, unit 42).
   *
   * @return 18 agencies
   */
  public ImmutableList<Agency> departments() {
    return departments;
  }

  /**
   * The agencies of a tier: the departments, the district people's committees, or the commune
   * people's committees.
   *
   * @param tier the tier
   * @return the agencies of that tier
   */
  public ImmutableList<Agency> agencies(AdministrativeLevel tier) {
    return switch (tier) {
      case PROVINCE -> departments;
      case DISTRICT -> districtCommittees;
      case COMMUNE -> communeCommittees;
    };
  }

  /**
   * Every agency: departments, then district committees, then commune committees.
   *
   * @return 239 agencies
   */
  public ImmutableList<Agency> agencies() {
    return ImmutableList.<Agency>builder()
        .addAll(departments)
        .addAll(districtCommittees)
        .addAll(communeCommittees)
        .build();
  }

  /**
   * The procedures handled at a tier.
   *
   * @param tier the tier
   * @return 1,500 procedures for the province tier, 300 for the district tier, 200 for the commune
   *     tier
   */
  public ImmutableList<Procedure> procedures(AdministrativeLevel tier) {
    return switch (tier) {
      case PROVINCE -> proceduresByTier.get(0);
      case DISTRICT -> proceduresByTier.get(1);
      case COMMUNE -> proceduresByTier.get(2);
    };
  }

  /**
   * Every procedure.
   *
   * @return 2,000 procedures
   */
  public ImmutableList<Procedure> procedures() {
    ImmutableList.Builder<Procedure> all = ImmutableList.builder();
    proceduresByTier.forEach(all::addAll);
    return all.build();
  }

  @Override
  public String toString() {
    return "SampleProvince[Hà Tĩnh (42): "
        + hierarchy.units().size()
        + " units, "
        + (departments.size() + districtCommittees.size() + communeCommittees.size())
        + " agencies, "
        + procedures().size()
        + " procedures]";
  }
}
