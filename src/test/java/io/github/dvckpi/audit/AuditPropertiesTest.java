package io.github.dvckpi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of the audit: no false alarms on anything the library prints, perturbations beyond the
 * printed precision flagged, exact searches agreeing with brute force, and a total parser.
 */
class AuditPropertiesTest {

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

  private static Gen<Locale> locales() {
    return arbitrary().pick(VI, EN);
  }

  private static Gen<Integer> scales() {
    return integers().between(0, 3);
  }

  private static String print(Rate r, Locale l, int scale) {
    return RateFormat.percent(r, l, scale, RoundingMode.HALF_UP);
  }

  /** The positions of the digits in a printed figure. */
  private static List<Integer> digitPositions(String s) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        at.add(i);
      }
    }
    return at;
  }

  /** The text with the digit at {@code position} replaced by another, chosen by {@code seed}. */
  private static String changeDigit(String s, int position, int seed) {
    int old = s.charAt(position) - '0';
    int fresh = (old + 1 + Math.floorMod(seed, 9)) % 10;
    return s.substring(0, position) + (char) ('0' + fresh) + s.substring(position + 1);
  }

  // ------------------------------------------------------------ no false alarms

  @Test
  void printedRatesAuditAsConsistentWithTheirCounts() {
    qt().forAll(rates(), locales(), scales())
        .checkAssert(
            (r, l, s) ->
                assertThat(FigureAudit.rate(print(r, l, s), r.numerator(), r.denominator()))
                    .matches(AuditResult::isConsistent));
  }

  @Test
  void printedAggregateOfPrintedPartsIsConsistent() {
    qt().forAll(lists().of(rates()).ofSizeBetween(1, 4), locales(), scales())
        .checkAssert(
            (parts, l, s) -> {
              String whole = print(Rate.total(parts), l, s);
              String[] printed = parts.stream().map(p -> print(p, l, s)).toArray(String[]::new);
              assertThat(FigureAudit.aggregate(whole, printed).isConsistent()).isTrue();
            });
  }

  @Test
  void countsThatPartitionATotalAuditAsConsistent() {
    qt().forAll(lists().of(longs().between(0, 10_000_000)).ofSizeBetween(0, 5), locales())
        .checkAssert(
            (parts, l) -> {
              long total = parts.stream().mapToLong(Long::longValue).sum();
              long[] ps = parts.stream().mapToLong(Long::longValue).toArray();
              assertThat(FigureAudit.partition(total, ps).isConsistent()).isTrue();
              String[] printed =
                  parts.stream().map(p -> RateFormat.count(p, l)).toArray(String[]::new);
              assertThat(FigureAudit.partition(RateFormat.count(total, l), printed).isConsistent())
                  .isTrue();
            });
  }

  @Test
  void printedSharesOfOnePartitionAuditAsConsistent() {
    qt().forAll(lists().of(longs().between(0, 100_000)).ofSizeBetween(1, 5), locales(), scales())
        .checkAssert(
            (counts, l, s) -> {
              long total = counts.stream().mapToLong(Long::longValue).sum();
              if (total == 0) {
                return;
              }
              String[] printed =
                  counts.stream().map(c -> print(Rate.of(c, total), l, s)).toArray(String[]::new);
              assertThat(FigureAudit.shares(printed).isConsistent()).isTrue();
            });
  }

  @Test
  void printedIndexComponentsAuditAsConsistentWithTheirPrintedTotal() {
    Gen<List<Integer>> thousandths = lists().of(integers().between(0, 1000)).ofSize(6);
    qt().forAll(thousandths, locales(), integers().between(0, 2))
        .checkAssert(
            (per, l, s) -> {
              String[] components = new String[6];
              BigDecimal total = BigDecimal.ZERO;
              for (int i = 0; i < 6; i++) {
                // the exact points: a fraction of the maximum, in thousandths of a point
                BigDecimal points = BigDecimal.valueOf((long) per.get(i) * MAXIMA_766[i], 3);
                total = total.add(points);
                components[i] =
                    RateFormat.number(points.setScale(s, RoundingMode.HALF_UP), l)
                        + "/"
                        + MAXIMA_766[i];
              }
              String printedTotal = RateFormat.number(total.setScale(2, RoundingMode.HALF_UP), l);
              assertThat(FigureAudit.indexScore(printedTotal, components).isConsistent()).isTrue();
            });
  }

  // ------------------------------------------------------------ perturbations are flagged

  @Test
  void anyDigitChangedInAPrintedRateIsFlagged() {
    qt().forAll(rates(), locales(), scales(), integers().all())
        .checkAssert(
            (r, l, s, seed) -> {
              String printed = print(r, l, s);
              List<Integer> digits = digitPositions(printed);
              String changed =
                  changeDigit(printed, digits.get(Math.floorMod(seed, digits.size())), seed / 7);
              if (new BigDecimal(changed.replace("%", "").replace(',', '.'))
                      .compareTo(BigDecimal.valueOf(100))
                  > 0) {
                return; // not a rate at all
              }
              assertThat(FigureAudit.rate(changed, r.numerator(), r.denominator()).isConsistent())
                  .as("%s for %s", changed, r)
                  .isFalse();
            });
  }

  @Test
  void anyDigitChangedInAPrintedCountIsFlagged() {
    qt().forAll(
            lists().of(longs().between(0, 10_000_000)).ofSizeBetween(1, 5),
            locales(),
            integers().all())
        .checkAssert(
            (parts, l, seed) -> {
              long total = parts.stream().mapToLong(Long::longValue).sum();
              String printed = RateFormat.count(total, l);
              List<Integer> digits = digitPositions(printed);
              String changed =
                  changeDigit(printed, digits.get(Math.floorMod(seed, digits.size())), seed / 11);
              String[] ps = parts.stream().map(p -> RateFormat.count(p, l)).toArray(String[]::new);
              assertThat(FigureAudit.partition(changed, ps).isConsistent())
                  .as("%s = %s", changed, parts)
                  .isFalse();
            });
  }

  @Test
  void aShareChangedByMoreThanTheSharesTolerateIsFlagged() {
    qt().forAll(
            lists().of(longs().between(0, 100_000)).ofSizeBetween(1, 4),
            locales(),
            scales(),
            integers().all())
        .checkAssert(
            (counts, l, s, seed) -> {
              long total = counts.stream().mapToLong(Long::longValue).sum();
              if (total == 0) {
                return;
              }
              List<String> printed = new ArrayList<>();
              counts.forEach(c -> printed.add(print(Rate.of(c, total), l, s)));
              int which = Math.floorMod(seed, printed.size());
              String share = printed.get(which);
              // a digit worth at least ten units of the last one: more than the k <= 4 shares'
              // combined half-units
              List<Integer> digits = digitPositions(share);
              List<Integer> heavy = digits.subList(0, digits.size() - 1);
              if (heavy.isEmpty()) {
                return;
              }
              String changed =
                  changeDigit(share, heavy.get(Math.floorMod(seed / 5, heavy.size())), seed / 13);
              if (new BigDecimal(changed.replace("%", "").replace(',', '.'))
                      .compareTo(BigDecimal.valueOf(100))
                  > 0) {
                return;
              }
              printed.set(which, changed);
              assertThat(FigureAudit.shares(printed.toArray(String[]::new)).isConsistent())
                  .as("%s", printed)
                  .isFalse();
            });
  }

  @Test
  void anIndexTotalChangedInItsWholePointsIsFlagged() {
    Gen<List<Integer>> thousandths = lists().of(integers().between(0, 1000)).ofSize(6);
    qt().forAll(thousandths, locales(), integers().all())
        .checkAssert(
            (per, l, seed) -> {
              String[] components = new String[6];
              BigDecimal total = BigDecimal.ZERO;
              for (int i = 0; i < 6; i++) {
                BigDecimal points = BigDecimal.valueOf((long) per.get(i) * MAXIMA_766[i], 3);
                total = total.add(points);
                components[i] =
                    RateFormat.number(points.setScale(1, RoundingMode.HALF_UP), l)
                        + "/"
                        + MAXIMA_766[i];
              }
              String printed = RateFormat.number(total.setScale(2, RoundingMode.HALF_UP), l);
              // the digits before the decimal point are worth at least one point, more than the
              // six components' half-tenths and the total's half-hundredth together
              List<Integer> digits = digitPositions(printed);
              List<Integer> whole = digits.subList(0, digits.size() - 2);
              String changed =
                  changeDigit(printed, whole.get(Math.floorMod(seed, whole.size())), seed / 3);
              assertThat(FigureAudit.indexScore(changed, components).isConsistent())
                  .as("%s vs %s", changed, List.of(components))
                  .isFalse();
            });
  }

  @Test
  void anAggregateMovedAUnitBeyondItsPartsIsFlagged() {
    qt().forAll(lists().of(rates()).ofSizeBetween(1, 4), locales(), scales(), integers().all())
        .checkAssert(
            (parts, l, s, seed) -> {
              String whole = print(Rate.total(parts), l, s);
              List<Integer> digits = digitPositions(whole);
              String changed =
                  changeDigit(whole, digits.get(Math.floorMod(seed, digits.size())), seed / 7);
              BigDecimal value = new BigDecimal(changed.replace("%", "").replace(',', '.'));
              if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
                return;
              }
              BigDecimal unit = BigDecimal.ONE.movePointLeft(s);
              BigDecimal min =
                  parts.stream()
                      .map(p -> p.percent(s, RoundingMode.HALF_UP))
                      .min(BigDecimal::compareTo)
                      .orElseThrow();
              BigDecimal max =
                  parts.stream()
                      .map(p -> p.percent(s, RoundingMode.HALF_UP))
                      .max(BigDecimal::compareTo)
                      .orElseThrow();
              String[] printed = parts.stream().map(p -> print(p, l, s)).toArray(String[]::new);
              boolean beyond =
                  value.compareTo(max.add(unit)) >= 0 || value.compareTo(min.subtract(unit)) <= 0;
              if (beyond) {
                assertThat(FigureAudit.aggregate(changed, printed).isConsistent())
                    .as("%s of %s", changed, List.of(printed))
                    .isFalse();
              }
            });
  }

  // ------------------------------------------------------------ exact searches

  /** The fewest dossiers behind a figure, by scanning every denominator from 1. */
  static Rate bruteSmallest(PublishedFigure f) {
    Interval set = f.interval();
    for (long d = 1; ; d++) {
      // the smallest numerator over d that can lie in the set is one of these two
      long first = set.lower().times(Ratio.of(d, 100)).floor().longValueExact();
      for (long n = first; n <= Math.min(first + 1, d); n++) {
        if (set.contains(Ratio.of(n, d).times(Ratio.HUNDRED))) {
          return Rate.of(n, d);
        }
      }
    }
  }

  @Test
  void smallestCountsAgreeWithBruteForceForEveryTwoDecimalRate() {
    qt().withExamples(3_000)
        .forAll(integers().between(0, 10_000), arbitrary().enumValues(Rounding.class))
        .checkAssert(
            (hundredths, rounding) -> {
              PublishedFigure f =
                  PublishedFigure.parse(BigDecimal.valueOf(hundredths, 2).toPlainString() + "%")
                      .withRounding(rounding);
              Rate smallest = FigureAudit.smallestCounts(f);
              Rate brute = bruteSmallest(f);
              assertThat(smallest).as("%s", f).isEqualTo(brute);
              assertThat(f.contains(smallest)).isTrue();
            });
  }

  @Test
  void smallestCountsOfBoundsAgreeWithBruteForce() {
    qt().forAll(integers().between(0, 9_999), arbitrary().pick("trên ", "dưới ", "gần ", "khoảng "))
        .checkAssert(
            (hundredths, word) -> {
              String text = word + BigDecimal.valueOf(hundredths, 2).toPlainString() + "%";
              PublishedFigure f;
              try {
                f = PublishedFigure.parse(text);
              } catch (FigureParseException empty) {
                return; // "dưới 0%"
              }
              assertThat(FigureAudit.smallestCounts(f)).as(text).isEqualTo(bruteSmallest(f));
            });
  }

  @Test
  void countRangeSearchAgreesWithBruteForce() {
    Gen<Integer> small = integers().between(0, 60);
    qt().withExamples(500)
        .forAll(
            integers().between(0, 10_000),
            lists().of(small).ofSize(4),
            integers().between(0, 2),
            arbitrary().enumValues(Rounding.class))
        .checkAssert(
            (hundredths, ends, scale, rounding) -> {
              BigDecimal p = BigDecimal.valueOf(hundredths, 2).setScale(scale, RoundingMode.DOWN);
              PublishedFigure f =
                  PublishedFigure.parse(p.toPlainString() + "%").withRounding(rounding);
              Interval set = f.interval().times(Ratio.of(1, 100));
              long n1 = ends.get(0);
              long n2 = n1 + ends.get(1);
              long d1 = ends.get(2);
              long d2 = d1 + ends.get(3);
              CountSearch.Pair w =
                  CountSearch.witness(
                      set,
                      BigInteger.valueOf(n1),
                      BigInteger.valueOf(n2),
                      BigInteger.valueOf(d1),
                      BigInteger.valueOf(d2));
              long @Nullable [] brute = null;
              for (long d = Math.max(1, d1); d <= d2 && brute == null; d++) {
                for (long n = n1; n <= n2; n++) {
                  if (set.contains(Ratio.of(n, d))) {
                    brute = new long[] {n, d};
                    break;
                  }
                }
              }
              if (brute == null || w == null) {
                assertThat(w).isNull();
                assertThat(brute).isNull();
              } else {
                assertThat(w.numerator().longValue()).isEqualTo(brute[0]);
                assertThat(w.denominator().longValue()).isEqualTo(brute[1]);
              }
            });
  }

  @Test
  void floorSumEqualsTheSumOfFloors() {
    qt().forAll(
            integers().between(0, 200),
            integers().between(1, 1000),
            integers().between(-5000, 5000),
            integers().between(-5000, 5000))
        .checkAssert(
            (n, m, a, b) -> {
              long sum = 0;
              for (long i = 0; i < n; i++) {
                sum += Math.floorDiv(a * i + b, (long) m);
              }
              assertThat(
                      CountSearch.floorSum(
                          BigInteger.valueOf(n),
                          BigInteger.valueOf(m),
                          BigInteger.valueOf(a),
                          BigInteger.valueOf(b)))
                  .isEqualTo(BigInteger.valueOf(sum));
            });
  }

  // ------------------------------------------------------------ parsing

  @Test
  void parsingRoundTripsEveryPrintedRate() {
    qt().forAll(rates(), locales(), scales(), booleans().all())
        .checkAssert(
            (r, l, s, hinted) -> {
              String printed = print(r, l, s);
              PublishedFigure f =
                  hinted ? PublishedFigure.parse(printed, l) : PublishedFigure.parse(printed);
              assertThat(f.kind()).isEqualTo(PublishedFigure.Kind.RATE);
              assertThat(f.value()).isEqualTo(r.percent(s, RoundingMode.HALF_UP));
              assertThat(f.contains(r)).isTrue();
              assertThat(PublishedFigure.parse(f.format(l), l)).isEqualTo(f);
            });
  }

  @Test
  void parsingRoundTripsEveryPrintedCount() {
    qt().forAll(longs().between(0, Long.MAX_VALUE / 2), locales())
        .checkAssert(
            (c, l) -> {
              String printed = RateFormat.count(c, l);
              PublishedFigure hinted = PublishedFigure.parse(printed, l);
              assertThat(hinted.value()).isEqualByComparingTo(BigDecimal.valueOf(c));
              assertThat(hinted.isExact()).isTrue();
              assertThat(PublishedFigure.parseCount(printed)).isEqualTo(hinted);
              assertThat(PublishedFigure.parse(hinted.format(l), l)).isEqualTo(hinted);
            });
  }

  @Test
  void parsingRoundTripsEveryFormattedFigure() {
    Gen<String> words =
        arbitrary()
            .pick(
                "", "đạt ", "trên ", "hơn ", "gần ", "khoảng ", "dưới ", "over ", "nearly ",
                "about ", "under ");
    Gen<String> units =
        arbitrary().pick("%", " nghìn", " triệu", " tỷ", " thousand", " million", " billion", "");
    qt().forAll(words, integers().between(1, 99_999), integers().between(0, 3), units)
        .checkAssert(
            (word, digits, scale, unit) -> {
              String text =
                  word + BigDecimal.valueOf(digits, scale).toPlainString().replace('.', ',') + unit;
              if (unit.startsWith(" t") && !unit.equals(" thousand")
                  || unit.equals(" nghìn")
                  || unit.equals(" tỷ")) {
                text = text.replace('.', ','); // Vietnamese words, Vietnamese decimal comma
              }
              PublishedFigure f;
              try {
                f = PublishedFigure.parse(text, VI);
              } catch (FigureParseException outOfRange) {
                return; // above 100%, or nothing below 0
              }
              for (Locale l : List.of(VI, EN)) {
                assertThat(PublishedFigure.parse(f.format(l), l)).as("%s in %s", f, l).isEqualTo(f);
              }
            });
  }

  @Test
  void theParserThrowsOnlyItsDocumentedException() {
    Gen<String> tokens =
        arbitrary()
            .pick(
                "0", "1", "7", "9", ".", ",", "%", " ", "trên", "hơn", "gần", "đạt", "khoảng",
                "nghìn", "triệu", "tỷ", "million", "over", "-", "/", "\u00A0", "e", "∞", "١");
    Gen<String> grammarish = lists().of(tokens).ofSizeBetween(0, 8).map(ts -> String.join("", ts));
    Gen<String> any = strings().allPossible().ofLengthBetween(0, 30);
    qt().withExamples(2_000)
        .forAll(grammarish.mix(any), locales())
        .checkAssert(
            (text, l) -> {
              for (Runnable parse :
                  List.<Runnable>of(
                      () -> PublishedFigure.parse(text),
                      () -> PublishedFigure.parse(text, l),
                      () -> PublishedFigure.parseCount(text))) {
                try {
                  parse.run();
                } catch (FigureParseException expected) {
                  assertThat(expected.input()).isEqualTo(text);
                  assertThat(expected.getMessage()).contains(text);
                }
              }
              assertThatCode(() -> {}).doesNotThrowAnyException();
            });
  }
}
