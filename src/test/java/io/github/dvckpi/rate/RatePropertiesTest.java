package io.github.dvckpi.rate;

import static io.github.dvckpi.testing.DomainGen.definedRates;
import static io.github.dvckpi.testing.DomainGen.rates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of {@link Rate}, each a property checked on generated rates. */
class RatePropertiesTest {

  private static final Rate ZERO = Rate.of(0, 1);
  private static final Rate ONE = Rate.of(1, 1);

  /** Rates with counts anywhere in the long range, to exercise overflow-free comparison. */
  private static Gen<Rate> hugeRates() {
    Gen<Long> d = longs().between(1, Long.MAX_VALUE);
    Gen<Long> n = longs().between(0, Long.MAX_VALUE);
    return in -> {
      long den = d.generate(in);
      long num = n.generate(in);
      return num <= den ? Rate.of(num, den) : Rate.of(den, num);
    };
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static BigDecimal exactQuotient(Rate r) {
    return new BigDecimal(r.numerator())
        .divide(new BigDecimal(r.denominator()), MathContext.DECIMAL128);
  }

  @Test
  void rateLiesBetweenZeroAndOne() {
    qt().forAll(hugeRates())
        .checkAssert(
            r -> {
              assertThat(r.compareTo(ZERO)).isGreaterThanOrEqualTo(0);
              assertThat(r.compareTo(ONE)).isLessThanOrEqualTo(0);
              assertThat(r.percent(4, RoundingMode.HALF_UP))
                  .isBetween(BigDecimal.ZERO, HUNDRED.setScale(4));
            });
  }

  @Test
  void undefinedRateNeverComparesAsZeroOrHundredPercent() {
    qt().forAll(definedRates(1_000))
        .checkAssert(
            r -> {
              assertThat(Rate.undefined().isEqual(r)).isFalse();
              assertThat(r.isEqual(Rate.undefined())).isFalse();
              assertThat(Rate.undefined().compareTo(r)).isNegative();
              assertThat(r.compareTo(Rate.undefined())).isPositive();
            });
  }

  @Test
  void zeroOverZeroIsUndefined() {
    assertThat(Rate.of(0, 0).isUndefined()).isTrue();
    assertThat(Rate.of(0, 0)).isEqualTo(Rate.undefined());
    qt().forAll(definedRates(1_000)).check(r -> !r.isUndefined());
  }

  @Test
  void addingSuccessesNeverLowersTheRate() {
    qt().forAll(definedRates(1_000_000), longs().between(1, 1_000))
        .check(
            (r, k) ->
                Rate.of(r.numerator() + k, r.denominator() + k).compareTo(r) >= 0
                    && (r.numerator() == r.denominator()
                        || Rate.of(r.numerator() + 1, r.denominator()).isGreaterThan(r)));
  }

  @Test
  void addingFailuresNeverRaisesTheRate() {
    qt().forAll(definedRates(1_000_000), longs().between(1, 1_000))
        .check((r, k) -> Rate.of(r.numerator(), r.denominator() + k).compareTo(r) <= 0);
  }

  @Test
  void aggregateLiesBetweenThePartsMinimumAndMaximum() {
    qt().forAll(lists().of(definedRates(100_000)).ofSizeBetween(1, 20))
        .checkAssert(
            parts -> {
              Rate total = Rate.total(parts);
              assertThat(total.compareTo(Collections.min(parts))).isGreaterThanOrEqualTo(0);
              assertThat(total.compareTo(Collections.max(parts))).isLessThanOrEqualTo(0);
            });
  }

  @Test
  void totalOfNothingIsUndefined() {
    assertThat(Rate.total(List.of()).isUndefined()).isTrue();
    assertThat(Rate.total().isUndefined()).isTrue();
    qt().forAll(integers().between(0, 10))
        .check(n -> Rate.total(Collections.nCopies(n, Rate.undefined())).isUndefined());
  }

  @Test
  void compareToAgreesWithHighPrecisionDivision() {
    qt().forAll(hugeRates(), hugeRates())
        .check(
            (a, b) -> {
              int cross =
                  BigInteger.valueOf(a.numerator())
                      .multiply(BigInteger.valueOf(b.denominator()))
                      .compareTo(
                          BigInteger.valueOf(b.numerator())
                              .multiply(BigInteger.valueOf(a.denominator())));
              int decimal = exactQuotient(a).compareTo(exactQuotient(b));
              // 34 significant digits separate any two distinct quotients of longs
              return Integer.signum(a.compareTo(b)) == cross
                  && (cross == 0 || Integer.signum(decimal) == cross);
            });
  }

  @Test
  void compareToIsAntisymmetric() {
    qt().forAll(rates(1_000), rates(1_000))
        .check((a, b) -> Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)));
  }

  @Test
  void compareToIsTransitive() {
    qt().forAll(rates(50), rates(50), rates(50))
        .check((a, b, c) -> !(a.compareTo(b) <= 0 && b.compareTo(c) <= 0) || a.compareTo(c) <= 0);
  }

  @Test
  void scaledCountsAreEqualByValueButNotStructurally() {
    qt().forAll(definedRates(1_000_000), longs().between(2, 1_000))
        .check(
            (r, k) -> {
              Rate scaled = Rate.of(r.numerator() * k, r.denominator() * k);
              return scaled.isEqual(r) && !scaled.equals(r) && r.compareTo(scaled) == 0;
            });
  }

  @Test
  void equalRatesAreEqualByValueAndHashAlike() {
    qt().forAll(rates(1_000))
        .check(
            r -> {
              Rate copy = Rate.of(r.numerator(), r.denominator());
              return copy.equals(r) && copy.hashCode() == r.hashCode() && copy.isEqual(r);
            });
  }

  @Test
  void plusIsAssociative() {
    qt().forAll(rates(1_000_000), rates(1_000_000), rates(1_000_000))
        .check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))));
  }

  @Test
  void plusIsCommutative() {
    qt().forAll(rates(1_000_000), rates(1_000_000)).check((a, b) -> a.plus(b).equals(b.plus(a)));
  }

  @Test
  void undefinedIsTheIdentityOfPlus() {
    qt().forAll(rates(1_000_000))
        .check(r -> r.plus(Rate.undefined()).equals(r) && Rate.undefined().plus(r).equals(r));
  }

  @Test
  void totalIsIndependentOfOrder() {
    qt().forAll(lists().of(rates(10_000)).ofSizeBetween(0, 20), longs().all())
        .check(
            (parts, seed) -> {
              List<Rate> shuffled = new ArrayList<>(parts);
              Collections.shuffle(shuffled, new java.util.Random(seed));
              return Rate.total(shuffled).equals(Rate.total(parts));
            });
  }

  @Test
  void totalAgreesWithRepeatedPlus() {
    qt().forAll(lists().of(rates(10_000)).ofSizeBetween(0, 20))
        .check(
            parts -> Rate.total(parts).equals(parts.stream().reduce(Rate.undefined(), Rate::plus)));
  }

  @Test
  void percentAgreesWithIntegerOracle() {
    qt().forAll(definedRates(Long.MAX_VALUE / 100), integers().between(0, 6))
        .check(
            (r, scale) -> {
              // half-up by integer arithmetic: floor((2·n·100·10^s + d) / (2·d))
              BigInteger pow = BigInteger.TEN.pow(scale);
              BigInteger n = BigInteger.valueOf(r.numerator()).multiply(BigInteger.valueOf(100));
              BigInteger d = BigInteger.valueOf(r.denominator());
              BigInteger halfUp = n.multiply(pow).shiftLeft(1).add(d).divide(d.shiftLeft(1));
              return r.percent(scale, RoundingMode.HALF_UP).equals(new BigDecimal(halfUp, scale));
            });
  }

  @Test
  void percentRoundingBracketsTheExactValue() {
    qt().forAll(definedRates(1_000_000_000), integers().between(0, 4))
        .check(
            (r, scale) -> {
              BigDecimal down = r.percent(scale, RoundingMode.DOWN);
              BigDecimal up = r.percent(scale, RoundingMode.UP);
              BigDecimal exact = exactQuotient(r).multiply(HUNDRED);
              return down.compareTo(exact) <= 0
                  && up.compareTo(exact) >= 0
                  && up.subtract(down).compareTo(BigDecimal.ONE.movePointLeft(scale)) <= 0;
            });
  }

  @Test
  void complementIsAnInvolutionOverTheSamePopulation() {
    qt().forAll(rates(1_000_000))
        .check(
            r ->
                r.complement().complement().equals(r)
                    && r.complement().denominator() == r.denominator()
                    && r.complement().numerator() + r.numerator() == r.denominator());
  }

  @Test
  void complementReversesTheOrder() {
    qt().forAll(definedRates(10_000), definedRates(10_000))
        .check(
            (a, b) ->
                Integer.signum(a.compareTo(b))
                    == -Integer.signum(a.complement().compareTo(b.complement())));
  }

  @Test
  void vietnameseAndEnglishFormatsCarryTheSameDigits() {
    qt().forAll(rates(100_000_000))
        .check(
            r -> {
              String vi = r.format(RateFormat.VIETNAMESE).replace('.', '_').replace(',', '.');
              String en = r.format(RateFormat.ENGLISH).replace(',', '_');
              return r.isUndefined() || vi.equals(en);
            });
  }
}
