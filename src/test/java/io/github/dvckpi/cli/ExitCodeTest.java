package io.github.dvckpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit codes and messages of broken runs, on the bundled samples broken the ways real exports
 * are: a Windows-1258 export read as UTF-8, an extra unnamed cell, a header-only file, a catalogue
 * in the wrong encoding, another delimiter.
 */
class ExitCodeTest {

  @TempDir static Path dir;

  private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  private static final String INDICATORS =
      "--indicators=online-submission-eligible,full-online,result-digitization,online-payment";

  @BeforeAll
  static void writeFiles() throws IOException {
    String dossiers = Files.readString(Path.of("samples/ho_so.csv"), StandardCharsets.UTF_8);
    Files.write(dir.resolve("ho_so_1258.csv"), windows1258(dossiers));
    List<String> lines = dossiers.lines().toList();
    Files.writeString(
        dir.resolve("ho_so_o_thua.csv"),
        lines.get(0)
            + "\n"
            + lines.stream().skip(1).map(l -> l + ",x").collect(Collectors.joining("\n"))
            + "\n");
    Files.writeString(dir.resolve("ho_so_chi_tieu_de.csv"), lines.get(0) + "\r\n");
    Files.writeString(dir.resolve("ho_so_rong.csv"), "");
    Files.writeString(dir.resolve("ho_so_cham_phay.csv"), dossiers.replace(',', ';'));
    String units = Files.readString(Path.of("samples/don_vi.csv"), StandardCharsets.UTF_8);
    Files.write(dir.resolve("don_vi_1258.csv"), windows1258(units));
    Files.writeString(dir.resolve("don_vi_thieu.csv"), units + "999,Đơn vị lạ,vương quốc,42\n");
  }

  /**
   * Vietnamese text as a Windows-1258 export writes it: the base letter (with its circumflex, breve
   * or horn, precomposed in the code page) then the tone mark as a combining character.
   */
  static byte[] windows1258(String text) {
    StringBuilder out = new StringBuilder(text.length() + 1024);
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder tones = new StringBuilder();
      for (char m : d.toCharArray()) {
        if ("\u0300\u0301\u0303\u0309\u0323".indexOf(m) >= 0) {
          tones.append(m);
        } else {
          base.append(m);
        }
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
    }
    String exported = out.toString();
    assertThat(WINDOWS_1258.newEncoder().canEncode(exported)).isTrue();
    return exported.getBytes(WINDOWS_1258);
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
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

  /** The samples' report of TP Hà Tĩnh with another dossier file, units file and more options. */
  static Run withUnits(String dossiers, String units, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                "--units=" + units,
                "--agencies=samples/co_quan.csv",
                "--procedures=samples/thu_tuc.csv",
                "--dossiers=" + dossiers,
                "--period=2024-YTD@2024-11-14",
                "--territory=436",
                INDICATORS,
                "--quiet"));
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  static Run samples(String dossiers, String... more) {
    return withUnits(dossiers, "samples/don_vi.csv", more);
  }

