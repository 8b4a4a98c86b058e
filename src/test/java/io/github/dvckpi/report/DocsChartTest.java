package io.github.dvckpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.Kpi;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.sample.HaTinh2024;
import io.github.dvckpi.target.BandScale;
import io.github.dvckpi.target.Direction;
import io.github.dvckpi.target.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The example chart of {@code docs/reports.md} is this code's output: regenerated here, it must
 * equal the committed {@code docs/report-chart.svg}. On a difference the new chart is written to
 * {@code target/docs-actual/report-chart.svg}; copy it over the committed one if the change is
 * intended.
 */
class DocsChartTest {

  /** The chart of docs/reports.md, exactly as the section shows its code. */
  static String exampleChart() {
    KpiReport report =
        Kpi.over(HaTinh2024.dossiers(), HaTinh2024.hierarchy())
            .period(HaTinh2024.period())
            .within("42")
            .byUnit()
            .compute(Indicator.RESULT_DIGITIZATION);
    Chart chart =
        Chart.of(Indicator.RESULT_DIGITIZATION)
            .withBands(BandScale.trafficLight(Direction.AT_LEAST, "80%", "90%"))
            .withTargets(Target.atLeast(Indicator.RESULT_DIGITIZATION, "90%"));
    return chart.svg(report, RateFormat.VIETNAMESE);
  }

  @Test
  void theDocumentedChartIsWhatTheCodeDraws() throws IOException {
    String actual = exampleChart();
    Path committed = Path.of("docs", "report-chart.svg");
    String expected =
        Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : null;
    if (!actual.equals(expected)) {
      Path out = Path.of("target", "docs-actual", "report-chart.svg");
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("docs/report-chart.svg is out of date: the new chart is in %s", "target/docs-actual")
        .isEqualTo(expected);
  }
}
