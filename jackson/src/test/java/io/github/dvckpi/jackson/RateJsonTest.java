package io.github.dvckpi.jackson;

import static io.github.dvckpi.jackson.Examples.read;
import static io.github.dvckpi.jackson.Examples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dvckpi.rate.Rate;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RateJsonTest {

  /** The must-show, exactly as a service would write it. */
  @Test
  void foundThroughServiceLoaderItWritesTheCountsAndReadsBackAnEqualRate() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String json = mapper.writeValueAsString(Rate.of(9979, 10000));

    assertThat(json).contains("9979").contains("10000");
    assertThat(json).isEqualTo("{\"numerator\":9979,\"denominator\":10000,\"percent\":\"99.79\"}");
    assertThat(mapper.readValue(json, Rate.class)).isEqualTo(Rate.of(9979, 10000));
  }

  @Test
  void theUndefinedRateHasANullPercent() {
    assertThat(write(Rate.undefined()))
        .isEqualTo("{\"numerator\":0,\"denominator\":0,\"percent\":null}");
    assertThat(read("{\"numerator\":0,\"denominator\":0,\"percent\":null}", Rate.class))
        .isEqualTo(Rate.undefined());
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualRate() {
    qt().forAll(Examples.rates())
        .checkAssert(r -> assertThat(read(write(r), Rate.class)).isEqualTo(r));
  }

  @Test
  void thePercentIsTheRateAtTwoDecimalsHalfUpInAString() {
    qt().forAll(Examples.rates())
        .assuming(r -> !r.isUndefined())
        .checkAssert(
            r -> {
              JsonNode percent = Examples.MAPPER.valueToTree(r).get("percent");
              assertThat(percent.isTextual()).isTrue();
              assertThat(percent.asText())
                  .isEqualTo(r.percent(2, RoundingMode.HALF_UP).toPlainString());
            });
  }

  @Test
  void countsAreJsonIntegersNeverFloatingPoint() {
    qt().forAll(Examples.rates())
        .checkAssert(
            r -> {
              JsonNode node = Examples.MAPPER.valueToTree(r);
              assertThat(node.get("numerator").isIntegralNumber()).isTrue();
              assertThat(node.get("numerator").longValue()).isEqualTo(r.numerator());
              assertThat(node.get("denominator").longValue()).isEqualTo(r.denominator());
            });
  }

  @Test
  void thePercentMayBeLeftOutOrGivenAtAnotherScale() {
    assertThat(read("{\"numerator\":2,\"denominator\":3}", Rate.class)).isEqualTo(Rate.of(2, 3));
    assertThat(read("{\"numerator\":2,\"denominator\":3,\"percent\":\"66.6667\"}", Rate.class))
        .isEqualTo(Rate.of(2, 3));
  }

  @Test
  void aPercentThatDisagreesWithTheCountsIsRefused() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"numerator\":9979,\"denominator\":10000,\"percent\":\"99.80\"}", Rate.class))
        .isInstanceOf(UncheckedIOException.class)
        .cause()
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("\"percent\" is \"99.80\" but 9979/10000 is 99.79%");
    assertThatThrownBy(
            () -> read("{\"numerator\":0,\"denominator\":0,\"percent\":\"0.00\"}", Rate.class))
        .cause()
        .hasMessageContaining("undefined");
    assertThatThrownBy(
            () -> read("{\"numerator\":1,\"denominator\":2,\"percent\":null}", Rate.class))
        .cause()
        .hasMessageContaining("only the undefined rate");
    assertThatThrownBy(
            () -> read("{\"numerator\":1,\"denominator\":2,\"percent\":50.0}", Rate.class))
        .cause()
        .hasMessageContaining("a decimal in a string");
  }

  @Test
  void countsMayComeAsIntegersInStringsAsJavaScriptClientsWriteBigNumbers() throws Exception {
    assertThat(
            read(
                "{\"numerator\":\"9223372036854775806\",\"denominator\":\"9223372036854775807\"}",
                Rate.class))
        .isEqualTo(Rate.of(Long.MAX_VALUE - 1, Long.MAX_VALUE));
    ObjectMapper strings =
        new ObjectMapper()
            .registerModule(new DvcKpiModule())
            .enable(
                com.fasterxml.jackson.core.json.JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS
                    .mappedFeature());
    String json = strings.writeValueAsString(Rate.of(9979, 10_000));
    assertThat(json)
        .isEqualTo("{\"numerator\":\"9979\",\"denominator\":\"10000\",\"percent\":\"99.79\"}");
    assertThat(strings.readValue(json, Rate.class)).isEqualTo(Rate.of(9979, 10_000));
    assertThatThrownBy(
            () -> read("{\"numerator\":\"1\",\"denominator\":\"9223372036854775808\"}", Rate.class))
        .cause()
        .hasMessageContaining("beyond a count's range");
    assertThatThrownBy(() -> read("{\"numerator\":\"one\",\"denominator\":\"2\"}", Rate.class))
        .cause()
        .hasMessageContaining("\"numerator\" is an integer");
  }

  @Test
  void countsTheLibraryRefusesAreRefusedWithItsMessage() {
    assertThatThrownBy(() -> read("{\"numerator\":5,\"denominator\":3}", Rate.class))
        .cause()
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("cannot read Rate: a rate needs 0 <= numerator <= denominator");
    assertThatThrownBy(() -> read("{\"numerator\":0.5,\"denominator\":3}", Rate.class))
        .cause()
        .hasMessageContaining("\"numerator\" is an integer");
    assertThatThrownBy(() -> read("{\"denominator\":3}", Rate.class))
        .cause()
        .hasMessageContaining("missing field \"numerator\"");
    assertThatThrownBy(() -> read("[1,2]", Rate.class))
        .cause()
        .hasMessageContaining("a rate is a JSON object");
  }

  @Test
  void registeringTheModuleAgainAfterServiceLoaderFoundItChangesNothing() throws Exception {
    ObjectMapper mapper =
        new ObjectMapper().findAndRegisterModules().registerModule(new DvcKpiModule());
    assertThat(mapper.getRegisteredModuleIds()).containsExactly(DvcKpiModule.NAME);
    assertThat(mapper.writeValueAsString(Rate.of(1, 3)))
        .isEqualTo("{\"numerator\":1,\"denominator\":3,\"percent\":\"33.33\"}");
  }
}
