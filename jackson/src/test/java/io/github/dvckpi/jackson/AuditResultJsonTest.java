package io.github.dvckpi.jackson;

import static io.github.dvckpi.jackson.Examples.read;
import static io.github.dvckpi.jackson.Examples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.dvckpi.audit.AuditResult;
import io.github.dvckpi.audit.FigureAudit;
import io.github.dvckpi.audit.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AuditResultJsonTest {

  /** Text from control characters to the last Vietnamese letter (ỹ, U+1EF9), quotes included. */
  private static Gen<String> texts() {
    return strings().betweenCodePoints(0, 0x1EF9).ofLengthBetween(0, 30);
  }

  private static Gen<Finding> findings() {
    return arbitrary()
        .enumValues(Finding.Kind.class)
        .zip(arbitrary().enumValues(Finding.Severity.class), texts(), texts(), Finding::new);
  }

  private static Gen<AuditResult> results() {
    return texts()
        .zip(
            lists().of(findings()).ofSizeBetween(0, 6),
            (check, findings) -> new AuditResult(check, findings));
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualResult() {
    qt().forAll(results())
        .checkAssert(r -> assertThat(read(write(r), AuditResult.class)).isEqualTo(r));
  }

  @Test
  void theWrittenConsistencyIsTheResults() {
    qt().forAll(results())
        .checkAssert(
            r ->
                assertThat(Examples.MAPPER.valueToTree(r).get("consistent").booleanValue())
                    .isEqualTo(r.isConsistent()));
  }

  @Test
  void realAuditsGoAndComeBack() {
    for (AuditResult r :
        List.of(
            FigureAudit.aggregate("98,75%", "99,79%", "99,77%"),
            FigureAudit.aggregate("trên 98,75%", "99,79%", "99,77%"),
            FigureAudit.rate("66,66%", 2, 3),
            FigureAudit.rate("41,67%", 1250, 3900),
            FigureAudit.partition(100, 50, 30, 15))) {
      assertThat(read(write(r), AuditResult.class)).isEqualTo(r);
    }
  }

  @Test
  void anInconsistentResultIsWrittenAsSuch() {
    AuditResult r = FigureAudit.aggregate("98,75%", "99,79%", "99,77%");
    String json = write(r);
    assertThat(json).startsWith("{\"check\":").contains("\"consistent\":false");
    assertThat(json)
        .contains("\"severity\":\"INCONSISTENT\"")
        .contains("\"kind\":\"AGGREGATE_OUT_OF_RANGE\"");
  }

  @Test
  void aConsistencyThatDisagreesWithTheFindingsIsRefused() {
    String json = write(FigureAudit.aggregate("98,75%", "99,79%", "99,77%"));
    String tampered = json.replace("\"consistent\":false", "\"consistent\":true");
    assertThatThrownBy(() -> read(tampered, AuditResult.class))
        .cause()
        .hasMessageContaining("\"consistent\" is true but the other fields give false");
    assertThatThrownBy(
            () ->
                read(
                    "{\"check\":\"x\",\"findings\":[{\"kind\":\"TYPO\",\"severity\":\"NOTE\","
                        + "\"vietnamese\":\"a\",\"english\":\"b\"}]}",
                    AuditResult.class))
        .cause()
        .hasMessageContaining("a finding's kind is one of HOLDS, RATE_MISMATCH")
        .hasMessageContaining("got \"TYPO\"");
  }
}