  static String file(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void aWindows1258ExportReadAsUtf8FailsNamingTheEncodingAndTheOptionThatFixesIt() {
    Run run = samples(file("ho_so_1258.csv"), "--lang=en");
    assertThat(run.code()).isEqualTo(Main.REJECTED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("no report: ")
        .contains("dossier rows rejected")
        .contains("more than --max-rejected 50% tolerates")
        .contains("holds bytes that the file's encoding cannot decode (wrong encoding?)")
        .contains("give --dossiers-encoding windows-1258 (or --encoding auto to detect it)");

    Run fixed = samples(file("ho_so_1258.csv"), "--lang=en", "--dossiers-encoding=windows-1258");
    Run utf8 = samples("samples/ho_so.csv", "--lang=en");
    assertThat(fixed.code()).isEqualTo(Main.OK);
    assertThat(utf8.code()).isEqualTo(Main.OK);
    assertThat(fixed.out()).startsWith(utf8.out().substring(0, utf8.out().indexOf("Import")));
    assertThat(fixed.out()).contains("26,578 rows read = 26,578 accepted + 0 rejected");

    Run guessed = samples(file("ho_so_1258.csv"), "--lang=en", "--encoding=auto");
    assertThat(guessed.code()).isEqualTo(Main.OK);
    assertThat(guessed.err())
        .contains(
            "ho_so_1258.csv: encoding windows-1258 detected (set it with --dossiers-encoding)");
    assertThat(guessed.out()).contains("26,578 accepted + 0 rejected");
  }

  @Test
  void anExtraUnnamedCellOnEveryRowFailsNamingTheColumnCount() {
    Run run = samples(file("ho_so_o_thua.csv"));
    assertThat(run.code()).isEqualTo(Main.REJECTED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("26.578 trong 26.578 dòng hồ sơ bị từ chối (100,00%)")
        .contains("26,578 of 26,578 dossier rows rejected (100.00%)")
        .contains("26.578 ×, dòng đầu tiên: " + file("ho_so_o_thua.csv") + ", dòng 2, giá trị")
        .contains(": dòng có 13 cột nhưng tiêu đề có 12 cột")
        .contains("an unnamed extra column");
  }

  @Test
  void aHeaderOnlyOrEmptyDossierFileIsAWarningWithItsOwnCode() {
    Run headerOnly = samples(file("ho_so_chi_tieu_de.csv"), "--lang=en");
    assertThat(headerOnly.code()).isEqualTo(Main.EMPTY);
    assertThat(headerOnly.err())
        .contains("WARNING: " + file("ho_so_chi_tieu_de.csv") + " has a header and no dossier row");
    Run empty = samples(file("ho_so_rong.csv"), "--lang=vi");
    assertThat(empty.code()).isEqualTo(Main.EMPTY);
    assertThat(empty.out()).isEmpty();
    assertThat(empty.err()).contains("ho_so_rong.csv: tệp rỗng, không có cả dòng tiêu đề");
  }

  @Test
  void aUnitsCatalogueInTheWrongEncodingShowsItsRejectionsNotATerritoryError() {
    Run run = withUnits("samples/ho_so.csv", file("don_vi_1258.csv"), "--lang=en");
    assertThat(run.code()).isEqualTo(Main.INCOMPLETE_CATALOGUE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("Catalogue with rejected rows: " + file("don_vi_1258.csv"))
        .contains("×, the first: " + file("don_vi_1258.csv") + ", line ")
        .contains("holds bytes that the file's encoding cannot decode")
        .doesNotContain("--territory");
  }

  @Test
  void aCatalogueThatLostARowIsFatalUnlessAllowed() {
    Run run = withUnits("samples/ho_so.csv", file("don_vi_thieu.csv"), "--lang=en");
    assertThat(run.code()).isEqualTo(Main.INCOMPLETE_CATALOGUE);
    assertThat(run.err())
        .contains(": 52 rows read = 51 accepted + 1 rejected")
        .contains("1 ×, the first: ")
        .contains("line 53, column loai_don_vi, value \"vương quốc\": unknown unit kind")
        .contains("--allow-partial-catalogue");
    Run allowed =
        withUnits(
            "samples/ho_so.csv",
            file("don_vi_thieu.csv"),
            "--lang=en",
            "--allow-partial-catalogue");
    assertThat(allowed.code()).isEqualTo(Main.OK);
    assertThat(allowed.err()).contains("WARNING: the report is computed over a partial catalogue");
  }

  @Test
  void maxRejectedTakesACountOrAPercentComparedExactly() {
    String broken = "samples/ho_so_co_loi.csv";
    Run lenient = samples(broken, "--lang=en");
    assertThat(lenient.code()).isEqualTo(Main.OK);
    assertThat(lenient.out()).startsWith("WARNING: ").contains(" dossier rows rejected (");
    int rejected = Integer.parseInt(lenient.out().split(" ")[1].replace(",", ""));
    assertThat(samples(broken, "--max-rejected=" + rejected).code()).isEqualTo(Main.OK);
    assertThat(samples(broken, "--max-rejected=" + (rejected - 1)).code()).isEqualTo(Main.REJECTED);
    assertThat(samples(broken, "--max-rejected=100%").code()).isEqualTo(Main.OK);
    assertThat(samples(broken, "--max-rejected=0%").code()).isEqualTo(Main.REJECTED);
    assertThat(samples("samples/ho_so.csv", "--max-rejected=0").code()).isEqualTo(Main.OK);
    Run bad = samples(broken, "--max-rejected=half");
    assertThat(bad.code()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).contains("--max-rejected takes a whole number of rows");
  }

  @Test
  void aSemicolonFileIsReadWithTheDetectedDelimiterAndSaysSo() {
    Run run = samples(file("ho_so_cham_phay.csv"), "--lang=en");
    assertThat(run.code()).isEqualTo(Main.OK);
    assertThat(run.err())
        .contains("ho_so_cham_phay.csv: delimiter \";\" detected from the header line")
        .contains("--dossiers-delimiter");
    assertThat(run.out()).contains("26,578 accepted + 0 rejected");
  }

  @Test
  void aWrongDelimiterGivenShowsTheHeaderFoundAndTheOptionThatFixesIt() {
    Run run = samples(file("ho_so_cham_phay.csv"), "--lang=en", "--dossiers-delimiter=,");
    assertThat(run.code()).isEqualTo(Main.UNREADABLE);
    assertThat(run.err())
        .contains("missing columns ")
        .contains("header found (1 cell): ma_ho_so;ma_tthc;")
        .contains("give --dossiers-delimiter ';'");
    assertThat(run.err().lines().count()).isLessThan(5);
  }

  @Test
  void messagesFollowLangAndAreInBothLanguagesWithoutIt() {
    Run en = samples("samples/ho_so.csv", "--lang=en", "--format=pdf");
    assertThat(en.err()).contains("--format takes").doesNotContain("không phải");
    Run vi = samples("samples/ho_so.csv", "--lang=vi", "--format=pdf");
    assertThat(vi.err()).contains("--format nhận").doesNotContain("takes");
    Run both = samples("samples/ho_so.csv", "--format=pdf");
    assertThat(both.err()).contains("--format nhận").contains("--format takes");
  }
}
