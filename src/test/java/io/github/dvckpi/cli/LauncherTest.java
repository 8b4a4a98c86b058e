package io.github.dvckpi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.ReportFormat;
import io.github.dvckpi.sample.HaTinh2024;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The {@code bin/dvc-kpi} launcher runs the command line on the bundled samples in a process of its
 * own, with the class path of this build, and passes the exit code on.
 */
class LauncherTest {

  record Ran(int code, String out, String err) {}

  private static Ran launch(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", "bin/dvc-kpi"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    String classPath =
        Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path"))
            .flatMap(p -> Stream.of(p.split(File.pathSeparator, -1)))
            .filter(p -> !p.isBlank())
            .collect(Collectors.joining(File.pathSeparator));
    builder.environment().put("DVCKPI_CLASSPATH", classPath);
    Path out = Files.createTempFile("dvc-kpi", ".out");
    Path err = Files.createTempFile("dvc-kpi", ".err");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    int code = builder.start().waitFor();
    Ran ran =
        new Ran(
            code,
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return ran;
  }

  @Test
  void theLauncherPrintsTheSamplesReportAndPassesTheExitCodeOn() throws Exception {
    Ran ran =
        launch(
            "report",
            "--units=samples/don_vi.csv",
            "--agencies=samples/co_quan.csv",
            "--procedures=samples/thu_tuc.csv",
            "--dossiers=samples/ho_so.csv",
            "--period=2024-YTD@2024-11-14",
            "--territory=436",
            "--indicators=online-submission-eligible,full-online,result-digitization,online-payment",
            "--quiet");
    assertThat(ran.code()).as(ran.err()).isEqualTo(Main.OK);
    assertThat(ran.out())
        .startsWith(HaTinh2024.haTinhCity().render(ReportFormat.TEXT, RateFormat.VIETNAMESE))
        .contains("samples/ho_so.csv: đã đọc 26.578 dòng = 26.578 được nhận + 0 bị từ chối");

    assertThat(launch("--help").out()).contains("dvc-kpi report --units FILE");
    Ran missing =
        launch(
            "report",
            "--units=samples/don_vi.csv",
            "--agencies=samples/co_quan.csv",
            "--procedures=samples/thu_tuc.csv",
            "--dossiers=samples/khong_co.csv",
            "--period=2024");
    assertThat(missing.code()).isEqualTo(Main.UNREADABLE);
    assertThat(missing.err()).contains("--dossiers: no such file samples/khong_co.csv");
    assertThat(launch("report", "--lang=en").code()).isEqualTo(Main.USAGE);
  }
}
