package io.github.dvckpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Without Apache Commons CSV, the CSV rendering fails with a message that names the dependency; the
 * missing library is simulated by a rendering that raises the JVM's linkage error.
 */
class CommonsCsvTest {

  @Test
  void aMissingCommonsCsvNamesTheDependencyAndHowToAddIt() {
    assertThatThrownBy(
            () ->
                CommonsCsv.require(
                    () -> {
                      throw new NoClassDefFoundError("org/apache/commons/csv/CSVFormat");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.apache.commons:commons-csv:1.14.1")
        .hasMessageContaining("requires org.apache.commons.csv;")
        .hasMessageContaining("Apache Commons CSV")
        .hasMessageContaining("thư viện tùy chọn")
        .hasCauseInstanceOf(NoClassDefFoundError.class);
  }

  @Test
  void otherLinkageErrorsAreNotHidden() {
    assertThatThrownBy(
            () ->
                CommonsCsv.require(
                    () -> {
                      throw new NoClassDefFoundError("com/example/Other");
                    }))
        .isInstanceOf(NoClassDefFoundError.class)
        .hasMessage("com/example/Other");
    assertThat(CommonsCsv.require(() -> "rendered")).isEqualTo("rendered");
  }
}
