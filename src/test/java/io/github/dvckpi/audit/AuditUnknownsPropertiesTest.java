package io.github.dvckpi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.Range;
import io.github.dvckpi.audit.Finding.Kind;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of audits with unknowns: no false alarm whatever is hidden, hiding more never makes a
 * feasible set of figures infeasible, reported ranges are tight, and the mean-of-rates finding
 * appears exactly when the figure is the mean and not the pooled rate.
 */
class AuditUnknownsPropertiesTest {

  private static final Locale VI = RateFormat.VIETNAMESE;
  private static final Locale EN = RateFormat.ENGLISH;
  private static final int[] MAXIMA_766 = {18, 20, 12, 10, 18, 22};

  /** A rate with counts up to a million. */
  private static Gen<Rate> rates() {
    Gen<Long> d = longs().between(1, 1_000_000);
    Gen<Long> n = longs().between(0, 1_000_000);
    return in -> {
      long den = d.generate(in);
      return Rate.of(n.generate(in) % (den + 1), den);
    };
  }

  /** Parts of an aggregate as counts, denominators up to 1.000. */
  private static Gen<List<Rate>> smallParts() {
    Gen<Long> d = longs().between(1, 1000);
    Gen<Long> n = longs().between(0, 1000);
    Gen<Rate> part =
        in -> {
          long den = d.generate(in);
          return Rate.of(n.generate(in) % (den + 1), den);
        };
    return lists().of(part).ofSizeBetween(1, 4);
  }

  private static Gen<Locale> locales() {
    return arbitrary().pick(VI, EN);
  }

  private static Gen<Integer> scales() {
    return integers().between(0, 3);
  }

  private static String print(Rate r, Locale l, int scale) {
    return RateFormat.percent(r, l, scale, RoundingMode.HALF_UP);
  }

  private static long low(Range<BigDecimal> r) {
    return r.lowerEndpoint().longValueExact();
  }

  private static long high(Range<BigDecimal> r) {
    return r.upperEndpoint().longValueExact();
  }

  // ------------------------------------------------------------ no false alarm

  @Test
  void noFalseAlarmWithTheDenominatorHidden() {
    qt().forAll(rates(), locales(), scales())
        .checkAssert(
            (r, l, s) -> {
              AuditResult a = FigureAudit.rate(print(r, l, s), r.numerator());
              assertThat(a.isConsistent()).as("%s", a).isTrue();
              assertThat(a.unknown("d").orElseThrow().contains(BigDecimal.valueOf(r.denominator())))
                  .as("%s for %s", a, r)
                  .isTrue();
            });
  }

  @Test
  void noFalseAlarmWithTheNumeratorHidden() {
    qt().forAll(rates(), locales(), scales())
        .checkAssert(
            (r, l, s) -> {
              AuditResult a = FigureAudit.rateDenominator(print(r, l, s), r.denominator());
              assertThat(a.isConsistent()).as("%s", a).isTrue();
              assertThat(a.unknown("n").orElseThrow().contains(BigDecimal.valueOf(r.numerator())))
                  .isTrue();
            });
  }

  @Test
  void noFalseAlarmWithTheSharedBaseHidden() {
    // x of the N received were resolved; m of the x resolved were late; k of the x were online
    qt().forAll(
            longs().between(1, 1_000_000),
            longs().between(0, Long.MAX_VALUE),
            longs().between(0, Long.MAX_VALUE),
            scales())
        .checkAssert(
            (received, a, b, s) -> {
              Locale l = (b & 1) == 0 ? VI : EN;
              long x = 1 + Math.floorMod(a, received);
              long late = Math.floorMod(b, x + 1);
              long online = Math.floorMod(a ^ b, x + 1);
              AuditResult r =
                  FigureAudit.sharedDenominator(
                      print(Rate.of(x, received), l, s) + " of " + received,
                      print(Rate.of(x - late, x), l, s) + " with " + late + " late",
                      print(Rate.of(online, x), l, s) + " is " + online);
              assertThat(r.isConsistent()).as("%s", r).isTrue();
              assertThat(r.unknown("x").orElseThrow().contains(BigDecimal.valueOf(x))).isTrue();
            });
  }

  @Test
  void noFalseAlarmForACumulativeCountOfItsParts() {
    qt().forAll(
            lists().of(longs().between(0, 1_000_000)).ofSizeBetween(0, 5),
            longs().between(0, 1_000_000),
            locales())
        .checkAssert(
            (parts, rest, l) -> {
              long total = rest + parts.stream().mapToLong(Long::longValue).sum();
              String[] ps = parts.stream().map(p -> RateFormat.count(p, l)).toArray(String[]::new);
              assertThat(FigureAudit.cumulative(RateFormat.count(total, l), ps).isConsistent())
                  .isTrue();
            });
  }

