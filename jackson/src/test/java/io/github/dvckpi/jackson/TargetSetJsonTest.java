package io.github.dvckpi.jackson;

import static io.github.dvckpi.jackson.Examples.read;
import static io.github.dvckpi.jackson.Examples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.target.Judgement;
import io.github.dvckpi.target.Target;
import io.github.dvckpi.target.TargetSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TargetSetJsonTest {

  /** The repository's illustrative targets, read as a user reads them. */
  static TargetSet sample() throws IOException {
    return TargetSet.parse(
        Files.readString(Path.of("../samples/chi_tieu_minh_hoa.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void theSampleTargetSetGoesAndComesBack() throws IOException {
    TargetSet set = sample();
    assertThat(set.targets()).hasSize(4);
    TargetSet back = read(write(set), TargetSet.class);
    assertThat(back).isEqualTo(set);
    assertThat(back.toText()).isEqualTo(set.toText());
  }

  @Test
  void theShapeListsNameNotesAndTargets() throws IOException {
    JsonNode json = Examples.MAPPER.valueToTree(sample());
    assertThat(json.get("name").asText())
        .isEqualTo("Chỉ tiêu MINH HỌA cho TP Hà Tĩnh 2024 (ILLUSTRATIVE)");
    assertThat(json.get("source").isNull()).isTrue();
    assertThat(json.get("notes")).hasSize(2);
    JsonNode first = json.get("targets").get(0);
    assertThat(first.get("indicator").asText()).isEqualTo("online-submission-eligible");
    assertThat(first.get("direction").asText()).isEqualTo("AT_LEAST");
    assertThat(first.get("threshold").asText()).isEqualTo("95");
    assertThat(first.get("judgement").get("kind").asText()).isEqualTo("exact");
  }

  @Test
  void aSetWithASourceAndRestrictedTargetsComesBack() {
    TargetSet set =
        TargetSet.builder("Kế hoạch CCHC năm 2024")
            .source("QĐ 3433/QĐ-UBND ngày 25/12/2023")
            .note("Giá trị minh họa")
            .add(Target.atLeast(Indicator.ONLINE_SUBMISSION_ELIGIBLE, "80,5%"))
            .add(
                Target.atLeast(Indicator.RESULT_DIGITIZATION, "90%")
                    .forTiers(AdministrativeLevel.COMMUNE)
                    .forUnits("28252")
                    .setBy("Công văn khác")
                    .judgedOn(Judgement.published()))
            .build();
    assertThat(read(write(set), TargetSet.class)).isEqualTo(set);
  }

  @Test
  void aTargetTheLibraryRefusesIsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"name\":\"x\",\"targets\":[{\"indicator\":\"full-online\","
                        + "\"direction\":\"AT_LEAST\",\"threshold\":\"101\"}]}",
                    TargetSet.class))
        .cause()
        .hasMessageContaining("threshold 101% is outside [0%, 100%]");
    assertThatThrownBy(
            () ->
                read(
                    "{\"name\":\"x\",\"targets\":[{\"indicator\":\"fast\","
                        + "\"direction\":\"AT_LEAST\",\"threshold\":\"10\"}]}",
                    TargetSet.class))
        .cause()
        .hasMessageContaining("unknown indicator \"fast\"");
  }
}
