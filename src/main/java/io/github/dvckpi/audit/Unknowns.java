package io.github.dvckpi.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import io.github.dvckpi.audit.Finding.Kind;
import io.github.dvckpi.audit.Finding.Severity;
import io.github.dvckpi.words.Words;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks with unknowns behind {@link FigureAudit#rate(String, long)}, {@link
 * FigureAudit#rateDenominator(String, long)}, {@link FigureAudit#sharedDenominator(String...)},
 * {@link FigureAudit#cumulative(String, String...)} and {@link
 * FigureAudit#aggregateOfCounts(String, String...)}: exact interval arithmetic on the printed sets,
 * whole numbers found by rounding the ends of those intervals inward, never by scanning and never
 * in floating point. Sentences come from the message resources ({@code audit.unknown.*}).
 * Package-private, stateless.
 */
final class Unknowns {

  private static final Locale VI = Texts.VI;
  private static final Locale EN = Texts.EN;
  private static final Ratio HUNDREDTH = Ratio.of(1, 100);
  private static final Interval UNIT = Interval.closed(Ratio.ZERO, Ratio.ONE);

  /** "95,0% of 10.000", "99,0% with 150 late", "99,0% is 9.900", and their Vietnamese forms. */
  private static final Pattern RELATION =
      Pattern.compile(
          "(?iu)^\\s*(.*?%)\\s*(of|của|with|với|is|là)\\s+(\\S+)(?:\\s+.*)?$", Pattern.DOTALL);

  private Unknowns() {}

  // ---------------------------------------------------------------- sentences

  /** A finding whose two sentences are the resource {@code key} with per-language arguments. */
  static Finding say(
      Kind kind, Severity severity, String key, Function<Locale, List<Object>> args) {
    return new Finding(
        kind,
        severity,
        Words.of(VI).text(key, args.apply(VI)),
        Words.of(EN).text(key, args.apply(EN)));
  }

  /** A closed whole range, upper end null when unbounded. */
  record Whole(BigInteger low, @Nullable BigInteger high) {

    static @Nullable Whole of(Interval real) {
      BigInteger lo = real.lowestInteger();
      BigInteger hi = real.highestInteger();
      return hi != null && lo.compareTo(hi) > 0 ? null : new Whole(lo, hi);
    }

    Interval interval() {
      BigInteger h = high;
      return new Interval(Ratio.of(low), true, h == null ? null : Ratio.of(h), true);
    }

    Range<BigDecimal> range() {
      BigInteger h = high;
      return h == null
          ? Range.atLeast(new BigDecimal(low))
          : Range.closed(new BigDecimal(low), new BigDecimal(h));
    }

    String format(Locale l) {
      return Texts.interval(interval(), false, l);
    }

    BigInteger size() {
      return requireNonNull(high).subtract(low).add(BigInteger.ONE);
    }
  }

  /** An interval of exact decimals as a Guava range, its ends open or closed as they are. */
  static Range<BigDecimal> range(Interval set) {
    BigDecimal lo = decimal(set.lower());
    Ratio u = set.upper();
    BoundType loType = set.lowerClosed() ? BoundType.CLOSED : BoundType.OPEN;
    if (u == null) {
      return Range.downTo(lo, loType);
    }
    return Range.range(
        lo, loType, decimal(u), set.upperClosed() ? BoundType.CLOSED : BoundType.OPEN);
  }

  /** A ratio whose decimal expansion ends (a sum of printed decimals) as a decimal. */
  private static BigDecimal decimal(Ratio r) {
    for (int scale = 0; ; scale++) {
      if (r.isExactAt(scale)) {
        return r.toDecimal(scale, RoundingMode.UNNECESSARY);
      }
      if (scale > 40) {
        throw new ArithmeticException("no finite decimal: " + r);
      }
    }
  }

  /** The rate a figure stands for, as a set of ratios within [0, 1]. */
  static Interval ratios(PublishedFigure rate) {
    return rate.interval().times(HUNDREDTH).intersect(UNIT);
  }

  /**
   * The real denominators d &gt;= 1 with n/d in {@code q} (a subset of [0, 1]), as an interval;
   * null when no positive real works at all.
   */
  static @Nullable Interval denominators(BigInteger n, Interval q) {
    if (q.isEmpty()) {
      return null;
    }
    Interval atLeastOne = new Interval(Ratio.ONE, true, null, false);
    if (n.signum() == 0) {
      return q.contains(Ratio.ZERO) ? atLeastOne : null;
    }
    Ratio hi = requireNonNull(q.upper());
    if (hi.signum() == 0) {
      return null;
    }
    Ratio nr = Ratio.of(n);
    Ratio lo = q.lower();
    Interval d =
        new Interval(
            nr.divide(hi),
            q.upperClosed(),
            lo.signum() == 0 ? null : nr.divide(lo),
            lo.signum() == 0 || q.lowerClosed());
    return d.intersect(atLeastOne);
  }

  // ---------------------------------------------------------------- rate, unknown denominator

  static AuditResult rate(String check, PublishedFigure p, long n) {
    if (n < 0) {
      throw new IllegalArgumentException("a count must be >= 0, got " + n);
    }
    List<Finding> out = new ArrayList<>();
    Map<String, Range<BigDecimal>> ranges = new LinkedHashMap<>();
    BigInteger nb = BigInteger.valueOf(n);
    Whole w = denominatorReading(p, nb, true, out);
    if (w != null) {
      ranges.put("d", w.range());
    }
    if (p.qualifier().isBound()) {
      denominatorReading(p.asPoint(), nb, false, out);
    }
    return new AuditResult(check, out, ranges);
  }

  private static @Nullable Whole denominatorReading(
      PublishedFigure p, BigInteger n, boolean main, List<Finding> out) {
    Interval q = ratios(p);
    Interval real = denominators(n, q);
    Whole w = real == null ? null : Whole.of(real);
    Severity bad = main ? Severity.INCONSISTENT : Severity.NOTE;
    String prefix = main ? "" : ".point";
    if (real == null) {
      out.add(
          say(
              main ? Kind.NO_SOLUTION : Kind.POINT_READING,
              bad,
              "audit.unknown.denominator.never" + prefix,
              l -> List.of(Texts.count(n, l), p.format(l), p.range(l))));
      return null;
    }
    if (w == null) {
      BigInteger below = requireNonNull(real.highestInteger());
      BigInteger above = real.lowestInteger();
      out.add(
          say(
              main ? Kind.NO_SOLUTION : Kind.POINT_READING,
              bad,
              "audit.unknown.denominator.none" + prefix,
              l ->
                  List.of(
                      Texts.count(n, l),
                      p.format(l),
                      p.range(l),
                      Texts.interval(real, false, l),
                      Texts.count(below, l),
                      Texts.percent(percent(n, below), p.decimals(), l),
                      Texts.count(above, l),
                      Texts.percent(percent(n, above), p.decimals(), l))));
      return null;
    }
    BigInteger first = w.low();
    BigInteger h = w.high();
    if (h == null) {
      out.add(
          say(
              main ? Kind.UNBOUNDED : Kind.POINT_READING,
              Severity.NOTE,
              "audit.unknown.denominator.unbounded" + prefix,
              l ->
                  List.of(
                      Texts.count(n, l),
                      p.format(l),
                      p.range(l),
                      Texts.count(first, l),
                      Texts.percent(percent(n, first), p.decimals(), l))));
    } else {
      out.add(
          say(
              main ? Kind.UNKNOWN_RANGE : Kind.POINT_READING,
              Severity.NOTE,
              "audit.unknown.denominator.range" + prefix,
              l ->
                  List.of(
                      Texts.count(n, l),
                      p.format(l),
                      p.range(l),
                      w.format(l),
                      Texts.count(w.size(), l),
                      Texts.count(first, l),
                      Texts.percent(percent(n, first), p.decimals(), l),
                      Texts.count(h, l),
                      Texts.percent(percent(n, h), p.decimals(), l))));
    }
    return w;
  }

  private static Ratio percent(BigInteger n, BigInteger d) {
    return Ratio.of(n, d).times(Ratio.HUNDRED);
  }

  // ---------------------------------------------------------------- rate, unknown numerator

  static AuditResult rateDenominator(String check, PublishedFigure p, long d) {
    if (d < 0) {
      throw new IllegalArgumentException("a count must be >= 0, got " + d);
    }
    List<Finding> out = new ArrayList<>();
    Map<String, Range<BigDecimal>> ranges = new LinkedHashMap<>();
    BigInteger db = BigInteger.valueOf(d);
    if (d == 0) {
      out.add(
          say(
              Kind.NOT_A_RATE,
              Severity.INCONSISTENT,
              "audit.unknown.numerator.zero",
              l -> List.of(p.format(l))));
      return new AuditResult(check, out);
    }
    Whole w = numeratorReading(p, db, true, out);
    if (w != null) {
      ranges.put("n", w.range());
    }
    if (p.qualifier().isBound()) {
      numeratorReading(p.asPoint(), db, false, out);
    }
    return new AuditResult(check, out, ranges);
  }

  private static @Nullable Whole numeratorReading(
      PublishedFigure p, BigInteger d, boolean main, List<Finding> out) {
    Interval q = ratios(p);
    String prefix = main ? "" : ".point";
    Severity bad = main ? Severity.INCONSISTENT : Severity.NOTE;
    if (q.isEmpty()) {
      out.add(
          say(
              main ? Kind.NO_SOLUTION : Kind.POINT_READING,
              bad,
              "audit.unknown.numerator.empty" + prefix,
              l -> List.of(p.format(l), p.range(l))));
      return null;
    }
    Interval real = q.times(Ratio.of(d));
    Whole w = Whole.of(real);
    if (w == null) {
      BigInteger below = requireNonNull(real.highestInteger());
      BigInteger above = real.lowestInteger();
      out.add(
          say(
              main ? Kind.NO_SOLUTION : Kind.POINT_READING,
              bad,
              "audit.unknown.numerator.none" + prefix,
              l ->
                  List.of(
                      Texts.count(d, l),
                      p.format(l),
                      p.range(l),
                      Texts.interval(real, false, l),
                      Texts.count(below, l),
                      Texts.percent(percent(below, d), p.decimals(), l),
                      Texts.count(above, l),
                      Texts.percent(percent(above, d), p.decimals(), l))));
      return null;
    }
    BigInteger h = requireNonNull(w.high());
    out.add(
        say(
            main ? Kind.UNKNOWN_RANGE : Kind.POINT_READING,
            Severity.NOTE,
            "audit.unknown.numerator.range" + prefix,
            l ->
                List.of(
                    Texts.count(d, l),
                    p.format(l),
                    p.range(l),
                    w.format(l),
                    Texts.count(w.size(), l),
                    Texts.count(w.low(), l),
                    Texts.percent(percent(w.low(), d), p.decimals(), l),
                    Texts.count(h, l),
                    Texts.percent(percent(h, d), p.decimals(), l))));
    return w;
  }

  // ---------------------------------------------------------------- one unknown base

  /** How a relation ties the unknown x to a printed count N. */
  private enum Tie {
    /** x is the rate's share of N: x/N. */
    SHARE_OF,
    /** N of x are inside the rate: N/x. */
    IS,
    /** N of x are outside the rate: (x − N)/x. */
    WITH_OUTSIDE
  }

  private record Relation(String text, PublishedFigure rate, Tie tie, BigInteger count) {}

  private static Relation relation(String text) {
    requireNonNull(text, "relation");
    Matcher m = RELATION.matcher(text);
    if (!m.matches()) {
      throw FigureParser.fail(
          text,
          "expected a relation such as \"95,0% of 10.000\", \"99,0% with 150 late\" or"
              + " \"99,0% is 9.900\"",
          "cần một quan hệ như \"95,0% của 10.000\", \"99,0% với 150 trễ hạn\" hoặc"
              + " \"99,0% là 9.900\"");
    }
    PublishedFigure rate = FigureAudit.parseRate(m.group(1));
    String word = m.group(2).toLowerCase(Locale.ROOT);
    Tie tie =
        switch (word) {
          case "of", "của" -> Tie.SHARE_OF;
          case "is", "là" -> Tie.IS;
          default -> Tie.WITH_OUTSIDE;
        };
    PublishedFigure count = PublishedFigure.parseCount(m.group(3));
    if (!count.isExact() || count.qualifier() != Qualifier.NONE) {
      throw FigureParser.fail(
          text,
          "the count of a relation must be exact, such as 10.000",
          "số đếm trong quan hệ phải chính xác, như 10.000");
    }
    return new Relation(text, rate, tie, count.value().toBigIntegerExact());
  }

  /** The real values of x that one relation allows, or null when none. */
  private static @Nullable Interval allowed(Relation r) {
    Interval q = ratios(r.rate());
    if (q.isEmpty()) {
      return null;
    }
    return switch (r.tie()) {
      case SHARE_OF -> r.count().signum() == 0 ? null : q.times(Ratio.of(r.count()));
      case IS -> denominators(r.count(), q);
      case WITH_OUTSIDE -> denominators(r.count(), q.complement());
    };
  }

  static AuditResult sharedDenominator(String check, List<String> texts) {
    if (texts.size() < 2) {
      throw new IllegalArgumentException("a shared base needs at least two relations");
    }
    List<Relation> rs = texts.stream().map(Unknowns::relation).toList();
    List<Finding> out = new ArrayList<>();
    List<Whole> wholes = new ArrayList<>();
    for (Relation r : rs) {
      Interval real = allowed(r);
      Whole w = real == null ? null : Whole.of(real);
      if (w == null) {
        out.add(
            say(
                Kind.NO_SOLUTION,
                Severity.INCONSISTENT,
                "audit.unknown.shared.alone",
                l ->
                    List.of(
                        r.text(),
                        real == null ? "∅" : Texts.interval(real, false, l),
                        r.rate().range(l))));
        return new AuditResult(check, out);
      }
      wholes.add(w);
      out.add(
          say(
              Kind.UNKNOWN_RANGE,
              Severity.NOTE,
              "audit.unknown.shared." + r.tie().name(),
              l ->
                  List.of(
                      r.text(),
                      Texts.count(r.count(), l),
                      r.rate().format(l),
                      r.rate().range(l),
                      w.format(l))));
    }
    // the intersection of intervals is empty exactly when the highest low end passes the lowest
    // high end: those two relations are the smallest conflicting set
    int hiLow = 0;
    int loHigh = -1;
    for (int i = 0; i < wholes.size(); i++) {
      if (wholes.get(i).low().compareTo(wholes.get(hiLow).low()) > 0) {
        hiLow = i;
      }
      BigInteger h = wholes.get(i).high();
      if (h != null && (loHigh < 0 || h.compareTo(requireNonNull(wholes.get(loHigh).high())) < 0)) {
        loHigh = i;
      }
    }
    BigInteger low = wholes.get(hiLow).low();
    BigInteger high = loHigh < 0 ? null : wholes.get(loHigh).high();
    if (high != null && low.compareTo(high) > 0) {
      Relation a = rs.get(hiLow);
      Relation b = rs.get(loHigh);
      Whole wa = wholes.get(hiLow);
      Whole wb = wholes.get(loHigh);
      out.add(
          say(
              Kind.CONFLICTING_FIGURES,
              Severity.INCONSISTENT,
              "audit.unknown.shared.conflict",
              l ->
                  List.of(
                      b.text(),
                      wb.format(l),
                      a.text(),
                      wa.format(l),
                      Texts.count(low.subtract(high), l))));
      return new AuditResult(check, out);
    }
    Whole both = new Whole(low, high);
    out.add(
        say(
            high == null ? Kind.UNBOUNDED : Kind.HOLDS,
            Severity.NOTE,
            high == null ? "audit.unknown.shared.unbounded" : "audit.unknown.shared.holds",
            l ->
                List.of(
                    both.format(l),
                    high == null ? "" : Texts.count(both.size(), l),
                    Texts.count(low, l))));
    return new AuditResult(check, out, Map.of("x", both.range()));
  }

  // ---------------------------------------------------------------- cumulative

  static AuditResult cumulative(String check, PublishedFigure total, List<PublishedFigure> parts) {
    Interval t = total.interval();
    Interval sum = Interval.sumOf(parts.stream().map(PublishedFigure::interval).toList());
    Function<Locale, String> terms =
        l -> parts.isEmpty() ? "0" : Texts.join(parts, " + ", f -> f.format(l));
    List<Finding> out = new ArrayList<>();
    Ratio tu = t.upper();
    if (tu != null && tu.compareTo(sum.lower()) < 0) {
      BigInteger short_ = sum.lower().minus(tu).num();
      out.add(
          say(
              Kind.CUMULATIVE_BELOW_PARTS,
              Severity.INCONSISTENT,
              "audit.unknown.cumulative.below",
              l ->
                  List.of(
                      withSet(total, l), terms.apply(l), counts(sum, l), Texts.count(short_, l))));
      return new AuditResult(check, out);
    }
    // what the total counts outside the parts: t − s for some t in T, s in S, at least 0
    Ratio su = sum.upper();
    Interval rest =
        new Interval(
            su == null ? Ratio.ZERO : Ratio.max(Ratio.ZERO, t.lower().minus(su)),
            true,
            tu == null ? null : tu.minus(sum.lower()),
            true);
    out.add(
        say(
            Kind.HOLDS,
            Severity.NOTE,
            "audit.unknown.cumulative.holds",
            l -> List.of(withSet(total, l), terms.apply(l), counts(sum, l), counts(rest, l))));
    return new AuditResult(check, out);
  }

  private static String counts(Interval set, Locale l) {
    return set.isPoint() ? Texts.count(set.lower().num(), l) : Texts.interval(set, false, l);
  }

  private static String withSet(PublishedFigure f, Locale l) {
    return f.isExact() && f.qualifier() == Qualifier.NONE
        ? f.format(l)
        : f.format(l) + " " + f.range(l);
  }

  // ---------------------------------------------------------------- aggregate of counts

  /** A part of an aggregate given as its counts. */
  record Part(String text, BigInteger numerator, BigInteger denominator) {
    Ratio percent() {
      return Unknowns.percent(numerator, denominator);
    }
  }

  static Part part(String text) {
    requireNonNull(text, "part");
    String[] pieces = text.split("/", -1);
    if (pieces.length != 2) {
      throw FigureParser.fail(
          text,
          "expected a part written numerator/denominator, such as 40/50",
          "cần một phần dạng tử số/mẫu số, như 40/50");
    }
    PublishedFigure n = PublishedFigure.parseCount(pieces[0]);
    PublishedFigure d = PublishedFigure.parseCount(pieces[1]);
    if (!n.isExact()
        || !d.isExact()
        || n.qualifier() != Qualifier.NONE
        || d.qualifier() != Qualifier.NONE
        || d.value().signum() == 0
        || n.value().compareTo(d.value()) > 0) {
      throw FigureParser.fail(
          text,
          "a part is two exact counts, numerator at most the denominator, denominator above 0",
          "một phần là hai số đếm chính xác, tử số không lớn hơn mẫu số, mẫu số lớn hơn 0");
    }
    return new Part(text, n.value().toBigIntegerExact(), d.value().toBigIntegerExact());
  }

  static AuditResult aggregateOfCounts(String check, PublishedFigure p, List<Part> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("an aggregate needs at least one part");
    }
    int dec = p.decimals();
    Interval set = p.interval();
    BigInteger sn = BigInteger.ZERO;
    BigInteger sd = BigInteger.ZERO;
    Ratio sumOfRates = Ratio.ZERO;
    Ratio sumOfPrinted = Ratio.ZERO;
    for (Part part : parts) {
      sn = sn.add(part.numerator());
      sd = sd.add(part.denominator());
      sumOfRates = sumOfRates.plus(part.percent());
      sumOfPrinted =
          sumOfPrinted.plus(Ratio.of(part.percent().toDecimal(dec, RoundingMode.HALF_UP)));
    }
    Ratio k = Ratio.of(parts.size(), 1);
    Ratio pooled = percent(sn, sd);
    Ratio mean = sumOfRates.divide(k);
    Ratio meanPrinted = sumOfPrinted.divide(k);
    BigInteger n = sn;
    BigInteger d = sd;
    Function<Locale, String> printedPooled = l -> rounded(pooled, dec, l);
    List<Finding> out = new ArrayList<>();
    if (set.contains(pooled)) {
      out.add(
          say(
              Kind.HOLDS,
              Severity.NOTE,
              "audit.unknown.pooled.holds",
              l ->
                  List.of(
                      p.format(l),
                      Texts.count(n, l),
                      Texts.count(d, l),
                      Texts.percent(pooled, dec, l),
                      printedPooled.apply(l))));
      return new AuditResult(check, out);
    }
    out.add(
        say(
            Kind.POOLED_RATE_MISMATCH,
            Severity.INCONSISTENT,
            "audit.unknown.pooled.mismatch",
            l ->
                List.of(
                    p.format(l),
                    Texts.join(parts, " + ", x -> Texts.count(x.numerator(), l)),
                    Texts.join(parts, " + ", x -> Texts.count(x.denominator(), l)),
                    Texts.count(n, l),
                    Texts.count(d, l),
                    Texts.percent(pooled, dec, l),
                    printedPooled.apply(l),
                    p.range(l))));
    tie(p, pooled, out);
    BigInteger smallest =
        parts.stream().map(Part::denominator).min(BigInteger::compareTo).orElseThrow();
    BigInteger largest =
        parts.stream().map(Part::denominator).max(BigInteger::compareTo).orElseThrow();
    if (set.contains(mean)) {
      out.add(
          say(
              Kind.MEAN_OF_RATES,
              Severity.NOTE,
              "audit.unknown.meanOfRates",
              l ->
                  List.of(
                      p.format(l),
                      Texts.join(parts, " + ", x -> Texts.percent(x.percent(), dec, l)),
                      Texts.count(parts.size(), l),
                      Texts.percent(mean, dec, l),
                      rounded(mean, dec, l),
                      Texts.count(largest, l),
                      Texts.count(smallest, l),
                      printedPooled.apply(l))));
    }
    if (set.contains(meanPrinted)) {
      out.add(
          say(
              Kind.MEAN_OF_PRINTED_RATES,
              Severity.NOTE,
              "audit.unknown.meanOfPrinted",
              l ->
                  List.of(
                      p.format(l),
                      Texts.join(parts, " + ", x -> rounded(x.percent(), dec, l)),
                      Texts.count(parts.size(), l),
                      Texts.percent(meanPrinted, dec, l),
                      rounded(meanPrinted, dec, l))));
    }
    return new AuditResult(check, out);
  }

  private static String rounded(Ratio percent, int dec, Locale l) {
    return Texts.rounded(percent, dec, RoundingMode.HALF_UP, l) + "%";
  }

  // ---------------------------------------------------------------- the floating-point tie

  /**
   * Adds the note of the binary floating-point tie when {@code exact} (a percent) lies exactly
   * halfway between two printed values and the figure shows the lower one: half up gives the upper
   * one, but a value such as 12,345 has no exact binary form and can be stored just below the tie.
   */
  static void tie(PublishedFigure p, Ratio exact, List<Finding> out) {
    if (p.qualifier() != Qualifier.NONE || p.rounding() != Rounding.HALF_UP) {
      return;
    }
    int dec = p.decimals();
    if (!exact.isExactAt(dec + 1) || exact.isExactAt(dec)) {
      return;
    }
    BigDecimal down = exact.toDecimal(dec, RoundingMode.DOWN);
    BigDecimal atTie = exact.toDecimal(dec + 1, RoundingMode.UNNECESSARY);
    if (atTie.unscaledValue().mod(BigInteger.TEN).intValue() != 5
        || down.compareTo(p.value()) != 0) {
      return;
    }
    out.add(
        say(
            Kind.FLOATING_POINT_TIE,
            Severity.NOTE,
            "audit.unknown.floatingPointTie",
            l -> List.of(p.format(l), Texts.percent(exact, dec, l), rounded(exact, dec, l))));
  }
}
