package io.github.dvckpi.sample;

import static io.github.dvckpi.domain.AdministrativeLevel.COMMUNE;
import static io.github.dvckpi.domain.AdministrativeLevel.DISTRICT;
import static io.github.dvckpi.indicator.Indicator.FULL_ONLINE;
import static io.github.dvckpi.indicator.Indicator.ONLINE_PAYMENT;
import static io.github.dvckpi.indicator.Indicator.ONLINE_SUBMISSION_ELIGIBLE;
import static io.github.dvckpi.indicator.Indicator.RESULT_DIGITIZATION;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.HierarchyHistory;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.domain.VietnamUnits;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.io.Catalogue;
import io.github.dvckpi.io.CatalogueCsvReader;
import io.github.dvckpi.io.DossierCsvReader;
import io.github.dvckpi.io.ImportOptions;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * Anh in 2024. Invented: every count, hence every rate the article does not publish (each agency's,
 * each other district's, online payment outside TP Hà Tĩnh…); the codes of the wards and communes
 * ({@code 436-01} …) and of the agencies; the communes of the other eleven districts, each
 * represented by one aggregate unit ({@code 439-X}); the procedures ({@code VD.01} … {@code VD.12},
 * one per service level, fee and result document); the dates; and the cut-off day of the period, 14
 * November 2024 (the article says "từ đầu năm đến nay" without a date). The counts were found by a
 * small search so that the sums Σnumerator/Σdenominator of tiers and territories hit the published
 * figures together; see {@code docs/example.md}.
 *
 * <p>The data are data: the catalogue and the dossiers are the bundled files {@code don_vi.csv},
 * {@code co_quan.csv}, {@code thu_tuc.csv} and {@code ho_so.csv} (the same files as {@code
 * samples/} in the repository, where the command line reads them), read by the library's own CSV
 * readers; the article's figures are {@code so_lieu_bai_bao.csv}. They are read once, on first use,
 * and kept immutable. Reading them needs FastCSV, as every CSV import does.
 *
 * <p>Run it with {@code mvn -q compile exec:java}; pass {@code en} for English.
 */
public final class HaTinh2024 {

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
    return Catalogues.CATALOGUE.units();
  }

  /**
   * Hà Tĩnh's history of hierarchies with their real codes: 2024 (13 district-tier units, 216
   * communes), January–June 2025 (12 and 210) and since 1 July 2025 (69 communes directly under the
   * province), with the links of each change; see {@link VietnamUnits#haTinh()}. The example's own
   * {@link #hierarchy()} uses invented commune codes and is not part of it.
   *
   * @return the history; {@code hierarchies().on(date)} is the hierarchy valid on a day
   */
  public static HierarchyHistory hierarchies() {
    return VietnamUnits.haTinh();
  }

  /**
   * The agencies: 6 provincial departments, the 13 district-tier people's committees, and the
   * commune-tier ones.
   *
   * @return the agencies, in the order of the bundled file
   */
  public static ImmutableList<Agency> agencies() {
    return Catalogues.CATALOGUE.agencies().values().asList();
  }

  /**
   * The invented procedures: one per service level, fee and result document.
   *
   * @return the twelve procedures
   */
  public static ImmutableList<Procedure> procedures() {
    return Catalogues.CATALOGUE.procedures().values().asList();
  }

  /**
   * The example's catalogue: its units, agencies and procedures.
   *
   * @return the catalogue the dossiers refer to
   */
  public static Catalogue catalogue() {
    return Catalogues.CATALOGUE;
  }

  /**
   * The dossiers, read from the bundled export {@code ho_so.csv}.
   *
   * @return 26,578 dossiers, always the same
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

  // ------------------------------------------------------------------ the data, read once

  /** The catalogue alone, so that asking for the units does not read the dossiers. */
  private static final class Catalogues {
    static final Catalogue CATALOGUE = readCatalogue();

    private Catalogues() {}
  }

  private static final class Data {
    static final ImmutableList<Dossier> DOSSIERS = readDossiers();
    static final ImmutableList<SeedFigure> FIGURES = SeedFigure.read(resource(FIGURES_FILE));

    private Data() {}
  }

  private static final String FIGURES_FILE = "so_lieu_bai_bao.csv";

  private static InputStream resource(String name) {
    InputStream in = HaTinh2024.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the bundled sample file " + name + " is missing");
    }
    return in;
  }

  private static Catalogue readCatalogue() {
    ImportOptions strict = ImportOptions.defaults().strict();
    try (InputStream units = resource("don_vi.csv");
        InputStream agencies = resource("co_quan.csv");
        InputStream procedures = resource("thu_tuc.csv")) {
      UnitHierarchy hierarchy = CatalogueCsvReader.readUnits(units, "don_vi.csv", strict).value();
      return Catalogue.of(
          hierarchy,
          CatalogueCsvReader.readAgencies(agencies, "co_quan.csv", hierarchy, strict).value(),
          CatalogueCsvReader.readProcedures(procedures, "thu_tuc.csv", strict).value());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ImmutableList<Dossier> readDossiers() {
    ImmutableList.Builder<Dossier> out = ImmutableList.builderWithExpectedSize(26_578);
    try (InputStream in = resource("ho_so.csv")) {
      DossierCsvReader.of(Catalogues.CATALOGUE)
          .withOptions(ImportOptions.defaults().strict())
          .read(in, "ho_so.csv", out::add, rejected -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.build();
  }
}
