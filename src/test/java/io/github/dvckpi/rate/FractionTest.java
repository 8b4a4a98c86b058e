package io.github.dvckpi.rate;

import static io.github.dvckpi.rate.RateFormat.ENGLISH;
import static io.github.dvckpi.rate.RateFormat.VIETNAMESE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Examples and laws of exact fractions. */
class FractionTest {

  private static Gen<Fraction> fractions() {
    return longs().between(-1_000_000, 1_000_000).zip(longs().between(1, 1_000_000), Fraction::of);
  }

  @Test
  void floorAndCeilingBracketTheValue() {
    qt().forAll(fractions())
        .checkAssert(
            f -> {
              Fraction floor = Fraction.of(f.floor(), BigInteger.ONE);
              Fraction ceiling = Fraction.of(f.ceiling(), BigInteger.ONE);
              assertThat(floor).isLessThanOrEqualTo(f);
              assertThat(ceiling).isGreaterThanOrEqualTo(f);
              assertThat(ceiling.minus(floor))
                  .isEqualTo(f.isInteger() ? Fraction.ZERO : Fraction.ONE);
            });
  }

  @Test
  void additionAndSubtractionAreInverse() {
    qt().forAll(fractions(), fractions())
        .checkAssert((a, b) -> assertThat(a.plus(b).minus(b)).isEqualTo(a));
  }

  @Test
  void exactDecimalsAreExact() {
    qt().forAll(fractions())
        .checkAssert(
            f -> f.toBigDecimalExact().ifPresent(d -> assertThat(Fraction.of(d)).isEqualTo(f)));
  }

  @Test
  void examples() {
    assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.of(1, 2));
    assertThat(Fraction.of(1, -2)).isEqualTo(Fraction.of(-1, 2));
    assertThat(Fraction.of(-1, 2).denominator()).isEqualTo(BigInteger.TWO);
    assertThat(Fraction.of(-1, 2).numerator()).isEqualTo(BigInteger.ONE.negate());
    assertThat(Fraction.of(new BigDecimal("15.7"))).isEqualTo(Fraction.of(157, 10));
    assertThat(Fraction.of(new BigDecimal("1E+2"))).isEqualTo(Fraction.of(100));
    assertThat(Fraction.of(Rate.of(9979, 10_000))).isEqualTo(Fraction.of(9979, 10_000));
    assertThat(Fraction.percentOf(Rate.of(9979, 10_000))).isEqualTo(Fraction.of(9979, 100));
    assertThatThrownBy(() -> Fraction.of(Rate.undefined())).hasMessageContaining("undefined");
    assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Fraction.ONE.dividedBy(Fraction.ZERO))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Fraction.of(1, 3).times(Fraction.of(3))).isEqualTo(Fraction.ONE);
    assertThat(Fraction.of(1, 3).dividedBy(Fraction.of(2, 3))).isEqualTo(Fraction.of(1, 2));
    assertThat(Fraction.of(1, 3).min(Fraction.of(1, 2))).isEqualTo(Fraction.of(1, 3));
    assertThat(Fraction.of(1, 3).max(Fraction.of(1, 2))).isEqualTo(Fraction.of(1, 2));
    assertThat(Fraction.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
    assertThat(Fraction.of(-7, 2).ceiling()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(Fraction.of(-7, 2).negate().signum()).isEqualTo(1);
    assertThat(Fraction.of(1, 3)).hasToString("1/3");
    assertThat(Fraction.of(157, 10)).hasToString("15.7");
    assertThat(Fraction.of(-3, 8).toBigDecimalExact()).contains(new BigDecimal("-0.375"));
    assertThat(Fraction.of(1, 3).toBigDecimal(4, RoundingMode.HALF_UP))
        .isEqualByComparingTo("0.3333");
    assertThat(Fraction.of(12345, 10).format(VIETNAMESE, 2, RoundingMode.HALF_UP))
        .isEqualTo("1.234,50");
    assertThat(Fraction.of(12345, 10).format(ENGLISH, 0, RoundingMode.HALF_UP)).isEqualTo("1,235");
    assertThatThrownBy(() -> Fraction.ONE.toBigDecimal(-1, RoundingMode.UP))
        .hasMessageContaining("scale");
    new EqualsTester()
        .addEqualityGroup(Fraction.of(1, 2), Fraction.of(2, 4))
        .addEqualityGroup(Fraction.of(1, 3))
        .addEqualityGroup(Fraction.of(2, 3))
        .testEquals();
  }
}
