package io.github.dvckpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.io.CatalogueCsvWriter;
import io.github.dvckpi.io.DemoFile;
import io.github.dvckpi.io.ImportGen;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiQuery;
import io.github.dvckpi.report.ReportFormat;
import io.github.dvckpi.sample.HaTinh2024;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: output, reconciliation, exit codes. */
class MainTest {

  @TempDir static Path dir;

  private static DemoFile broken;
  private static DemoFile clean;

  @BeforeAll
  static void writeFiles() throws IOException {
    CatalogueCsvWriter.write(
        ImportGen.CATALOGUE,
        dir.resolve("don_vi.csv"),
        dir.resolve("co_quan.csv"),
        dir.resolve("thu_tuc.csv"));
    broken = DemoFile.generate(ImportGen.CATALOGUE, 1_000, 37, 7L, LocalDate.of(2024, 1, 2), 300);
    broken.writeTo(dir.resolve("ho_so_co_loi.csv"));
    clean = DemoFile.generate(ImportGen.CATALOGUE, 400, 0, 8L, LocalDate.of(2024, 1, 2), 300);
    clean.writeTo(dir.resolve("ho_so.csv"));
  }

  /** What a run printed. */
  record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String[] report(String dossiers, String... more) {
    List<String> args = new ArrayList<>();
    args.add("report");
    args.add("--units");
    args.add(dir.resolve("don_vi.csv").toString());
    args.add("--agencies");
    args.add(dir.resolve("co_quan.csv").toString());
    args.add("--procedures");
    args.add(dir.resolve("thu_tuc.csv").toString());
    args.add("--dossiers");
    args.add(dir.resolve(dossiers).toString());
    if (!List.of(more).contains("--period")) {
      args.add("--period");
      args.add("2024");
    }
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @Test
  void printsTheReportAndTheReconciliationOfOneThousandAndThirtySevenRows() {
    Run run = run(report("ho_so_co_loi.csv", "--quiet"));
    assertThat(run.code()).isEqualTo(Main.OK);
    String file = dir.resolve("ho_so_co_loi.csv").toString();
    assertThat(run.out())
        .startsWith("Kỳ báo cáo: Năm 2024")
        .contains("Đối soát nhập liệu:")
        .contains(file + ": đã đọc 1.037 dòng = 1.000 được nhận + 37 bị từ chối");
    assertThat(run.err())
        .contains("Các dòng bị từ chối:")
        .contains("ho_so_co_loi.csv, dòng 16, giá trị \"HS-001001,")
        .contains("dòng 72, cột ma_ho_so, giá trị \"\": thiếu giá trị bắt buộc")
        .contains("… 27 dòng nữa");
  }

  @Test
  void theReportHasTheFiguresOfTheAcceptedDossiers() {
    Run run = run(report("ho_so_co_loi.csv", "--quiet", "--lang", "en", "--territory", "436"));
    String expected =
        KpiQuery.over(broken.valid(), ImportGen.CATALOGUE.units())
            .period(ReportingPeriod.year(2024))
            .within("436")
            .byTier()
            .compute(Indicator.values())
            .render(ReportFormat.TEXT, RateFormat.ENGLISH);
    assertThat(run.out()).startsWith(expected);
    assertThat(run.out()).contains(": 1,037 rows read = 1,000 accepted + 37 rejected");
  }

