package io.github.dvckpi.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples of {@link Rate}: the seed's figures, formatting, validation and the edge cases. */
class RateTest {

  @ParameterizedTest(name = "{0}/{1} prints {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // seed rows 2, 3, 5-9, 11, 13-22: point values
        "9979; 10000; 99,79% (9.979/10.000)",
        "9977; 10000; 99,77% (9.977/10.000)",
        "9244; 10000; 92,44% (9.244/10.000)",
        "9971; 10000; 99,71% (9.971/10.000)",
        "8836; 10000; 88,36% (8.836/10.000)",
        "8399; 10000; 83,99% (8.399/10.000)",
        "1250; 1250; 100,00% (1.250/1.250)",
        "9148; 10000; 91,48% (9.148/10.000)",
        "9855; 10000; 98,55% (9.855/10.000)",
        "9238; 10000; 92,38% (9.238/10.000)",
        "8563; 10000; 85,63% (8.563/10.000)",
        "7425; 10000; 74,25% (7.425/10.000)",
        "9967; 10000; 99,67% (9.967/10.000)",
        "9568; 10000; 95,68% (9.568/10.000)",
        "8076; 10000; 80,76% (8.076/10.000)",
        "7611; 10000; 76,11% (7.611/10.000)",
        "8115; 10000; 81,15% (8.115/10.000)",
        "8593; 10000; 85,93% (8.593/10.000)",
        // the smallest counts behind 99,79%
        "465; 466; 99,79% (465/466)",
      })
  void reproducesTheSeedFigures(long numerator, long denominator, String printed) {
    assertThat(Rate.of(numerator, denominator)).hasToString(printed);
  }

  @ParameterizedTest(name = "{0}/{1} is above {2}%")
  @CsvSource({"9876, 10000, 98.75", "9960, 10000, 99.59", "8401, 10000, 84", "8972, 10000, 89.71"})
  void satisfiesTheSeedLowerBounds(long numerator, long denominator, String bound) {
    assertThat(Rate.of(numerator, denominator).percent(10, RoundingMode.UNNECESSARY))
        .isGreaterThan(new BigDecimal(bound));
  }

  @Test
  void formatsInEnglish() {
    assertThat(Rate.of(9979, 10000).format(Locale.ENGLISH)).isEqualTo("99.79% (9,979/10,000)");
    assertThat(Rate.of(1_234_567, 2_000_000).format(Locale.US))
        .isEqualTo("61.73% (1,234,567/2,000,000)");
  }

  @Test
  void formatsWithAChosenScaleAndMode() {
    Rate twoThirds = Rate.of(2, 3);
    assertThat(twoThirds.format(RateFormat.VIETNAMESE, 2, RoundingMode.DOWN))
        .isEqualTo("66,66% (2/3)");
    assertThat(twoThirds.format(RateFormat.VIETNAMESE, 2, RoundingMode.HALF_UP))
        .isEqualTo("66,67% (2/3)");
    assertThat(twoThirds.format(Locale.ENGLISH, 0, RoundingMode.HALF_UP)).isEqualTo("67% (2/3)");
    assertThat(Rate.of(1, 8).format(Locale.ENGLISH, 1, RoundingMode.HALF_EVEN))
        .isEqualTo("12.5% (1/8)");
    assertThat(Rate.of(1, 16).format(Locale.ENGLISH, 1, RoundingMode.HALF_EVEN))
        .isEqualTo("6.2% (1/16)");
    assertThat(Rate.of(1, 16).format(Locale.ENGLISH, 1, RoundingMode.HALF_UP))
        .isEqualTo("6.3% (1/16)");
  }

  @Test
  void undefinedRatePrintsAsNoData() {
    assertThat(Rate.undefined()).hasToString("không có dữ liệu (0/0)");
    assertThat(Rate.undefined().format(Locale.ENGLISH)).isEqualTo("no data (0/0)");
    assertThatThrownBy(() -> Rate.undefined().percent(2, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0/0")
        .hasMessageContaining("undefined");
  }

  @Test
  void percentIsExact() {
    assertThat(Rate.of(1, 3).percent(5, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("33.33333"));
    assertThat(Rate.of(1, 1).percent(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("100.00"));
    assertThat(Rate.of(0, 7).percent(0, RoundingMode.HALF_UP)).isEqualTo(BigDecimal.ZERO);
    assertThatThrownBy(() -> Rate.of(1, 3).percent(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Rate.of(1, 3).percent(-1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Rate.of(1, 3).percent(31, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Rate.of(1, 3).percent(30, RoundingMode.DOWN).scale()).isEqualTo(30);
  }

  @Test
  void rejectsImpossibleCountsNamingBothValues() {
    assertThatThrownBy(() -> Rate.of(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numerator=5")
        .hasMessageContaining("denominator=4");
    assertThatThrownBy(() -> Rate.of(-1, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numerator=-1")
        .hasMessageContaining("denominator=4");
    assertThatThrownBy(() -> Rate.of(0, -4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("denominator=-4");
    assertThatThrownBy(() -> Rate.of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numerator=1")
        .hasMessageContaining("denominator=0");
  }

  @Test
  void comparesExactlyWhereDoublesCannot() {
    assertThat(Rate.of(1, 3).compareTo(Rate.of(333_333_333, 1_000_000_000))).isPositive();
    long big = Long.MAX_VALUE;
    assertThat(Rate.of(big - 1, big).compareTo(Rate.of(big - 2, big - 1))).isPositive();
    assertThat(Rate.of(big - 1, big).isEqual(Rate.of(big - 1, big))).isTrue();
    assertThat(Rate.of(big, big).isEqual(Rate.of(1, 1))).isTrue();
    assertThat(Rate.of(1, 2).isGreaterThan(Rate.of(1, 3))).isTrue();
    assertThat(Rate.of(1, 3).isLessThan(Rate.of(1, 2))).isTrue();
    assertThat(Rate.of(1, 2).isLessThan(Rate.of(1, 2))).isFalse();
    assertThat(Rate.of(1, 2).isGreaterThan(Rate.of(2, 4))).isFalse();
  }

  @Test
  void undefinedEqualsOnlyItself() {
    assertThat(Rate.undefined().isEqual(Rate.of(0, 0))).isTrue();
    assertThat(Rate.undefined().compareTo(Rate.undefined())).isZero();
    assertThat(Rate.undefined().isEqual(Rate.of(0, 1))).isFalse();
    assertThat(Rate.undefined().isEqual(Rate.of(1, 1))).isFalse();
  }

  @Test
  void addsCountsAndNeverAverages() {
    // the mean of 99,79% and 50% would be 74,895%; the counts say 99,30%
    Rate city = Rate.of(9979, 10000);
    Rate ward = Rate.of(50, 100);
    assertThat(city.plus(ward)).isEqualTo(Rate.of(10029, 10100));
    assertThat(Rate.total(city, ward)).isEqualTo(Rate.of(10029, 10100));
    assertThat(Rate.total(List.of(city, ward, Rate.undefined()))).isEqualTo(Rate.of(10029, 10100));
  }

  @Test
  void overflowIsReportedNotWrapped() {
    Rate huge = Rate.of(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThatThrownBy(() -> huge.plus(Rate.of(1, 1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Rate.total(huge, Rate.of(0, 1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Rate.total(Rate.of(0, 1), huge))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void complementGivesTheOtherShare() {
    assertThat(Rate.of(203, 10000).complement()).isEqualTo(Rate.of(9797, 10000));
    assertThat(Rate.undefined().complement()).isEqualTo(Rate.undefined());
  }

  @Test
  void equalityIsStructural() {
    new EqualsTester()
        .addEqualityGroup(Rate.of(1, 2), Rate.of(1, 2))
        .addEqualityGroup(Rate.of(2, 4))
        .addEqualityGroup(Rate.of(2, 3))
        .addEqualityGroup(Rate.of(1, 3))
        .addEqualityGroup(Rate.undefined(), Rate.of(0, 0))
        .addEqualityGroup(Rate.of(0, 1))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Rate.class, Rate.of(1, 2))
            .setDefault(Locale.class, Locale.ENGLISH);
    tester.testAllPublicStaticMethods(Rate.class);
    tester.testAllPublicInstanceMethods(Rate.of(1, 2));
    tester.testAllPublicStaticMethods(RateFormat.class);
  }

  @Test
  void formatsNumbersWithTheLocaleSeparators() {
    assertThat(RateFormat.count(659_245, RateFormat.VIETNAMESE)).isEqualTo("659.245");
    assertThat(RateFormat.count(7_520, Locale.ENGLISH)).isEqualTo("7,520");
    assertThat(RateFormat.count(12, Locale.ENGLISH)).isEqualTo("12");
    assertThat(RateFormat.count(123, Locale.ENGLISH)).isEqualTo("123");
    assertThat(RateFormat.count(0, Locale.ENGLISH)).isEqualTo("0");
    assertThat(RateFormat.count(-1_234, RateFormat.VIETNAMESE)).isEqualTo("-1.234");
    assertThat(RateFormat.count(Long.MIN_VALUE, Locale.ENGLISH))
        .isEqualTo("-9,223,372,036,854,775,808");
    assertThat(RateFormat.number(new BigDecimal("-1234.50"), RateFormat.VIETNAMESE))
        .isEqualTo("-1.234,50");
    assertThat(RateFormat.percent(new BigDecimal("3.45"), RateFormat.VIETNAMESE))
        .isEqualTo("3,45%");
    assertThat(RateFormat.percent(Rate.of(1, 3), Locale.ENGLISH, 1, RoundingMode.HALF_UP))
        .isEqualTo("33.3%");
    assertThat(RateFormat.percent(Rate.undefined(), Locale.ENGLISH, 1, RoundingMode.HALF_UP))
        .isEqualTo("no data");
    assertThat(RateFormat.noData(RateFormat.VIETNAMESE)).isEqualTo("không có dữ liệu");
    assertThat(RateFormat.isVietnamese(Locale.forLanguageTag("vi"))).isTrue();
    assertThat(RateFormat.isVietnamese(Locale.FRENCH)).isFalse();
  }
}
