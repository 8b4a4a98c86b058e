package io.github.dvckpi.example;

import static io.github.dvckpi.domain.AdministrativeLevel.COMMUNE;
import static io.github.dvckpi.domain.AdministrativeLevel.DISTRICT;
import static io.github.dvckpi.domain.AdministrativeLevel.PROVINCE;
import static io.github.dvckpi.indicator.Indicator.FULL_ONLINE;
import static io.github.dvckpi.indicator.Indicator.ONLINE_PAYMENT;
import static io.github.dvckpi.indicator.Indicator.ONLINE_SUBMISSION_ELIGIBLE;
import static io.github.dvckpi.indicator.Indicator.RESULT_DIGITIZATION;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.ReportFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bundled example: Hà Tĩnh 2024, the seed article reproduced from counts.
 *
 * <p>The article (Báo Hà Tĩnh, 2024, "Hà Tĩnh nỗ lực nâng cao tỷ lệ dịch vụ công trực tuyến")
 * publishes 22 rates for the province, TP Hà Tĩnh and TX Kỳ Anh, year to date. This class holds a
 * data set of about 26,500 dossiers whose computed reports reproduce, at 2 decimals half up, every
 * point figure (rows 2, 3, 5–9, 11, 13–22) and lie strictly above every lower bound (rows 4, 10,
 * 12). Row 1 ("trên 98,75%" for TP Hà Tĩnh's two tiers together) cannot be a point value next to
 * rows 2 and 3: a total lies between its parts, 99,77% and 99,79%. The data gives 99,78%, which is
 * above 98,75% as a bound, and {@link #render(Locale)} says so.
 *
 * <p><b>What is real and what is invented.</b> Real: the published rates and what each is about;
 * the codes and names of the province (42) and its 13 district-tier units (436 TP Hà Tĩnh … 449 TX
 * Kỳ Anh, Quyết định 124/2004/QĐ-TTg, from a public data set); the names of the provincial
 * departments. Believed, not verified: the names of the wards and communes of TP Hà Tĩnh and TX Kỳ
 * Anh in 2024. Invented: every count ({@link #counts()}), hence every rate the article does not
 * publish (each agency's, each other district's, online payment outside TP Hà Tĩnh…); the codes of
 * the wards and communes ({@code 436-01} …) and of the agencies; the communes of the other eleven
 * districts, each represented by one aggregate unit ({@code 439-X}); the procedures ({@code VD.01}
 * … {@code VD.12}, one per service level, fee and result document); the dates; and the cut-off day
 * of the period, 14 November 2024 (the article says "từ đầu năm đến nay" without a date). The
 * counts were found by a small search so that the sums Σnumerator/Σdenominator of tiers and
 * territories hit the published figures together; see {@code docs/example.md}.
 *
 * <p>Everything is built in code, deterministically; nothing is random. The data are immutable and
 * built once, on first use.
 *
 * <p>Run it with {@code mvn -q compile exec:java}; pass {@code en} for English.
 */
public final class HaTinh2024 {

  private static final AdministrativeLevel P = PROVINCE;
  private static final AdministrativeLevel D = DISTRICT;
  private static final AdministrativeLevel C = COMMUNE;

  private HaTinh2024() {}

  /**
   * Prints the example's tables and the comparison with the article.
   *
   * @param args {@code en} for English; Vietnamese otherwise
   */
  public static void main(String[] args) {
    Locale locale =
        args.length > 0 && args[0].equalsIgnoreCase("en")
            ? RateFormat.ENGLISH
            : RateFormat.VIETNAMESE;
    System.out.print(render(locale));
  }

  // ------------------------------------------------------------------ the data

  /**
   * The reporting period: year to date 2024, from 1 January to 14 November 2024 (calendar). The
   * article says "từ đầu năm đến nay"; the cut-off day is an assumption.
   *
   * @return the period
   */
  public static ReportingPeriod period() {
    return ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14));
  }

  /**
   * The province, its 13 district-tier units and their commune-tier units.
   *
   * @return the hierarchy
   */
  public static UnitHierarchy hierarchy() {
    return Units.HIERARCHY;
  }

  /**
   * The invented counts, one row per agency: 6 provincial departments, the 13 district-tier
   * people's committees, and the commune-tier ones.
   *
   * @return the rows, in the order the dossiers are built
   */
  public static ImmutableList<AgencyCounts> counts() {
    return Data.COUNTS;
  }

  /**
   * The agencies, in the order of {@link #counts()}.
   *
   * @return the agencies
   */
  public static ImmutableList<Agency> agencies() {
    return Data.COUNTS.stream().map(AgencyCounts::agency).collect(ImmutableList.toImmutableList());
  }

  /**
   * The invented procedures: one per service level, fee and result document.
   *
   * @return the twelve procedures
   */
  public static ImmutableList<Procedure> procedures() {
    return SampleDossiers.PROCEDURES;
  }

  /**
   * The dossiers: every row of {@link #counts()} expanded, deterministically.
   *
   * @return about 26,500 dossiers, always the same
   */
  public static ImmutableList<Dossier> dossiers() {
    return Data.DOSSIERS;
  }

  /**
   * The article's figures (the seed table), row 9 once per tier.
   *
   * @return the 23 figures, in row order
   */
  public static ImmutableList<SeedFigure> publishedFigures() {
    return Data.FIGURES;
  }

  // ------------------------------------------------------------------ the reports

  /**
   * The province by tier for the three indicators the article gives at province level (rows 11–22).
   *
   * @return the report
   */
  public static KpiReport province() {
    return report("42", ONLINE_SUBMISSION_ELIGIBLE, FULL_ONLINE, RESULT_DIGITIZATION);
  }

  /**
   * TP Hà Tĩnh (436) with its two tiers for its four indicators (rows 1–8).
   *
   * @return the report
   */
  public static KpiReport haTinhCity() {
    return report(
        "436", ONLINE_SUBMISSION_ELIGIBLE, FULL_ONLINE, RESULT_DIGITIZATION, ONLINE_PAYMENT);
  }

  /**
   * TX Kỳ Anh (449) with its two tiers (rows 9–10).
   *
   * @return the report
   */
  public static KpiReport kyAnhTown() {
    return report("449", ONLINE_SUBMISSION_ELIGIBLE, RESULT_DIGITIZATION);
  }

  private static KpiReport report(String territory, Indicator... indicators) {
    return Kpi.over(dossiers(), hierarchy())
        .period(period())
        .within(territory)
        .byTier()
        .compute(indicators);
  }

  /**
   * The rate the data give for a published figure.
   *
   * @param figure one of {@link #publishedFigures()}
   * @return the computed rate with its counts
   */
  public static Rate computed(SeedFigure figure) {
    KpiReport report =
        Kpi.over(dossiers(), hierarchy())
            .period(period())
            .within(figure.territoryCode())
            .byTier()
            .compute(figure.indicator());
    return figure.tier().isPresent()
        ? report.rate(figure.tier().get(), figure.indicator())
        : report.total(figure.indicator());
  }

  /**
   * The whole printout: the three tables, then every published figure against the computed one,
   * with the note on row 1.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise
   * @return the text
   */
  public static String render(Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    StringBuilder out = new StringBuilder();
    out.append(
            vi
                ? "dvc-kpi · Ví dụ: Hà Tĩnh 2024, tái tạo các tỷ lệ của bài báo từ số hồ sơ"
                : "dvc-kpi · Example: Hà Tĩnh 2024, the article's rates rebuilt from dossier counts")
        .append('\n');
    out.append(
            vi
                ? "Bài báo: Báo Hà Tĩnh (2024), \"Hà Tĩnh nỗ lực nâng cao tỷ lệ dịch vụ công trực tuyến\"."
                : "Article: Báo Hà Tĩnh (2024), \"Hà Tĩnh nỗ lực nâng cao tỷ lệ dịch vụ công trực tuyến\".")
        .append('\n');
    out.append(
            vi
                ? "Dữ liệu: "
                    + RateFormat.count(dossiers().size(), locale)
                    + " hồ sơ. Tỷ lệ công bố, tên và mã tỉnh, huyện là thật; số hồ sơ là giả định."
                : "Data: "
                    + RateFormat.count(dossiers().size(), locale)
                    + " dossiers. Published rates, province and district names and codes are real;"
                    + " the counts are invented.")
        .append("\n\n");
    section(
        out,
        vi ? "1. Toàn tỉnh Hà Tĩnh, theo cấp" : "1. Hà Tĩnh province, by tier",
        province(),
        locale);
    section(
        out,
        vi
            ? "2. TP Hà Tĩnh, 2 cấp (cấp huyện = cấp thành phố; cấp xã = xã, phường)"
            : "2. TP Hà Tĩnh, two tiers (district tier = the city; commune tier = wards and communes)",
        haTinhCity(),
        locale);
    section(
        out,
        vi
            ? "3. TX Kỳ Anh, 2 cấp (cấp huyện = cấp thị xã)"
            : "3. TX Kỳ Anh, two tiers (district tier = the town)",
        kyAnhTown(),
        locale);
    comparison(out, locale);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, KpiReport report, Locale locale) {
    out.append(title).append('\n').append(ReportFormat.TEXT.render(report, locale)).append('\n');
  }

  private static void comparison(StringBuilder out, Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    out.append(vi ? "4. Đối chiếu với bài báo" : "4. Against the article").append('\n');
    List<String[]> lines = new ArrayList<>();
    lines.add(
        vi
            ? new String[] {"Dòng", "Phạm vi", "Chỉ số", "Công bố", "Tính từ dữ liệu", "Kết quả"}
            : new String[] {"Row", "Scope", "Indicator", "Published", "Computed", "Verdict"});
    for (SeedFigure f : publishedFigures()) {
      Rate rate = computed(f);
      String verdict;
      if (!f.isMetBy(rate)) {
        verdict = vi ? "KHÔNG KHỚP" : "MISMATCH";
      } else if (f.lowerBound()) {
        verdict = (vi ? "trên cận dưới" : "above the bound") + (f.row() == 1 ? " (*)" : "");
      } else {
        verdict = vi ? "khớp" : "matches";
      }
      lines.add(
          new String[] {
            Integer.toString(f.row()),
            f.scope(locale),
            f.indicator().displayName(locale),
            f.published(locale),
            rate.format(locale),
            verdict
          });
    }
    int[] widths = new int[6];
    for (String[] line : lines) {
      for (int i = 0; i < 6; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    for (String[] line : lines) {
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        l.append(i == 0 ? "" : "  ").append(line[i]);
        l.append(" ".repeat(widths[i] - line[i].length()));
      }
      out.append(l.toString().stripTrailing()).append('\n');
    }
    out.append(rowOneNote(locale));
  }

  private static String rowOneNote(Locale locale) {
    KpiReport city = haTinhCity();
    Rate both = city.total(ONLINE_SUBMISSION_ELIGIBLE);
    Rate cityTier = city.rate(DISTRICT, ONLINE_SUBMISSION_ELIGIBLE);
    Rate wards = city.rate(COMMUNE, ONLINE_SUBMISSION_ELIGIBLE);
    Rate low = cityTier.isLessThan(wards) ? cityTier : wards;
    Rate high = cityTier.isLessThan(wards) ? wards : cityTier;
    String range =
        "["
            + RateFormat.percent(low, locale, 2, RateFormat.DEFAULT_ROUNDING)
            + "; "
            + RateFormat.percent(high, locale, 2, RateFormat.DEFAULT_ROUNDING)
            + "]";
    if (RateFormat.isVietnamese(locale)) {
      return "(*) Dòng 1: bài báo ghi \"trên 98,75%\" cho TP Hà Tĩnh ở 2 cấp; dữ liệu cho "
          + both.format(locale)
          + ", nằm giữa hai cấp. Hiểu là cận dưới thì đúng nhưng lỏng;"
          + " hiểu là giá trị điểm thì 98,75% nằm ngoài khoảng "
          + range
          + " của các phần, vì tỷ lệ chung (tổng tử số/tổng mẫu số) luôn nằm giữa các phần.\n";
    }
    return "(*) Row 1: the article says \"above 98.75%\" for TP Hà Tĩnh's two tiers; the data give "
        + both.format(locale)
        + ", between the two tiers. As a lower bound it holds, loosely;"
        + " as a point value 98.75% lies outside its parts' range "
        + range
        + ", because a total (sum of numerators over sum of denominators) lies between its parts.\n";
  }

  // ------------------------------------------------------------------ the data, built once

  /** The immutable data set, built on first use (holder idiom). */
  /** The units alone, so that asking for them does not build the dossiers. */
  private static final class Units {
    static final UnitHierarchy HIERARCHY = UnitHierarchy.of(units());

    private Units() {}
  }

  private static final class Data {
    static final ImmutableList<AgencyCounts> COUNTS = rows();
    static final ImmutableList<Dossier> DOSSIERS = SampleDossiers.expand(COUNTS);
    static final ImmutableList<SeedFigure> FIGURES = figures();

    private Data() {}
  }

  private static ImmutableList<AdministrativeUnit> units() {
    ImmutableList.Builder<AdministrativeUnit> out = ImmutableList.builder();
    out.add(AdministrativeUnit.root("42", "Hà Tĩnh", UnitKind.PROVINCE));
    String[][] districts = {
      {"436", "TP Hà Tĩnh", "PROVINCIAL_CITY"},
      {"437", "TX Hồng Lĩnh", "TOWN"},
      {"439", "Huyện Hương Sơn", "RURAL_DISTRICT"},
      {"440", "Huyện Đức Thọ", "RURAL_DISTRICT"},
      {"441", "Huyện Vũ Quang", "RURAL_DISTRICT"},
      {"442", "Huyện Nghi Xuân", "RURAL_DISTRICT"},
      {"443", "Huyện Can Lộc", "RURAL_DISTRICT"},
      {"444", "Huyện Hương Khê", "RURAL_DISTRICT"},
      {"445", "Huyện Thạch Hà", "RURAL_DISTRICT"},
      {"446", "Huyện Cẩm Xuyên", "RURAL_DISTRICT"},
      {"447", "Huyện Kỳ Anh", "RURAL_DISTRICT"},
      {"448", "Huyện Lộc Hà", "RURAL_DISTRICT"},
      {"449", "TX Kỳ Anh", "TOWN"},
    };
    for (String[] d : districts) {
      out.add(AdministrativeUnit.of(d[0], d[1], UnitKind.valueOf(d[2]), "42"));
    }
    for (AgencyCounts row : rows()) {
      Agency a = row.agency();
      if (a.tier() == COMMUNE) {
        String name = a.name().substring("UBND ".length());
        String parent = a.unitCode().substring(0, 3);
        UnitKind kind = name.startsWith("Phường") ? UnitKind.WARD : UnitKind.COMMUNE;
        if (a.unitCode().endsWith("-X")) {
          name = "C" + name.substring(1) + " (gộp)";
        }
        out.add(AdministrativeUnit.of(a.unitCode(), name, kind, parent));
      }
    }
    return out.build();
  }

  private static AgencyCounts c(
      AdministrativeLevel tier, String code, String name, String unit, int... n) {
    return new AgencyCounts(
        Agency.of(code, name, tier, unit), n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
  }

  /**
   * The invented counts. Columns: eligible, eligible filed online, full-online, full-online filed
   * online, result issued, result digitized, fee charged, paid online, not provided online.
   */
  private static ImmutableList<AgencyCounts> rows() {
    return ImmutableList.of(
        c(P, "STP", "Sở Tư pháp", "42", 2361, 2119, 687, 510, 627, 477, 812, 453, 141),
        c(
            P,
            "SKHDT",
            "Sở Kế hoạch và Đầu tư",
            "42",
            3306,
            2967,
            962,
            714,
            878,
            668,
            1137,
            634,
            198),
        c(
            P,
            "STNMT",
            "Sở Tài nguyên và Môi trường",
            "42",
            1888,
            1695,
            549,
            408,
            502,
            382,
            650,
            363,
            113),
        c(
            P,
            "SGTVT",
            "Sở Giao thông vận tải",
            "42",
            4251,
            3815,
            1236,
            918,
            1128,
            859,
            1463,
            816,
            255),
        c(P, "SXD", "Sở Xây dựng", "42", 1417, 1272, 412, 306, 377, 287, 488, 272, 85),
        c(
            P,
            "SLDTBXH",
            "Sở Lao động - Thương binh và Xã hội",
            "42",
            1890,
            1696,
            550,
            408,
            502,
            382,
            650,
            362,
            113),
        c(D, "UB436", "UBND TP Hà Tĩnh", "436", 950, 948, 300, 299, 342, 341, 258, 232, 57),
        c(C, "UB436-01", "UBND Phường Bắc Hà", "436-01", 183, 181, 65, 64, 63, 56, 55, 44, 10),
        c(C, "UB436-02", "UBND Phường Nam Hà", "436-02", 219, 217, 77, 76, 76, 67, 66, 53, 13),
        c(C, "UB436-03", "UBND Phường Tân Giang", "436-03", 145, 145, 51, 51, 51, 45, 43, 35, 8),
        c(C, "UB436-04", "UBND Phường Trần Phú", "436-04", 181, 181, 64, 64, 63, 56, 55, 44, 10),
        c(C, "UB436-05", "UBND Phường Hà Huy Tập", "436-05", 145, 145, 51, 51, 51, 45, 43, 35, 8),
        c(C, "UB436-06", "UBND Phường Nguyễn Du", "436-06", 108, 108, 38, 38, 39, 34, 32, 26, 6),
        c(C, "UB436-07", "UBND Phường Thạch Quý", "436-07", 108, 108, 38, 38, 39, 34, 32, 26, 6),
        c(C, "UB436-08", "UBND Phường Văn Yên", "436-08", 108, 108, 38, 38, 38, 34, 32, 26, 6),
        c(C, "UB436-09", "UBND Phường Đại Nài", "436-09", 73, 73, 26, 26, 25, 22, 22, 18, 4),
        c(C, "UB436-10", "UBND Phường Thạch Linh", "436-10", 108, 108, 38, 38, 38, 34, 33, 27, 6),
        c(C, "UB436-11", "UBND Xã Thạch Trung", "436-11", 73, 73, 26, 26, 25, 22, 22, 18, 4),
        c(C, "UB436-12", "UBND Xã Thạch Hạ", "436-12", 73, 73, 26, 26, 26, 23, 22, 18, 4),
        c(C, "UB436-13", "UBND Xã Đồng Môn", "436-13", 72, 72, 25, 25, 26, 23, 22, 18, 4),
        c(C, "UB436-14", "UBND Xã Thạch Hưng", "436-14", 72, 72, 25, 25, 25, 22, 22, 18, 4),
        c(C, "UB436-15", "UBND Xã Thạch Bình", "436-15", 72, 72, 25, 25, 25, 22, 22, 18, 4),
        c(D, "UB449", "UBND TX Kỳ Anh", "449", 520, 520, 310, 310, 300, 270, 180, 150, 31),
        c(C, "UB449-01", "UBND Phường Hưng Trí", "449-01", 130, 130, 67, 67, 74, 60, 40, 29, 7),
        c(C, "UB449-02", "UBND Phường Kỳ Trinh", "449-02", 98, 98, 50, 50, 56, 45, 29, 21, 5),
        c(C, "UB449-03", "UBND Phường Kỳ Thịnh", "449-03", 98, 98, 50, 50, 56, 45, 29, 21, 5),
        c(C, "UB449-04", "UBND Phường Kỳ Long", "449-04", 66, 66, 34, 34, 37, 30, 19, 14, 3),
        c(C, "UB449-05", "UBND Phường Kỳ Liên", "449-05", 66, 66, 34, 34, 37, 30, 19, 14, 3),
        c(C, "UB449-06", "UBND Phường Kỳ Phương", "449-06", 97, 97, 50, 50, 55, 45, 29, 21, 5),
        c(C, "UB449-07", "UBND Xã Kỳ Ninh", "449-07", 65, 65, 33, 33, 37, 30, 19, 14, 3),
        c(C, "UB449-08", "UBND Xã Kỳ Hà", "449-08", 65, 65, 33, 33, 37, 30, 19, 14, 3),
        c(C, "UB449-09", "UBND Xã Kỳ Hoa", "449-09", 65, 65, 33, 33, 37, 30, 19, 14, 3),
        c(C, "UB449-10", "UBND Xã Kỳ Lợi", "449-10", 65, 65, 33, 33, 37, 30, 19, 14, 3),
        c(C, "UB449-11", "UBND Xã Kỳ Nam", "449-11", 65, 65, 33, 33, 37, 30, 19, 14, 3),
        c(D, "UB437", "UBND TX Hồng Lĩnh", "437", 78, 76, 37, 37, 48, 34, 42, 25, 4),
        c(D, "UB439", "UBND huyện Hương Sơn", "439", 156, 151, 75, 74, 96, 67, 84, 50, 9),
        c(D, "UB440", "UBND huyện Đức Thọ", "440", 130, 126, 62, 62, 80, 56, 70, 42, 7),
        c(D, "UB441", "UBND huyện Vũ Quang", "441", 52, 51, 25, 25, 32, 22, 28, 17, 3),
        c(D, "UB442", "UBND huyện Nghi Xuân", "442", 103, 100, 49, 49, 64, 45, 56, 34, 6),
        c(D, "UB443", "UBND huyện Can Lộc", "443", 130, 126, 62, 62, 80, 56, 70, 42, 7),
        c(D, "UB444", "UBND huyện Hương Khê", "444", 129, 126, 62, 62, 80, 56, 70, 42, 7),
        c(D, "UB445", "UBND huyện Thạch Hà", "445", 182, 176, 87, 86, 112, 78, 98, 59, 10),
        c(D, "UB446", "UBND huyện Cẩm Xuyên", "446", 156, 151, 75, 74, 96, 67, 84, 50, 9),
        c(D, "UB447", "UBND huyện Kỳ Anh", "447", 104, 101, 49, 49, 64, 45, 56, 34, 6),
        c(D, "UB448", "UBND huyện Lộc Hà", "448", 78, 76, 37, 37, 49, 34, 42, 25, 4),
        c(
            C,
            "UB437-X",
            "UBND các xã, thị trấn TX Hồng Lĩnh",
            "437-X",
            276,
            244,
            132,
            124,
            144,
            124,
            150,
            78,
            16),
        c(
            C,
            "UB439-X",
            "UBND các xã, thị trấn huyện Hương Sơn",
            "439-X",
            552,
            486,
            264,
            247,
            288,
            249,
            300,
            156,
            33),
        c(
            C,
            "UB440-X",
            "UBND các xã, thị trấn huyện Đức Thọ",
            "440-X",
            460,
            405,
            220,
            206,
            240,
            207,
            250,
            130,
            27),
        c(
            C,
            "UB441-X",
            "UBND các xã, thị trấn huyện Vũ Quang",
            "441-X",
            184,
            162,
            88,
            82,
            96,
            83,
            100,
            52,
            11),
        c(
            C,
            "UB442-X",
            "UBND các xã, thị trấn huyện Nghi Xuân",
            "442-X",
            367,
            324,
            176,
            165,
            192,
            166,
            200,
            104,
            22),
        c(
            C,
            "UB443-X",
            "UBND các xã, thị trấn huyện Can Lộc",
            "443-X",
            460,
            405,
            220,
            206,
            240,
            207,
            250,
            130,
            27),
        c(
            C,
            "UB444-X",
            "UBND các xã, thị trấn huyện Hương Khê",
            "444-X",
            460,
            405,
            220,
            206,
            240,
            207,
            250,
            130,
            27),
        c(
            C,
            "UB445-X",
            "UBND các xã, thị trấn huyện Thạch Hà",
            "445-X",
            644,
            568,
            308,
            289,
            336,
            290,
            350,
            182,
            38),
        c(
            C,
            "UB446-X",
            "UBND các xã, thị trấn huyện Cẩm Xuyên",
            "446-X",
            552,
            486,
            264,
            247,
            288,
            249,
            300,
            156,
            33),
        c(
            C,
            "UB447-X",
            "UBND các xã, thị trấn huyện Kỳ Anh",
            "447-X",
            369,
            325,
            176,
            165,
            192,
            166,
            200,
            104,
            22),
        c(
            C,
            "UB448-X",
            "UBND các xã, thị trấn huyện Lộc Hà",
            "448-X",
            276,
            244,
            132,
            124,
            144,
            124,
            150,
            78,
            16));
  }

  private static SeedFigure f(
      int row,
      String territory,
      @org.jspecify.annotations.Nullable AdministrativeLevel tier,
      Indicator indicator,
      String percent,
      boolean bound,
      String vi,
      String en) {
    return new SeedFigure(
        row,
        territory,
        Optional.ofNullable(tier),
        indicator,
        new BigDecimal(percent),
        bound,
        vi,
        en);
  }

  private static ImmutableList<SeedFigure> figures() {
    Indicator ose = ONLINE_SUBMISSION_ELIGIBLE;
    Indicator rd = RESULT_DIGITIZATION;
    String city = "TP Hà Tĩnh";
    return ImmutableList.of(
        f(1, "436", null, ose, "98.75", true, city + ", 2 cấp", city + ", both tiers"),
        f(2, "436", D, ose, "99.79", false, city + ", cấp thành phố", city + ", city tier"),
        f(3, "436", C, ose, "99.77", false, city + ", cấp xã, phường", city + ", ward tier"),
        f(4, "436", null, FULL_ONLINE, "99.59", true, city, city),
        f(5, "436", null, rd, "92.44", false, city + ", 2 cấp", city + ", both tiers"),
        f(6, "436", D, rd, "99.71", false, city + ", cấp thành phố", city + ", city tier"),
        f(7, "436", C, rd, "88.36", false, city + ", cấp xã, phường", city + ", ward tier"),
        f(8, "436", null, ONLINE_PAYMENT, "83.99", false, city, city),
        f(9, "449", D, ose, "100", false, "TX Kỳ Anh, cấp thị xã", "TX Kỳ Anh, town tier"),
        f(9, "449", C, ose, "100", false, "TX Kỳ Anh, cấp xã, phường", "TX Kỳ Anh, ward tier"),
        f(10, "449", null, rd, "84", true, "TX Kỳ Anh", "TX Kỳ Anh"),
        f(11, "42", null, ose, "91.48", false, "Toàn tỉnh, 3 cấp", "Province, all tiers"),
        f(12, "42", P, ose, "89.71", true, "Cấp tỉnh", "Province tier"),
        f(13, "42", D, ose, "98.55", false, "Cấp huyện", "District tier"),
        f(14, "42", C, ose, "92.38", false, "Cấp xã", "Commune tier"),
        f(15, "42", null, FULL_ONLINE, "85.63", false, "Toàn tỉnh", "Province, all tiers"),
        f(16, "42", P, FULL_ONLINE, "74.25", false, "Cấp tỉnh", "Province tier"),
        f(17, "42", D, FULL_ONLINE, "99.67", false, "Cấp huyện", "District tier"),
        f(18, "42", C, FULL_ONLINE, "95.68", false, "Cấp xã", "Commune tier"),
        f(19, "42", null, rd, "80.76", false, "Toàn tỉnh, 3 cấp", "Province, all tiers"),
        f(20, "42", P, rd, "76.11", false, "Cấp tỉnh", "Province tier"),
        f(21, "42", D, rd, "81.15", false, "Cấp huyện", "District tier"),
        f(22, "42", C, rd, "85.93", false, "Cấp xã", "Commune tier"));
  }
}