  /** The report command over the bundled samples, year to date at 14/11/2024, and more options. */
  static String[] samples(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                "--units",
                "samples/don_vi.csv",
                "--agencies",
                "samples/co_quan.csv",
                "--procedures",
                "samples/thu_tuc.csv",
                "--dossiers",
                "samples/ho_so.csv",
                "--period",
                "2024-YTD@2024-11-14"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @Test
  void theBundledSamplesPrintTheFiguresOfTheHaTinhExample() {
    Run run =
        run(
            samples(
                "--territory",
                "436",
                "--indicators",
                "online-submission-eligible,full-online,result-digitization,online-payment"));
    assertThat(run.code()).isEqualTo(Main.OK);
    assertThat(run.out())
        .startsWith(HaTinh2024.haTinhCity().render(ReportFormat.TEXT, RateFormat.VIETNAMESE))
        .contains("samples/ho_so.csv: đã đọc 26.578 dòng = 26.578 được nhận + 0 bị từ chối");
    Run province =
        run(
            "report",
            "--units=samples/don_vi.csv",
            "--agencies=samples/co_quan.csv",
            "--procedures=samples/thu_tuc.csv",
            "--dossiers=samples/ho_so.csv",
            "--period=2024-YTD@2024-11-14",
            "--territory=Hà Tĩnh",
            "--indicators=online-submission-eligible,full-online,result-digitization",
            "--lang=en");
    assertThat(province.out())
        .startsWith(HaTinh2024.province().render(ReportFormat.TEXT, RateFormat.ENGLISH));
  }

  @Test
  void evaluatesTheReportAgainstATargetFile() throws IOException {
    String[] args = {
      "report",
      "--units=samples/don_vi.csv",
      "--agencies=samples/co_quan.csv",
      "--procedures=samples/thu_tuc.csv",
      "--dossiers=samples/ho_so.csv",
      "--period=2024-YTD@2024-11-14",
      "--territory=436",
      "--indicators=online-submission-eligible,full-online,result-digitization,online-payment",
      "--targets=samples/chi_tieu_minh_hoa.txt",
      "--quiet"
    };
    Run run = run(args);
    assertThat(run.code()).isEqualTo(Main.OK);
    assertThat(run.out())
        .contains("Chỉ tiêu MINH HỌA cho TP Hà Tĩnh 2024 (ILLUSTRATIVE)")
        .contains("Đạt 9, chưa đạt 3, không có dữ liệu 0")
        .contains(
            "TP Hà Tĩnh, cấp xã — Tỷ lệ số hóa kết quả giải quyết TTHC ≥ 90%: Chưa đạt: 88,36% <"
                + " 90%, thiếu 10 hồ sơ");
    String[] csv = java.util.Arrays.copyOf(args, args.length + 1);
    csv[args.length] = "--format=csv";
    Run asCsv = run(csv);
    assertThat(asCsv.out()).doesNotContain("MINH HỌA");
    assertThat(asCsv.err()).contains("Đạt 9, chưa đạt 3");

    Path bad = dir.resolve("chi_tieu_sai.txt");
    Files.writeString(bad, "plan; Kế hoạch\ntarget; online-submission-eligible; >=; 80x\n");
    assertUsage(
        run(report("ho_so.csv", "--targets", bad.toString())),
        "--targets: " + bad + ", line 2, threshold");
  }

  @Test
  void theOnTimeRuleIsChosenAndNamedInTheReport() {
    Run portal =
        run(
            report(
                "ho_so.csv",
                "--indicators",
                "on-time-resolved,on-time-index-2-1",
                "--by",
                "total",
                "--on-time-rule",
                "portal-index-2.1",
                "--lang",
                "en"));
    assertThat(portal.code()).isEqualTo(Main.OK);
    assertThat(portal.out())
        .contains("On time by: the National Public Service Portal's rule (index 2.1)");
    Run byDefault = run(report("ho_so.csv", "--indicators", "on-time-resolved", "--by", "total"));
    assertThat(byDefault.out())
        .contains("Đúng hạn theo: ngày giải quyết so với ngày hẹn trả (mặc định của thư viện)");
    assertUsage(
        run(report("ho_so.csv", "--on-time-rule", "fastest")),
        "\"fastest\" is not an on-time rule");
  }

  @Test
  void printsMarkdownAndCsv() {
    Run md =
        run(
            report(
                "ho_so.csv",
                "--format",
                "markdown",
                "--by",
                "tier,unit",
                "--territory",
                "TP Hà Tĩnh"));
    assertThat(md.code()).isEqualTo(Main.OK);
    assertThat(md.out()).contains("| ").contains("đã đọc 400 dòng = 400 được nhận + 0 bị từ chối");
    Run csv = run(report("ho_so.csv", "--format", "csv", "--indicators", "online-submission-all"));
    assertThat(csv.code()).isEqualTo(Main.OK);
    assertThat(csv.out()).startsWith("period,").doesNotContain("Đối soát");
    assertThat(csv.err()).contains("đã đọc 400 dòng = 400 được nhận + 0 bị từ chối");
  }

  @Test
  void printsAnHtmlPageAndTerminalBars() {
    Run html = run(report("ho_so.csv", "--format", "html", "--lang", "en", "--quiet"));
    assertThat(html.code()).isEqualTo(Main.OK);
    assertThat(html.out())
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .endsWith("</html>\n")
        .contains("<svg ")
        .doesNotContain("Import reconciliation");
    assertThat(html.err()).contains("400 rows read = 400 accepted + 0 rejected");
    Run bars =
        run(report("ho_so.csv", "--format", "bars", "--indicators", "online-submission-all"));
    assertThat(bars.code()).isEqualTo(Main.OK);
    assertThat(bars.out())
        .contains("(1) Tỷ lệ hồ sơ nộp trực tuyến (chỉ số 3.3), tính theo ngày tiếp nhận\n")
        .contains("█")
        .contains("Đối soát nhập liệu:");
  }

  @Test
  void strictModeExitsWithOneAtTheFirstRejectedRow() {
    Run run = run(report("ho_so_co_loi.csv", "--strict", "--quiet"));
    assertThat(run.code()).isEqualTo(Main.REJECTED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("Dừng ở dòng bị từ chối đầu tiên (--strict): ")
        .contains("dòng 16")
        .contains("đã đọc 15 dòng = 14 được nhận + 1 bị từ chối (ngừng đọc trước cuối tệp)");
    Run clean = run(report("ho_so.csv", "--strict", "--quiet"));
    assertThat(clean.code()).isEqualTo(Main.OK);
  }

  @Test
  void writesTheRejectionsNextToTheInput() throws IOException {
    Run run = run(report("ho_so_co_loi.csv", "--write-rejections", "--quiet"));
    assertThat(run.code()).isEqualTo(Main.OK);
    Path written = dir.resolve("ho_so_co_loi.rejected.csv");
    List<String> lines = Files.readAllLines(written, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(38);
    assertThat(lines.get(0)).isEqualTo("\uFEFFtep,dong,cot,gia_tri,ma_ly_do,ly_do,reason");
    assertThat(run.err()).contains("Đã ghi các dòng bị từ chối vào " + written);
    Path chosen = dir.resolve("loi.csv");
    assertThat(run(report("ho_so_co_loi.csv", "--rejections", chosen.toString(), "--quiet")).code())
        .isZero();
    assertThat(Files.readAllLines(chosen, StandardCharsets.UTF_8)).hasSize(38);
  }

  @Test
  void showsProgressOnStandardError() {
    Run run = run(report("ho_so_co_loi.csv", "--progress-every", "500", "--lang", "en"));
    assertThat(run.err())
        .contains("… reading ")
        .contains(": 500 rows (")
        .contains(": 1,000 rows (");
  }

  @Test
  void theConsoleRunUsesTheStandardStreams() {
    assertThat(Main.runOnConsole(new String[] {"help"})).isEqualTo(Main.OK);
  }

  @Test
  void helpPrintsTheUsage() {
    assertThat(run("--help").out()).startsWith("Usage / Cách dùng:");
    assertThat(run("report", "--help").code()).isZero();
  }

  @Test
  void badArgumentsExitWithTwoAndTheUsage() {
    assertThat(run().code()).isEqualTo(Main.USAGE);
    assertThat(run("frobnicate").err()).contains("unknown command \"frobnicate\"");
    assertUsage(run("report", "--units"), "--units needs a value");
    assertUsage(run("report", "stray"), "unexpected argument \"stray\"");
    assertUsage(run("report", "--what", "x"), "unknown option --what");
    assertUsage(run("report", "--strict=yes"), "--strict takes no value");
    assertUsage(run("report", "--lang=vi", "--lang=en"), "--lang is given twice");
    assertUsage(
        run(report("ho_so.csv", "--format", "pdf")),
        "--format takes text, markdown, csv, html or bars");
    assertUsage(run(report("ho_so.csv", "--lang", "fr")), "--lang takes vi or en");
    assertUsage(run(report("ho_so.csv", "--period", "2024-13")), "--period: ");
    assertUsage(run(report("ho_so.csv", "--territory", "999")), "no unit has the code or name");
    assertUsage(run(report("ho_so.csv", "--by", "unit")), "--by unit needs --territory");
    assertUsage(run(report("ho_so.csv", "--by", "agency")), "--by takes tier, unit");
    assertUsage(run(report("ho_so.csv", "--indicators", "speed")), "--indicators: ");
    assertUsage(
        run(report("ho_so.csv", "--indicators", "full-online,full-online")),
        "names an indicator twice");
    assertUsage(run(report("ho_so.csv", "--encoding", "klingon")), "unknown encoding");
    assertUsage(run(report("ho_so.csv", "--delimiter", ";;")), "takes one character");
    assertUsage(run(report("ho_so.csv", "--delimiter", "\"")), "--delimiter: ");
    assertUsage(run(report("ho_so.csv", "--progress-every", "0")), "--progress-every takes");
    assertUsage(run(report("missing.csv")), "--dossiers: no such file");
    assertUsage(
        run(report("ho_so.csv", "--rejections", "x.csv", "--write-rejections")), "not both");
    Run noPeriod = run("report", "--units", "x");
    assertUsage(noPeriod, "--period is required");
  }

  private static void assertUsage(Run run, String message) {
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains(message).contains("Usage / Cách dùng:");
  }

  @Test
  void aFileWithoutARequiredColumnExitsWithTwo() throws IOException {
    Path bad = dir.resolve("thieu_cot.csv");
    Files.writeString(bad, "ma_ho_so,ma_tthc\r\nHS-1,1.1\r\n");
    Run run = run(report("thieu_cot.csv"));
    assertThat(run.code()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("thiếu cột AGENCY");
  }

  @Test
  void otherEncodingsAndDelimitersAreOptions() throws IOException {
    Path other = Files.createDirectories(dir.resolve("utf16"));
    for (String name : List.of("don_vi.csv", "co_quan.csv", "thu_tuc.csv", "ho_so.csv")) {
      String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
      Files.writeString(other.resolve(name), text.replace(',', ';'), StandardCharsets.UTF_16);
    }
    Run run =
        run(
            "report",
            "--units=" + other.resolve("don_vi.csv"),
            "--agencies=" + other.resolve("co_quan.csv"),
            "--procedures=" + other.resolve("thu_tuc.csv"),
            "--dossiers=" + other.resolve("ho_so.csv"),
            "--period=2024-H1",
            "--delimiter=;",
            "--encoding=UTF-16",
            "--quiet");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("400 được nhận");
  }
}
