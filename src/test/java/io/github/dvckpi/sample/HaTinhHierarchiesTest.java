package io.github.dvckpi.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.domain.HierarchyHistory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The bundled history of Hà Tĩnh's hierarchies loads from outside the domain package (as from
 * JShell or a user's code, on the module path), and answers the hierarchy of a day.
 */
class HaTinhHierarchiesTest {

  @Test
  void theHistoryLoadsFromAnotherPackageAndAnswersByDate() {
    HierarchyHistory history = HaTinh2024.hierarchies();
    assertThat(history.on(LocalDate.of(2025, 6, 30)).contains("436")).isTrue();
    assertThat(history.on(LocalDate.of(2025, 7, 1)).contains("436")).isFalse();
  }
}
