package io.github.dvckpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Without FastCSV, the CSV rendering fails with a message that names the dependency; the missing
 * library is simulated by a rendering that raises the JVM's linkage error.
 */
class FastCsvTest {

  @Test
  void aMissingFastCsvNamesTheDependencyAndHowToAddIt() {
    assertThatThrownBy(
            () ->
                FastCsv.require(
                    () -> {
                      throw new NoClassDefFoundError("de/siegmar/fastcsv/writer/CsvWriter");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("de.siegmar:fastcsv:4.1.0")
        .hasMessageContaining("requires de.siegmar.fastcsv;")
        .hasMessageContaining("FastCSV")
        .hasMessageContaining("thư viện tùy chọn")
        .hasCauseInstanceOf(NoClassDefFoundError.class);
  }

  @Test
  void otherLinkageErrorsAreNotHidden() {
    assertThatThrownBy(
            () ->
                FastCsv.require(
                    () -> {
                      throw new NoClassDefFoundError("com/example/Other");
                    }))
        .isInstanceOf(NoClassDefFoundError.class)
        .hasMessage("com/example/Other");
    assertThat(FastCsv.require(() -> "rendered")).isEqualTo("rendered");
  }
}
