package io.github.dvckpi.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.dvckpi.audit.FigureAudit;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import io.github.dvckpi.target.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/json.md are what this module writes: each block there is the pretty-printed
 * JSON of a value built here, so the documented shape cannot drift from the code. The blocks are
 * also written to target/json-examples.md, from which the document is updated when the shape grows.
 */
class JsonDocsTest {

  private static Map<String, Object> examples() throws Exception {
    KpiReport report =
        Examples.query()
            .within("436")
            .byTier()
            .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE, Indicator.RESULT_DIGITIZATION);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Rate.of(9979, 10_000)", Rate.of(9979, 10_000));
    out.put("Rate.undefined()", Rate.undefined());
    out.put("the README's report (Build your own data)", report);
    out.put(
        "Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, \"80%\").evaluate(Rate.of(7999, 10_000))",
        Target.atLeast(Indicator.ONLINE_SUBMISSION_ELIGIBLE, "80%")
            .evaluate(Rate.of(7999, 10_000)));
    out.put(
        "an evaluation of the report's commune row",
        Target.atLeast(Indicator.ONLINE_SUBMISSION_ELIGIBLE, "95%")
            .setBy("QĐ minh họa")
            .evaluate(report, Scope.tier(AdministrativeLevel.COMMUNE)));
    out.put("samples/chi_tieu_minh_hoa.txt", TargetSetJsonTest.sample());
    out.put("FigureAudit.rate(\"66,66%\", 2, 3)", FigureAudit.rate("66,66%", 2, 3));
    return out;
  }

  @Test
  void everyExampleOfTheDocumentIsWhatTheModuleWrites() throws Exception {
    ObjectMapper pretty =
        new ObjectMapper()
            .registerModule(new DvcKpiModule())
            .enable(SerializationFeature.INDENT_OUTPUT);
    String doc = Files.readString(Path.of("../docs/json.md"), StandardCharsets.UTF_8);
    StringBuilder generated = new StringBuilder();
    Map<String, String> blocks = new LinkedHashMap<>();
    for (Map.Entry<String, Object> example : examples().entrySet()) {
      String json = pretty.writeValueAsString(example.getValue()).replace("\r\n", "\n");
      assertThat(Examples.read(json, example.getValue().getClass())).isEqualTo(example.getValue());
      String block = "```json\n" + json + "\n```\n";
      blocks.put(example.getKey(), block);
      generated
          .append("<!-- ")
          .append(example.getKey())
          .append(" -->\n")
          .append(block)
          .append('\n');
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/json-examples.md"), generated, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> block : blocks.entrySet()) {
      assertThat(doc)
          .as("docs/json.md shows %s as written", block.getKey())
          .contains(block.getValue());
    }
  }
}