  @Test
  void aCumulativeCountBelowItsPartsIsAlwaysFlagged() {
    qt().forAll(
            lists().of(longs().between(0, 1_000_000)).ofSizeBetween(1, 5),
            longs().between(1, 1_000_000))
        .checkAssert(
            (parts, gap) -> {
              long sum = parts.stream().mapToLong(Long::longValue).sum();
              if (sum < gap) {
                return;
              }
              String[] ps = parts.stream().map(String::valueOf).toArray(String[]::new);
              assertThat(
                      FigureAudit.cumulative(String.valueOf(sum - gap), ps)
                          .findings(Kind.CUMULATIVE_BELOW_PARTS))
                  .hasSize(1);
            });
  }

  /** Index components in thousandths of their maxima, which of them hidden, and a total scale. */
  private static String[] index(List<Integer> per, int hidden, int scale, Locale l) {
    String[] out = new String[7];
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < 6; i++) {
      BigDecimal points = BigDecimal.valueOf((long) per.get(i) * MAXIMA_766[i], 3);
      total = total.add(points);
      out[i + 1] =
          ((hidden >> i) & 1) == 1
              ? "?/" + MAXIMA_766[i]
              : RateFormat.number(points.setScale(scale, RoundingMode.HALF_UP), l)
                  + "/"
                  + MAXIMA_766[i];
    }
    out[0] = RateFormat.number(total.setScale(2, RoundingMode.HALF_UP), l);
    return out;
  }

  private static AuditResult audit(String[] index) {
    return FigureAudit.indexScore(index[0], List.of(index).subList(1, 7).toArray(String[]::new));
  }

  @Test
  void noFalseAlarmWithAnySubsetOfIndexComponentsHidden() {
    Gen<List<Integer>> thousandths = lists().of(integers().between(0, 1000)).ofSize(6);
    qt().forAll(thousandths, integers().between(0, 63), locales(), integers().between(0, 2))
        .checkAssert(
            (per, hidden, l, s) -> {
              AuditResult r = audit(index(per, hidden, s, l));
              assertThat(r.isConsistent()).as("%s", r).isTrue();
              for (int i = 0; i < 6; i++) {
                if (((hidden >> i) & 1) == 1) {
                  BigDecimal truth = BigDecimal.valueOf((long) per.get(i) * MAXIMA_766[i], 3);
                  assertThat(r.unknown("c" + (i + 1)).orElseThrow().contains(truth))
                      .as("%s: c%s = %s", r, i + 1, truth)
                      .isTrue();
                }
              }
            });
  }

  @Test
  void hidingMoreIndexComponentsNeverMakesAFeasibleTotalInfeasible() {
    Gen<List<Integer>> thousandths = lists().of(integers().between(0, 1000)).ofSize(6);
    qt().forAll(
            thousandths,
            integers().between(0, 63),
            integers().between(0, 63),
            integers().between(-3000, 3000))
        .checkAssert(
            (per, hidden, more, shift) -> {
              // a total moved by up to ±30 points: feasible or not, hiding more cannot break it
              String[] fewer = index(per, hidden, 1, VI);
              String[] moreHidden = index(per, hidden | more, 1, VI);
              BigDecimal moved =
                  new BigDecimal(fewer[0].replace(',', '.')).add(BigDecimal.valueOf(shift, 2));
              if (moved.signum() < 0 || moved.compareTo(BigDecimal.valueOf(100)) > 0) {
                return;
              }
              fewer[0] = RateFormat.number(moved, VI);
              moreHidden[0] = fewer[0];
              if (audit(fewer).isConsistent()) {
                assertThat(audit(moreHidden).isConsistent()).isTrue();
              }
            });
  }

  @Test
  void hidingTheNumeratorOrTheDenominatorNeverMakesAFeasibleRateInfeasible() {
    qt().forAll(rates(), longs().between(0, 1_000_000), locales(), scales())
        .checkAssert(
            (r, d, l, s) -> {
              // the printed rate against the true numerator and any denominator
              String p = print(r, l, s);
              if (FigureAudit.rate(p, r.numerator(), d).isConsistent()) {
                assertThat(FigureAudit.rate(p, r.numerator()).isConsistent()).isTrue();
                assertThat(FigureAudit.rateDenominator(p, d).isConsistent()).isTrue();
              }
            });
  }

  // ------------------------------------------------------------ tight ranges

  @Test
  void theDenominatorRangeIsTight() {
    qt().forAll(rates(), locales(), scales())
        .checkAssert(
            (r, l, s) -> {
              String p = print(r, l, s);
              long n = r.numerator();
              Range<BigDecimal> d = FigureAudit.rate(p, n).unknown("d").orElseThrow();
              long lo = low(d);
              assertThat(FigureAudit.rate(p, n, lo).isConsistent()).isTrue();
              assertThat(FigureAudit.rate(p, n, lo - 1).isConsistent()).isFalse();
              if (d.hasUpperBound()) {
                long hi = high(d);
                assertThat(FigureAudit.rate(p, n, hi).isConsistent()).isTrue();
                assertThat(FigureAudit.rate(p, n, hi + 1).isConsistent()).isFalse();
              } else {
                assertThat(FigureAudit.rate(p, n, lo + 1_000_000_000L).isConsistent()).isTrue();
              }
            });
  }

  @Test
  void theNumeratorRangeIsTight() {
    qt().forAll(rates(), locales(), scales())
        .checkAssert(
            (r, l, s) -> {
              String p = print(r, l, s);
              long d = r.denominator();
              Range<BigDecimal> n = FigureAudit.rateDenominator(p, d).unknown("n").orElseThrow();
              assertThat(FigureAudit.rate(p, low(n), d).isConsistent()).isTrue();
              assertThat(FigureAudit.rate(p, high(n), d).isConsistent()).isTrue();
              if (low(n) > 0) {
                assertThat(FigureAudit.rate(p, low(n) - 1, d).isConsistent()).isFalse();
              }
              assertThat(FigureAudit.rate(p, high(n) + 1, d).isConsistent()).isFalse();
            });
  }

  @Test
  void theSharedBaseRangeIsTight() {
    qt().forAll(longs().between(1, 100_000), longs().between(0, Long.MAX_VALUE), scales())
        .checkAssert(
            (received, a, s) -> {
              long x = 1 + Math.floorMod(a, received);
              long late = Math.floorMod(a / 7, x + 1);
              String first = print(Rate.of(x, received), VI, s);
              String second = print(Rate.of(x - late, x), VI, s);
              Range<BigDecimal> range =
                  FigureAudit.sharedDenominator(first + " of " + received, second + " with " + late)
                      .unknown("x")
                      .orElseThrow();
              for (long end : new long[] {low(range), high(range)}) {
                assertThat(FigureAudit.rate(first, end, received).isConsistent()).isTrue();
                assertThat(FigureAudit.rate(second, end - late, end).isConsistent()).isTrue();
              }
              long below = low(range) - 1;
              long above = high(range) + 1;
              assertThat(
                      below >= Math.max(late, 1)
                          && FigureAudit.rate(first, below, received).isConsistent()
                          && FigureAudit.rate(second, below - late, below).isConsistent())
                  .isFalse();
              assertThat(
                      FigureAudit.rate(first, above, received).isConsistent()
                          && FigureAudit.rate(second, above - late, above).isConsistent())
                  .isFalse();
            });
  }

  // ------------------------------------------------------------ the computation finder

  @Test
  void theMeanOfRatesFindingAppearsExactlyWhenTheFigureIsTheMeanAndNotThePooledRate() {
    qt().forAll(smallParts(), scales(), integers().between(0, 2), rates())
        .checkAssert(
            (parts, s, which, other) -> {
              Rate pooled = Rate.total(parts);
              long product = 1;
              for (Rate p : parts) {
                product *= p.denominator();
              }
              long sum = 0;
              for (Rate p : parts) {
                sum += p.numerator() * (product / p.denominator());
              }
              Rate mean = Rate.of(sum, product * parts.size());
              Rate shown = which == 0 ? pooled : which == 1 ? mean : other;
              String published = print(shown, VI, s);
              PublishedFigure f = PublishedFigure.parse(published);
              String[] counts =
                  parts.stream()
                      .map(p -> p.numerator() + "/" + p.denominator())
                      .toArray(String[]::new);
              AuditResult r = FigureAudit.aggregateOfCounts(published, counts);
              boolean expected = f.contains(mean) && !f.contains(pooled);
              assertThat(r.findings(Kind.MEAN_OF_RATES).isEmpty())
                  .as("%s: mean %s, pooled %s", r, mean, pooled)
                  .isEqualTo(!expected);
              assertThat(r.isConsistent()).isEqualTo(f.contains(pooled));
            });
  }

  @Test
  void theFloatingPointTieIsNamedExactlyForAnExactHalfPrintedDown() {
    qt().forAll(rates(), scales())
        .checkAssert(
            (r, s) -> {
              // the percent with one digit more than printed, truncated, and whether that is exact
              BigInteger[] qr =
                  BigInteger.valueOf(r.numerator())
                      .multiply(BigInteger.TEN.pow(s + 3))
                      .divideAndRemainder(BigInteger.valueOf(r.denominator()));
              boolean tie = qr[1].signum() == 0 && qr[0].mod(BigInteger.TEN).intValue() == 5;
              BigDecimal down = new BigDecimal(qr[0], s + 1).setScale(s, RoundingMode.DOWN);
              String printed = RateFormat.percent(down, VI);
              assertThat(
                      FigureAudit.rate(printed, r.numerator(), r.denominator())
                          .findings(Kind.FLOATING_POINT_TIE)
                          .isEmpty())
                  .as("%s printed %s", r, printed)
                  .isEqualTo(!tie);
            });
  }
}
