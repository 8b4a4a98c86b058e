package io.github.dvckpi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import io.github.dvckpi.Kpi;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.Chart;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.ReportFormat;
import io.github.dvckpi.sample.HaTinh2024;
import io.github.dvckpi.target.BandScale;
import io.github.dvckpi.target.Direction;
import io.github.dvckpi.target.Target;
import io.github.dvckpi.testing.Png;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real browser: headless Chromium (Debian's package {@code chromium}) reads
 * the page the command line wrote, and the test checks the DOM the browser built ({@code
 * --dump-dom}) and the pixels of its screenshot. The pages and screenshots stay in {@code
 * target/browser/}.
 *
 * <p>Without Chromium the tests are skipped with a message, unless the environment variable {@code
 * DVCKPI_REQUIRE_CHROMIUM} is set (as {@code .ci/run} does after installing it): then they fail.
 */
class HtmlReportInBrowserTest {

  private static final Path OUT = Path.of("target", "browser");
  private static final int NEUTRAL = 0x3a6ea5;
  private static final int INK = 0x1f2933;
  private static final int WIDTH = 1200;

  private static Path chromium;

  @BeforeAll
  static void findChromium() throws IOException {
    Optional<Path> found = locate();
    if (found.isEmpty()) {
      String message =
          "headless Chromium not found (looked for $CHROMIUM, then chromium and chromium-browser on"
              + " the PATH): install Debian's package with `apt-get install -y chromium`; .ci/run"
              + " does";
      if (System.getenv("DVCKPI_REQUIRE_CHROMIUM") != null) {
        fail(message + ", and DVCKPI_REQUIRE_CHROMIUM is set");
      }
      Assumptions.abort(message);
    }
    chromium = found.get();
    Files.createDirectories(OUT);
  }

  private static Optional<Path> locate() {
    String given = System.getenv("CHROMIUM");
    if (given != null && Files.isExecutable(Path.of(given))) {
      return Optional.of(Path.of(given));
    }
    String path = System.getenv("PATH");
    for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void theCommandLinesHtmlReportRendersInChromium() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            MainTest.samples(
                "--territory",
                "42",
                "--by",
                "unit",
                "--indicators",
                "online-submission-eligible,result-digitization,online-payment",
                "--targets",
                "samples/chi_tieu_minh_hoa.txt",
                "--format",
                "html",
                "--quiet"),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as("exit code; stderr: %s", err).isEqualTo(Main.OK);
    String html = out.toString(StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Đối soát nhập liệu:");
    Path page = OUT.resolve("cli-report.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);

    String dom = dumpDom(page);
    assertSameStructure(html, dom);
    assertThat(text(dom, "h1")).isEqualTo("Chỉ số dịch vụ công trực tuyến");
    assertThat(count(dom, "<svg")).isEqualTo(3);
    // 13 district-tier units, the province's own agencies and the total, in the table and charts
    assertThat(count(dom, "<tr")).isEqualTo(1 + 15);
    assertThat(count(dom, "<g>")).isEqualTo(3 * 15);
    assertThat(dom)
        .contains("Tổng cộng")
        .contains("Chỉ tiêu ≥ 95%")
        .contains("Chỉ tiêu ≥ 90%")
        .contains("Chỉ tiêu ≥ 85%");

    Png shot = screenshot(page, "cli-report.png", pageHeight(html));
    assertNotBlank(shot);
    assertThat(shot.count(INK, 0, 150)).as("the title and the header lines").isGreaterThan(500);
    assertThat(shot.count(NEUTRAL)).as("the bars, in the neutral colour").isGreaterThan(40_000);
    assertThat(shot.count(INK, shot.height() - 900, shot.height()))
        .as("the last chart, drawn in full")
        .isGreaterThan(500);
  }

  @Test
  void aPageWithBandsShowsTheirColoursInChromium() throws Exception {
    KpiReport report =
        Kpi.over(HaTinh2024.dossiers(), HaTinh2024.hierarchy())
            .period(HaTinh2024.period())
            .within("42")
            .byUnit()
            .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE, Indicator.RESULT_DIGITIZATION);
    BandScale bands = BandScale.trafficLight(Direction.AT_LEAST, "80%", "95%");
    List<Chart> charts = new ArrayList<>();
    for (Indicator indicator : report.indicators()) {
      charts.add(
          Chart.of(indicator).withBands(bands).withTargets(Target.atLeast(indicator, "90%")));
    }
    String html = ReportFormat.html(report, RateFormat.ENGLISH, 2, RoundingMode.HALF_UP, charts);
    Path page = OUT.resolve("banded-report.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);

    String dom = dumpDom(page);
    assertSameStructure(html, dom);
    assertThat(dom).contains("<html lang=\"en\">").contains("Target ≥ 90%");

    Png shot = screenshot(page, "banded-report.png", pageHeight(html));
    assertNotBlank(shot);
    assertThat(shot.count(0xc62828)).as("red bars").isGreaterThan(2_000);
    assertThat(shot.count(0xf9a825)).as("amber bars").isGreaterThan(20_000);
    assertThat(shot.count(0x2e7d32)).as("green bars").isGreaterThan(2_000);
  }

  /** The browser built every element the page has: none lost to a markup error. */
  private static void assertSameStructure(String html, String dom) {
    for (String tag : List.of("<table", "<tr", "<th", "<td", "<svg", "<g>", "<rect", "<text")) {
      assertThat(count(dom, tag))
          .as("%s elements in the browser's DOM", tag)
          .isEqualTo(count(html, tag));
    }
    assertThat(dom).doesNotContain("parsererror");
  }

  /**
   * A window tall enough for the whole page (a headless screenshot shows the window only): the
   * header, the table's rows, and each chart at the width the page's style gives it.
   */
  private static int pageHeight(String html) {
    int height = 520 + 46 * count(html, "<tr");
    Matcher svg = Pattern.compile("<svg [^>]*width=\"(\\d+)\" height=\"(\\d+)\"").matcher(html);
    while (svg.find()) {
      height += 60 + Integer.parseInt(svg.group(2)) * 976 / Integer.parseInt(svg.group(1));
    }
    return (height + 99) / 100 * 100;
  }

  private static void assertNotBlank(Png shot) {
    assertThat(shot.width()).isEqualTo(WIDTH);
    assertThat(shot.colours()).as("colours in the screenshot").isGreaterThan(50);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
      n++;
    }
    return n;
  }

  private static String text(String dom, String tag) {
    Matcher m = Pattern.compile("<" + tag + "[^>]*>([^<]*)</" + tag + ">").matcher(dom);
    assertThat(m.find()).as("a %s element", tag).isTrue();
    return m.group(1);
  }

  private static String dumpDom(Path page) throws Exception {
    Path dom = OUT.resolve(page.getFileName() + ".dom.html");
    run(List.of("--dump-dom", page.toAbsolutePath().toUri().toString()), dom, page);
    return Files.readString(dom, StandardCharsets.UTF_8);
  }

  private static Png screenshot(Path page, String name, int height) throws Exception {
    Path png = OUT.resolve(name);
    Files.deleteIfExists(png);
    run(
        List.of(
            "--screenshot=" + png.toAbsolutePath(),
            "--window-size=" + WIDTH + "," + height,
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            page.toAbsolutePath().toUri().toString()),
        OUT.resolve(name + ".out.txt"),
        page);
    assertThat(png).as("the screenshot of %s", page).exists();
    return Png.read(png);
  }

  /** Runs Chromium headless with a fresh profile, the flags that work on a closed network. */
  private static void run(List<String> args, Path stdout, Path page) throws Exception {
    Path profile = Files.createTempDirectory(OUT.toAbsolutePath(), "profile-");
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile));
    command.addAll(args);
    Path log = OUT.resolve(stdout.getFileName() + ".log");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(log.toFile())
            .start();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("Chromium did not finish within 120 s on " + page + "; see " + log);
      }
    } finally {
      MoreFiles.deleteRecursively(profile, RecursiveDeleteOption.ALLOW_INSECURE);
    }
    assertThat(process.exitValue()).as("Chromium's exit code; see %s", log).isZero();
  }
}
