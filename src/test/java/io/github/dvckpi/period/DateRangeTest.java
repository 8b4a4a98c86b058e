package io.github.dvckpi.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Examples of {@link DateRange}. */
class DateRangeTest {

  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  private static final LocalDate NOV_14 = LocalDate.of(2024, 11, 14);

  @Test
  void includesBothEnds() {
    DateRange ytd = DateRange.of(JAN_1, NOV_14);
    assertThat(ytd.contains(JAN_1)).isTrue();
    assertThat(ytd.contains(NOV_14)).isTrue();
    assertThat(ytd.contains(JAN_1.minusDays(1))).isFalse();
    assertThat(ytd.contains(NOV_14.plusDays(1))).isFalse();
    assertThat(ytd.days()).isEqualTo(319);
    assertThat(DateRange.of(JAN_1, JAN_1).days()).isEqualTo(1);
    assertThat(ytd).hasToString("2024-01-01..2024-11-14");
  }

  @Test
  void rejectsAnInvertedRangeNamingBothEnds() {
    assertThatThrownBy(() -> DateRange.of(NOV_14, JAN_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a date range needs first <= last, got first=2024-11-14, last=2024-01-01");
    assertThatThrownBy(() -> new DateRange(JAN_1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalityIsByEnds() {
    new EqualsTester()
        .addEqualityGroup(DateRange.of(JAN_1, NOV_14), new DateRange(JAN_1, NOV_14))
        .addEqualityGroup(DateRange.of(JAN_1, JAN_1))
        .testEquals();
  }
}
