package io.github.dvckpi.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import io.github.dvckpi.audit.Finding.Kind;
import io.github.dvckpi.audit.Finding.Severity;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks of published figures (kiểm tra số liệu công bố): can these figures all be true?
 *
 * <p>Every figure is read as the set of true values it can stand for ({@link PublishedFigure}), and
 * a check asks, exactly, whether the relation between the figures — a ratio of counts, an aggregate
 * over disjoint populations, a sum of parts, shares of one whole, an index total — holds for some
 * choice of true values. It never uses {@code double}. Each check returns an {@link AuditResult}:
 * consistent or not, with findings in Vietnamese and English that show the arithmetic.
 *
 * <pre>{@code
 * FigureAudit.rate("66,66%", 2, 3)             // inconsistent; names truncation
 * FigureAudit.rate("41,67%", 1250, 3900)       // inconsistent; suggests 1.250/3.000
 * FigureAudit.aggregate("98,75%", "99,79%", "99,77%")       // inconsistent
 * FigureAudit.aggregate("trên 98,75%", "99,79%", "99,77%")  // consistent as a bound, with notes
 * FigureAudit.partition(100, 50, 30, 15)       // inconsistent: 5 short
 * FigureAudit.smallestCounts("99,79%")         // 99,79% (465/466)
 * }</pre>
 *
 * <p>Figures given as text are read with {@link PublishedFigure#parse(String)} (rates, scores) or
 * {@link PublishedFigure#parseCount(String)} (counts), rounded half up; the overloads taking {@link
 * PublishedFigure}s accept any other reading. All methods are pure and thread-safe.
 */
public final class FigureAudit {

  private static final Locale VI = Texts.VI;
  private static final Locale EN = Texts.EN;
  private static final Ratio HUNDREDTH = Ratio.of(1, 100);

  private FigureAudit() {}

  // ---------------------------------------------------------------- rate

  /**
   * Can these counts give this published rate? If not, says what they give, whether the figure
   * matches another rounding ("66,66% is 2/3 truncated"), and whether it matches a numerator or a
   * denominator differing in one digit ("41,67% matches 1.250/3.000, not 1.250/3.900").
   *
   * @param published the rate as printed, e.g. {@code "98,75%"} or {@code "trên 98,75%"}
   * @param numerator the successful dossiers, {@code >= 0}
   * @param denominator the dossiers counted, {@code >= 0}
   * @return the result; inconsistent also when the counts are not a rate (0 dossiers, or more
   *     successes than dossiers)
   * @throws FigureParseException if {@code published} is not a rate
   * @throws IllegalArgumentException if a count is negative
   */
  public static AuditResult rate(String published, long numerator, long denominator) {
    return rate(
        "rate(" + quote(published) + ", " + numerator + ", " + denominator + ")",
        parseRate(published),
        numerator,
        denominator);
  }

  /**
   * Can these counts give this published rate? The figure may be read with any rounding.
   *
   * @param published the rate, as read
   * @param numerator the successful dossiers, {@code >= 0}
   * @param denominator the dossiers counted, {@code >= 0}
   * @return the result, as {@link #rate(String, long, long)}
   * @throws IllegalArgumentException if the figure is not a rate or a count is negative
   */
  public static AuditResult rate(PublishedFigure published, long numerator, long denominator) {
    requireKind(published, PublishedFigure.Kind.RATE);
    return rate(
        "rate(" + quote(published.text()) + ", " + numerator + ", " + denominator + ")",
        published,
        numerator,
        denominator);
  }

  /**
   * Can counts as printed give this published rate? Counts may be exact ({@code "1.250"}) or
   * rounded ({@code "4,52 nghìn"}, {@code "trên 10.000"}); then the check asks whether some
   * numerator and denominator they allow give the rate, found exactly, not by scanning.
   *
   * @param published the rate as printed
   * @param numerator the successful dossiers, as printed
   * @param denominator the dossiers counted, as printed
   * @return the result; for exact counts as {@link #rate(String, long, long)}
   * @throws FigureParseException if {@code published} is not a rate or a count is not a count
   */
  public static AuditResult rate(String published, String numerator, String denominator) {
    PublishedFigure p = parseRate(published);
    PublishedFigure n = PublishedFigure.parseCount(numerator);
    PublishedFigure d = PublishedFigure.parseCount(denominator);
    return rate(
        "rate(" + quote(published) + ", " + quote(numerator) + ", " + quote(denominator) + ")",
        p,
        n,
        d);
  }

  /**
   * Can counts, as read, give this rate, as read?
   *
   * @param published the rate
   * @param numerator the successful dossiers, a count
   * @param denominator the dossiers counted, a count
   * @return the result, as {@link #rate(String, String, String)}
   * @throws IllegalArgumentException if the figures are not a rate and two counts
   */
  public static AuditResult rate(
      PublishedFigure published, PublishedFigure numerator, PublishedFigure denominator) {
    requireKind(published, PublishedFigure.Kind.RATE);
    requireKind(numerator, PublishedFigure.Kind.COUNT);
    requireKind(denominator, PublishedFigure.Kind.COUNT);
    return rate(
        "rate("
            + quote(published.text())
            + ", "
            + quote(numerator.text())
            + ", "
            + quote(denominator.text())
            + ")",
        published,
        numerator,
        denominator);
  }

  static AuditResult rate(
      String check, PublishedFigure p, PublishedFigure numerator, PublishedFigure denominator) {
    if (numerator.isExact()
        && denominator.isExact()
        && numerator.qualifier() == Qualifier.NONE
        && denominator.qualifier() == Qualifier.NONE) {
      return rate(check, p, exactLong(numerator), exactLong(denominator));
    }
    Interval ns = numerator.interval();
    Interval ds = denominator.interval();
    List<Finding> out = new ArrayList<>();
    rangeReading(p, ns, ds, numerator, denominator, true, out);
    if (p.qualifier().isBound()) {
      rangeReading(p.asPoint(), ns, ds, numerator, denominator, false, out);
    }
    return new AuditResult(check, out);
  }

  private static void rangeReading(
      PublishedFigure p,
      Interval ns,
      Interval ds,
      PublishedFigure numerator,
      PublishedFigure denominator,
      boolean main,
      List<Finding> out) {
    BigInteger n1 = ns.lower().num();
    Ratio n2r = ns.upper();
    BigInteger n2 = n2r == null ? null : n2r.num();
    BigInteger d1 = ds.lower().num();
    Ratio d2r = ds.upper();
    BigInteger d2 = d2r == null ? null : d2r.num();
    CountSearch.Pair w = CountSearch.witness(p.interval().times(HUNDREDTH), n1, n2, d1, d2);
    Function<Locale, String> counts = l -> withSet(numerator, l) + " / " + withSet(denominator, l);
    if (w != null) {
      Ratio r = Ratio.of(w.numerator(), w.denominator()).times(Ratio.HUNDRED);
      Function<Locale, String> example =
          l ->
              Texts.count(w.numerator(), l)
                  + "/"
                  + Texts.count(w.denominator(), l)
                  + " = "
                  + Texts.percent(r, p.decimals(), l);
      out.add(
          make(
              main ? Kind.HOLDS : Kind.POINT_READING,
              Severity.NOTE,
              l ->
                  (vi(l)
                          ? (main ? "" : "Đọc như giá trị điểm: ")
                          : (main ? "" : "As a point value: "))
                      + counts.apply(l)
                      + (vi(l) ? " có thể cho " : " can give ")
                      + p.format(l)
                      + (vi(l) ? ", ví dụ " : ", e.g. ")
                      + example.apply(l)
                      + "."));
      return;
    }
    Ratio low = d2 == null ? Ratio.ZERO : Ratio.of(n1, d2.max(BigInteger.ONE));
    Ratio high =
        n2 == null || d1.signum() == 0 ? Ratio.ONE : Ratio.min(Ratio.ONE, Ratio.of(n2, d1));
    Ratio lowP = Ratio.min(low, Ratio.ONE).times(Ratio.HUNDRED);
    Ratio highP = high.times(Ratio.HUNDRED);
    int dec = p.decimals();
    out.add(
        make(
            main ? Kind.RATE_MISMATCH : Kind.POINT_READING,
            main ? Severity.INCONSISTENT : Severity.NOTE,
            l ->
                (vi(l)
                        ? (main ? "" : "Đọc như giá trị điểm: ")
                        : (main ? "" : "As a point value: "))
                    + (vi(l) ? "không số nào trong " : "no counts in ")
                    + counts.apply(l)
                    + (vi(l) ? " cho ra " : " give ")
                    + p.format(l)
                    + " "
                    + p.range(l)
                    + (vi(l) ? ": chúng chỉ cho từ " : ": they give only from ")
                    + Texts.percent(lowP, dec, l)
                    + (vi(l) ? " đến " : " to ")
                    + Texts.percent(highP, dec, l)
                    + "."));
  }

  private static String withSet(PublishedFigure f, Locale l) {
    return f.isExact() && f.qualifier() == Qualifier.NONE
        ? f.format(l)
        : f.format(l) + " " + f.range(l);
  }

  static AuditResult rate(String check, PublishedFigure p, long n, long d) {
    if (n < 0 || d < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, got numerator=" + n + ", denominator=" + d);
    }
    List<Finding> out = new ArrayList<>();
    Function<Locale, String> frac = l -> Texts.count(n, l) + "/" + Texts.count(d, l);
    if (d == 0 || n > d) {
      out.add(
          make(
              Kind.NOT_A_RATE,
              Severity.INCONSISTENT,
              l ->
                  frac.apply(l)
                      + (d == 0
                          ? (vi(l)
                              ? " là 0 hồ sơ: không có tỷ lệ (không xác định), vậy mà công bố "
                              : " counts no dossier: there is no rate (undefined), yet it is"
                                  + " published as ")
                          : (vi(l)
                              ? ": tử số lớn hơn mẫu số, không phải một tỷ lệ, vậy mà công bố "
                              : ": the numerator exceeds the denominator, not a rate, yet it is"
                                  + " published as "))
                      + p.format(l)
                      + "."));
      return new AuditResult(check, out);
    }
    Ratio r = Ratio.of(n, d).times(Ratio.HUNDRED);
    int dec = p.decimals();
    Function<Locale, String> value = l -> frac.apply(l) + " = " + Texts.percent(r, dec, l);
    Function<Locale, String> roundedAs =
        l -> Texts.rounded(r, dec, p.rounding().mode(), l) + "% (" + p.rounding().label(l) + ")";
    boolean holds = p.interval().contains(r);
    if (p.qualifier() == Qualifier.NONE) {
      if (holds) {
        out.add(
            make(
                Kind.HOLDS, Severity.NOTE, l -> value.apply(l) + " → " + roundedAs.apply(l) + "."));
      } else {
        out.add(
            make(
                Kind.RATE_MISMATCH,
                Severity.INCONSISTENT,
                l ->
                    value.apply(l)
                        + (vi(l) ? ", thành " : ", which is ")
                        + roundedAs.apply(l)
                        + (vi(l) ? ", không phải " : ", not ")
                        + p.format(l)
                        + " ("
                        + p.format(l)
                        + (vi(l) ? " cần một tỷ lệ trong " : " needs a ratio in ")
                        + p.range(l)
                        + ")."));
        otherRoundings(p, r, frac, out);
        Unknowns.tie(p, r, out);
      }
    } else {
      out.add(
          make(
              holds ? Kind.HOLDS : Kind.RATE_MISMATCH,
              holds ? Severity.NOTE : Severity.INCONSISTENT,
              l ->
                  value.apply(l)
                      + (holds
                          ? (vi(l) ? ", thuộc " : ", within ")
                          : (vi(l) ? ", không thuộc " : ", not within "))
                      + p.format(l)
                      + " = "
                      + p.range(l)
                      + "."));
      PublishedFigure point = p.asPoint();
      boolean pointHolds = point.interval().contains(r);
      out.add(
          make(
              Kind.POINT_READING,
              Severity.NOTE,
              l ->
                  (vi(l) ? "Đọc như giá trị điểm, " : "Read as a point value, ")
                      + point.format(l)
                      + (pointHolds
                          ? (vi(l) ? " cũng đúng: " : " holds too: ")
                          : (vi(l) ? " không đúng: " : " does not hold: "))
                      + frac.apply(l)
                      + (vi(l) ? " thành " : " is ")
                      + roundedAs.apply(l)
                      + "."));
    }
    if (!holds) {
      typos(p, n, d, out);
    }
    return new AuditResult(check, out);
  }

  private static void otherRoundings(
      PublishedFigure p, Ratio r, Function<Locale, String> frac, List<Finding> out) {
    for (Rounding other : Rounding.values()) {
      if (other != p.rounding() && p.withRounding(other).interval().contains(r)) {
        out.add(
            make(
                Kind.OTHER_ROUNDING,
                Severity.NOTE,
                l ->
                    p.format(l)
                        + (vi(l) ? " là " : " is ")
                        + frac.apply(l)
                        + " "
                        + other.label(l)
                        + "; "
                        + p.rounding().label(l)
                        + (vi(l) ? " cho " : " gives ")
                        + Texts.rounded(r, p.decimals(), p.rounding().mode(), l)
                        + "%."));
      }
    }
  }

  private static void typos(PublishedFigure p, long n, long d, List<Finding> out) {
    Interval set = p.interval();
    List<Long> denominators = new ArrayList<>();
    for (long candidate : oneDigitChanges(d)) {
      if (candidate >= n
          && candidate > 0
          && set.contains(Ratio.of(n, candidate).times(Ratio.HUNDRED))) {
        denominators.add(candidate);
      }
    }
    List<Long> numerators = new ArrayList<>();
    for (long candidate : oneDigitChanges(n)) {
      if (candidate <= d && set.contains(Ratio.of(candidate, d).times(Ratio.HUNDRED))) {
        numerators.add(candidate);
      }
    }
    typo(
        p,
        n,
        d,
        denominators,
        (c, l) -> Texts.count(n, l) + "/" + Texts.count(c, l),
        "mẫu số",
        "denominator",
        out);
    typo(
        p,
        n,
        d,
        numerators,
        (c, l) -> Texts.count(c, l) + "/" + Texts.count(d, l),
        "tử số",
        "numerator",
        out);
  }

  /** A note that the published rate matches counts with one part changed in one digit. */
  private static void typo(
      PublishedFigure p,
      long n,
      long d,
      List<Long> candidates,
      BiFunction<Long, Locale, String> show,
      String partVi,
      String partEn,
      List<Finding> out) {
    if (candidates.isEmpty()) {
      return;
    }
    out.add(
        make(
            Kind.LIKELY_TYPO,
            Severity.NOTE,
            l ->
                p.format(l)
                    + (vi(l) ? " khớp với " : " matches ")
                    + alternatives(candidates, c -> show.apply(c, l), l)
                    + (vi(l) ? ", không phải " : ", not ")
                    + Texts.count(n, l)
                    + "/"
                    + Texts.count(d, l)
                    + (vi(l)
                        ? ": có thể " + partVi + " bị gõ sai một chữ số."
                        : ": the " + partEn + " may have one digit mistyped.")));
  }

  private static String alternatives(List<Long> values, Function<Long, String> show, Locale l) {
    List<Long> shown = values.subList(0, Math.min(3, values.size()));
    String list = Texts.join(shown, vi(l) ? " hoặc " : " or ", show);
    if (values.size() > shown.size()) {
      int more = values.size() - shown.size();
      list += vi(l) ? " (và " + more + " khả năng khác)" : " (and " + more + " more)";
    }
    return list;
  }

  /** The non-negative numbers whose decimal digits differ from {@code value}'s in one place. */
  static List<Long> oneDigitChanges(long value) {
    String digits = Long.toString(value);
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < digits.length(); i++) {
      for (char c = '0'; c <= '9'; c++) {
        if (c == digits.charAt(i) || (i == 0 && c == '0' && digits.length() > 1)) {
          continue;
        }
        String changed = digits.substring(0, i) + c + digits.substring(i + 1);
        try {
          out.add(Long.parseLong(changed));
        } catch (NumberFormatException tooLarge) {
          // a change beyond Long.MAX_VALUE is no count
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- unknowns

  /**
   * Is there a denominator that makes this many successes print as this rate — and which? The base
   * is not printed ("73 hồ sơ, đạt 41,53%"): the check finds, exactly, every denominator d with
   * {@code numerator/d} in the figure's set, as a range of whole numbers reported under the
   * unknown's name {@code "d"} ({@link AuditResult#unknown(String)}), or says that none exists.
   *
   * <p>{@code rate("41,53%", 73)} is inconsistent: d would have to lie in (175,755…; 175,797…],
   * which holds no whole number — the figure is impossible whatever the base. {@code rate("95,0%",
   * 9500)} is consistent with d in [9.995; 10.005]. A figure whose set reaches 0% ({@code "dưới
   * 1%"}, {@code "0%"}) sets no upper end to d: the result says so (a {@link
   * Finding.Kind#UNBOUNDED} note) and its range has no upper end, rather than searching for ever.
   *
   * <p>This overload sits beside {@link #rate(String, long, long)}, which is given both counts.
   *
   * @param published the rate as printed, e.g. {@code "41,53%"} or {@code "trên 98,75%"} (a bound
   *     is also read as a point value, in a note)
   * @param numerator the successful dossiers, {@code >= 0}
   * @return the result, with the range of {@code "d"} when some denominator works
   * @throws FigureParseException if {@code published} is not a rate
   * @throws IllegalArgumentException if the count is negative
   */
  public static AuditResult rate(String published, long numerator) {
    return Unknowns.rate(
        "rate(" + quote(published) + ", " + numerator + ")", parseRate(published), numerator);
  }

  /**
   * Is there a numerator that makes this many dossiers print as this rate — and which? The
   * successes are not printed: the check finds every numerator n with {@code n/denominator} in the
   * figure's set, reported under the unknown's name {@code "n"}, or says that none exists (with the
   * two nearest numerators and what they give). {@code rateDenominator("41,53%", 100)} is
   * inconsistent: n would have to lie in [41,525; 41,535).
   *
   * @param published the rate as printed
   * @param denominator the dossiers counted, {@code >= 0}; 0 dossiers give no rate
   * @return the result, with the range of {@code "n"} when some numerator works
   * @throws FigureParseException if {@code published} is not a rate
   * @throws IllegalArgumentException if the count is negative
   */
  public static AuditResult rateDenominator(String published, long denominator) {
    return Unknowns.rateDenominator(
        "rateDenominator(" + quote(published) + ", " + denominator + ")",
        parseRate(published),
        denominator);
  }

  /**
   * Can two or more printed rates rest on one unprinted count x? Each relation says how x meets a
   * printed count N:
   *
   * <ul>
   *   <li>{@code "95,0% of 10.000"} ({@code "95,0% của 10.000"}): x is that share of N, x/N;
   *   <li>{@code "99,0% with 150 late"} ({@code "99,0% với 150 trễ hạn"}): x is the base, N of it
   *       are outside the rate, (x − N)/x; any words after N are free;
   *   <li>{@code "99,0% is 9.900"} ({@code "99,0% là 9.900"}): x is the base, N of it are inside
   *       the rate, N/x.
   * </ul>
   *
   * <p>"Received 10.000 dossiers, resolved 95,0%; on time 99,0%, 150 late": {@code
   * sharedDenominator("95,0% of 10.000", "99,0% with 150 late")} is inconsistent. The first needs x
   * in [9.495; 9.504], the second x in [14.286; 15.789]: no resolved count satisfies both, and the
   * result names the two relations that conflict. When some x works, its range is reported under
   * the name {@code "x"}.
   *
   * @param relations the relations, at least two, each {@code "<rate> of|with|is <count>"} or the
   *     Vietnamese {@code của|với|là}; counts exact
   * @return the result
   * @throws FigureParseException if a relation cannot be read
   * @throws IllegalArgumentException if there are fewer than two relations
   */
  public static AuditResult sharedDenominator(String... relations) {
    return Unknowns.sharedDenominator(
        call("sharedDenominator", null, Arrays.asList(relations)), Arrays.asList(relations));
  }

  /**
   * Can a cumulative count (year to date, since the start of a programme) contain the disjoint
   * parts printed for its sub-periods? It must be at least their sum. "Year to date: 2 late" after
   * "February: 2 late" and "April: 2 late": {@code cumulative("2", "2", "2")} is inconsistent, at
   * least 2 short. Counts may be rounded or bounds ({@code "trên 1.000"}); the check asks whether
   * some true values fit, and when they do says what the total counts outside the parts.
   *
   * @param total the cumulative count as printed
   * @param disjointParts counts of disjoint parts it contains, as printed
   * @return the result
   * @throws FigureParseException if a figure is not a count
   */
  public static AuditResult cumulative(String total, String... disjointParts) {
    PublishedFigure t = PublishedFigure.parseCount(total);
    List<PublishedFigure> ps = new ArrayList<>();
    for (String part : disjointParts) {
      ps.add(PublishedFigure.parseCount(part));
    }
    return Unknowns.cumulative(call("cumulative", total, Arrays.asList(disjointParts)), t, ps);
  }

  /**
   * Which computation gives a published aggregate of parts whose counts are printed? The share of
   * dossiers is the pooled rate Σn/Σd; if the figure is not that, the check says whether it is the
   * unweighted mean of the parts' rates ({@link Finding.Kind#MEAN_OF_RATES}) or the mean of their
   * printed, rounded rates ({@link Finding.Kind#MEAN_OF_PRINTED_RATES}), and names the tie of
   * binary floating point, each with its arithmetic.
   *
   * <p>{@code aggregateOfCounts("66,67%", "40/50", "90/100", "300/1.000")} is inconsistent: the
   * pooled rate is 430/1.150 = 37,39%; 66,67% is the unweighted mean (80% + 90% + 30%)/3 — a mean
   * of rates, not the share of dossiers.
   *
   * @param published the aggregate rate as printed
   * @param parts the parts, each written {@code "numerator/denominator"} with exact counts, e.g.
   *     {@code "40/50"} or {@code "9.979/10.000"}; at least one
   * @return the result
   * @throws FigureParseException if a figure cannot be read
   * @throws IllegalArgumentException if there is no part
   */
  public static AuditResult aggregateOfCounts(String published, String... parts) {
    PublishedFigure p = parseRate(published);
    List<Unknowns.Part> ps = new ArrayList<>();
    for (String part : parts) {
      ps.add(Unknowns.part(part));
    }
    return Unknowns.aggregateOfCounts(
        call("aggregateOfCounts", published, Arrays.asList(parts)), p, ps);
  }

  // ---------------------------------------------------------------- aggregate

  /**
   * Can a published aggregate rate be the aggregate (Σnumerators / Σdenominators) of rates
   * published for disjoint parts of its population? It must lie within the parts' range, widened
   * only by what their printed precision allows. A bounded figure ({@code "trên 98,75%"}) is
   * reported both ways: whether the bound holds (with a note when it is looser than the parts
   * imply), and whether it could be a point value.
   *
   * <p>The seed article: {@code aggregate("98,75%", "99,79%", "99,77%")} is inconsistent; {@code
   * aggregate("trên 98,75%", "99,79%", "99,77%")} is consistent as a bound, with a note that the
   * parts imply 99,77–99,79%.
   *
   * @param published the aggregate rate as printed
   * @param parts the rates of the disjoint parts as printed, at least one
   * @return the result
   * @throws FigureParseException if a figure is not a rate
   * @throws IllegalArgumentException if there is no part
   */
  public static AuditResult aggregate(String published, String... parts) {
    PublishedFigure p = parseRate(published);
    List<PublishedFigure> ps = new ArrayList<>();
    for (String part : parts) {
      ps.add(parseRate(part));
    }
    return aggregate(call("aggregate", published, Arrays.asList(parts)), p, ps);
  }

  /**
   * The aggregate check of {@link #aggregate(String, String...)} on figures as read.
   *
   * @param published the aggregate rate
   * @param parts the rates of the disjoint parts, at least one
   * @return the result
   * @throws IllegalArgumentException if a figure is not a rate or there is no part
   */
  public static AuditResult aggregate(PublishedFigure published, List<PublishedFigure> parts) {
    requireKind(published, PublishedFigure.Kind.RATE);
    parts.forEach(f -> requireKind(f, PublishedFigure.Kind.RATE));
    return aggregate(
        call("aggregate", published.text(), parts.stream().map(PublishedFigure::text).toList()),
        published,
        parts);
  }

  static AuditResult aggregate(String check, PublishedFigure p, List<PublishedFigure> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("an aggregate needs at least one part");
    }
    Interval hull = Interval.meanOf(parts.stream().map(PublishedFigure::interval).toList());
    PublishedFigure min = parts.stream().min(Comparator.comparing(PublishedFigure::value)).get();
    PublishedFigure max = parts.stream().max(Comparator.comparing(PublishedFigure::value)).get();
    Function<Locale, String> partList = l -> Texts.join(parts, ", ", f -> f.format(l));
    boolean qualified = parts.stream().anyMatch(f -> f.qualifier() != Qualifier.NONE);
    Function<Locale, String> implied =
        l ->
            qualified
                ? Texts.interval(hull, true, l)
                : (min.value().compareTo(max.value()) == 0
                        ? min.format(l)
                        : RateFormat.number(min.value(), l) + "–" + max.format(l))
                    + (vi(l) ? " (chính xác: " : " (exactly ")
                    + Texts.interval(hull, true, l)
                    + ")";
    List<Finding> out = new ArrayList<>();
    boolean holds = p.interval().meets(hull);
    String why = "tỷ lệ chung (tổng tử số chia tổng mẫu số) của ";
    String whyEn = "an aggregate (sum of numerators over sum of denominators) of ";
    if (holds) {
      out.add(
          make(
              Kind.HOLDS,
              Severity.NOTE,
              l ->
                  p.format(l)
                      + " "
                      + p.range(l)
                      + (vi(l) ? " có thể là " + why : " can be " + whyEn)
                      + partList.apply(l)
                      + (vi(l) ? ": các phần cho " : ": the parts imply ")
                      + implied.apply(l)
                      + "."));
    } else {
      out.add(
          make(
              Kind.AGGREGATE_OUT_OF_RANGE,
              Severity.INCONSISTENT,
              l ->
                  p.format(l)
                      + " "
                      + p.range(l)
                      + (vi(l)
                          ? " nằm ngoài khoảng của các phần: " + why
                          : " lies outside its parts' range: " + whyEn)
                      + partList.apply(l)
                      + (vi(l)
                          ? " phải nằm giữa phần nhỏ nhất và phần lớn nhất, tức "
                          : " lies between its smallest and largest part, ")
                      + implied.apply(l)
                      + "."));
    }
    Ratio v = Ratio.of(p.value());
    if (holds && p.qualifier() == Qualifier.ABOVE && v.compareTo(hull.lower()) < 0) {
      looseBound(p, min.value().subtract(p.value()), implied, out);
    } else if (holds
        && p.qualifier() == Qualifier.BELOW
        && hull.upper() != null
        && v.compareTo(requireNonNull(hull.upper())) > 0) {
      looseBound(p, p.value().subtract(max.value()), implied, out);
    }
    if (p.qualifier().isBound()) {
      PublishedFigure point = p.asPoint();
      boolean pointHolds = point.interval().meets(hull);
      out.add(
          make(
              Kind.POINT_READING,
              Severity.NOTE,
              l ->
                  (vi(l) ? "Đọc như giá trị điểm, " : "Read as a point value, ")
                      + point.format(l)
                      + " "
                      + point.range(l)
                      + (pointHolds ? pointYes(l) : pointNo(l) + implied.apply(l) + pointEnd(l))));
    }
    return new AuditResult(check, out);
  }

  private static String pointYes(Locale l) {
    return vi(l)
        ? " cũng có thể là tỷ lệ chung của các phần."
        : " can be the aggregate of the parts too.";
  }

  private static String pointNo(Locale l) {
    return vi(l)
        ? " không thể là tỷ lệ chung của các phần: nó nằm ngoài "
        : " cannot be the aggregate of the parts: it lies outside ";
  }

  private static String pointEnd(Locale l) {
    return vi(l)
        ? ", nên không thể cùng một phép tính."
        : ", so it cannot be the same computation.";
  }

  private static void looseBound(
      PublishedFigure p, BigDecimal gap, Function<Locale, String> implied, List<Finding> out) {
    out.add(
        make(
            Kind.LOOSE_BOUND,
            Severity.NOTE,
            l ->
                (vi(l) ? "Như một cận, " : "As a bound, ")
                    + p.format(l)
                    + (vi(l) ? " đúng nhưng lỏng hơn " : " holds but is ")
                    + RateFormat.number(gap, l)
                    + (vi(l)
                        ? " điểm phần trăm so với mức các phần cho: "
                        : " percentage points looser than the parts imply: ")
                    + implied.apply(l)
                    + "."));
  }

  // ---------------------------------------------------------------- partition

  /**
   * Do the parts of a partition sum to its total? (early + on time + late = resolved; channels =
   * received; statuses = processed.) If not, says by how much they miss.
   *
   * @param total the whole, {@code >= 0}
   * @param parts the parts, each {@code >= 0}
   * @return the result; {@code partition(100, 50, 30, 15)} is inconsistent, 5 short
   * @throws IllegalArgumentException if a count is negative
   */
  public static AuditResult partition(long total, long... parts) {
    List<PublishedFigure> ps = new ArrayList<>();
    StringBuilder check = new StringBuilder("partition(").append(total);
    for (long part : parts) {
      ps.add(exactCount(part));
      check.append(", ").append(part);
    }
    return partition(check.append(')').toString(), exactCount(total), ps);
  }

  /**
   * Can the parts of a partition, as printed, sum to its total as printed? Counts may be rounded
   * ({@code "4,52 nghìn"}) or bounds ({@code "trên 10.000"}): the check asks whether some true
   * values add up.
   *
   * @param total the whole as printed
   * @param parts the parts as printed
   * @return the result, saying by how much the parts miss at least
   * @throws FigureParseException if a figure is not a count
   */
  public static AuditResult partition(String total, String... parts) {
    PublishedFigure t = PublishedFigure.parseCount(total);
    List<PublishedFigure> ps = new ArrayList<>();
    for (String part : parts) {
      ps.add(PublishedFigure.parseCount(part));
    }
    return partition(call("partition", total, Arrays.asList(parts)), t, ps);
  }

  static AuditResult partition(String check, PublishedFigure total, List<PublishedFigure> parts) {
    Interval sum = Interval.sumOf(parts.stream().map(PublishedFigure::interval).toList());
    Interval whole = total.interval();
    boolean exact = sum.isPoint() && whole.isPoint();
    Function<Locale, String> terms =
        l -> parts.isEmpty() ? "0" : Texts.join(parts, " + ", f -> f.format(l));
    Function<Locale, String> sumText =
        l ->
            terms.apply(l)
                + (sum.isPoint() ? " = " : (vi(l) ? " cộng lại trong " : " add up to "))
                + Texts.interval(sum, false, l).replace("{", "").replace("}", "");
    List<Finding> out = new ArrayList<>();
    if (sum.meets(whole)) {
      out.add(
          make(
              Kind.HOLDS,
              Severity.NOTE,
              l ->
                  sumText.apply(l)
                      + (exact
                          ? (vi(l) ? ", đúng bằng tổng." : ", the total.")
                          : (vi(l) ? ", có thể bằng tổng " : ", which can be the total ")
                              + total.format(l)
                              + " "
                              + total.range(l)
                              + ".")));
      return new AuditResult(check, out);
    }
    Ratio su = sum.upper();
    boolean short_ = su != null && su.compareTo(whole.lower()) < 0;
    BigInteger miss =
        short_
            ? whole.lower().minus(requireNonNull(su)).num()
            : sum.lower().minus(requireNonNull(whole.upper())).num();
    out.add(
        make(
            Kind.PARTITION_MISMATCH,
            Severity.INCONSISTENT,
            l ->
                sumText.apply(l)
                    + (vi(l) ? ", không bằng tổng " : ", not the total ")
                    + total.format(l)
                    + (exact ? "" : " " + total.range(l))
                    + ": "
                    + (vi(l) ? (short_ ? "thiếu " : "thừa ") : "")
                    + (exact ? "" : (vi(l) ? "ít nhất " : "at least "))
                    + Texts.count(miss, l)
                    + (vi(l) ? "" : (short_ ? " short" : " over"))
                    + "."));
    return new AuditResult(check, out);
  }

  // ---------------------------------------------------------------- shares

  /**
   * Can rates published as the shares of one partition (on time, late; online, at the counter) sum
   * to 100% at their printed precision? {@code shares("96,8%", "5,47%")} cannot: they add up to at
   * least 102,215%.
   *
   * @param rates the shares as printed, at least one
   * @return the result
   * @throws FigureParseException if a figure is not a rate
   * @throws IllegalArgumentException if there is no share
   */
  public static AuditResult shares(String... rates) {
    List<PublishedFigure> ps = new ArrayList<>();
    for (String r : rates) {
      ps.add(parseRate(r));
    }
    return shares(call("shares", null, Arrays.asList(rates)), ps);
  }

  /**
   * The shares check of {@link #shares(String...)} on figures as read.
   *
   * @param rates the shares, at least one
   * @return the result
   * @throws IllegalArgumentException if a figure is not a rate or there is no share
   */
  public static AuditResult shares(List<PublishedFigure> rates) {
    rates.forEach(f -> requireKind(f, PublishedFigure.Kind.RATE));
    return shares(call("shares", null, rates.stream().map(PublishedFigure::text).toList()), rates);
  }

  static AuditResult shares(String check, List<PublishedFigure> rates) {
    if (rates.isEmpty()) {
      throw new IllegalArgumentException("shares need at least one rate");
    }
    Interval sum = Interval.sumOf(rates.stream().map(PublishedFigure::interval).toList());
    boolean holds = sum.contains(Ratio.HUNDRED);
    int dec = rates.stream().mapToInt(PublishedFigure::decimals).max().orElse(0) + 1;
    Function<Locale, String> text =
        l ->
            Texts.join(rates, " + ", f -> f.format(l))
                + (vi(l) ? " cộng lại trong " : " add up to ")
                + Texts.interval(sum, true, l);
    List<Finding> out = new ArrayList<>();
    if (holds) {
      out.add(
          make(
              Kind.HOLDS,
              Severity.NOTE,
              l -> text.apply(l) + (vi(l) ? ", có thể bằng 100%." : ", which holds 100%.")));
    } else {
      boolean over = sum.lower().compareTo(Ratio.HUNDRED) >= 0;
      out.add(
          make(
              Kind.SHARES_DO_NOT_SUM,
              Severity.INCONSISTENT,
              l ->
                  text.apply(l)
                      + (over
                          ? (vi(l) ? ", luôn hơn 100%" : ", always more than 100%")
                          : (vi(l) ? ", luôn dưới 100%" : ", always less than 100%"))
                      + (vi(l)
                          ? ": không thể là các phần của cùng một tổng (lệch ít nhất "
                          : ": they cannot be the shares of one whole (off by at least ")
                      + Texts.exact(
                          over
                              ? sum.lower().minus(Ratio.HUNDRED)
                              : Ratio.HUNDRED.minus(requireNonNull(sum.upper())),
                          dec,
                          l)
                      + (vi(l) ? " điểm phần trăm)." : " percentage points).")));
    }
    return new AuditResult(check, out);
  }

  // ---------------------------------------------------------------- index score

  /**
   * Can a published index score be the sum of its published components? Components are written
   * {@code "15,7/18"} (points / maximum). Checks that each component is within its maximum, that
   * the maxima sum to the index's maximum, and that the components can sum to the total at their
   * printed precision. The total is written {@code "83,08"} (out of 100, the scale of the index of
   * Quyết định 766/QĐ-TTg) or {@code "83,08/100"}.
   *
   * <p>Example, a province's published 766 score: {@code indexScore("83,08", "15,7/18", "18,7/20",
   * "7,9/12", "9/10", "18/18", "13,8/22")} is consistent.
   *
   * <p>A component whose points are not printed is written {@code "?/22"}: it may take any points
   * from 0 to its maximum, the total is checked for some choice of them, and when it holds the
   * result gives the feasible range of each unprinted component — under the name {@code "c"} and
   * its position, {@code "c6"} for the sixth ({@link AuditResult#unknown(String)}) — a range both
   * of whose ends are reached by some choice of the other components.
   *
   * @param total the index total as printed
   * @param components the components as printed, {@code points/maximum}, or {@code ?/maximum}
   * @return the result
   * @throws FigureParseException if a figure is not a score of this form
   */
  public static AuditResult indexScore(String total, String... components) {
    Score t = score(total, false);
    List<Score> cs = new ArrayList<>();
    for (String c : components) {
      cs.add(score(c, true));
    }
    List<Finding> out = new ArrayList<>();
    Ratio maxSum = Ratio.ZERO;
    List<Interval> sets = new ArrayList<>();
    for (Score c : cs) {
      maxSum = maxSum.plus(Ratio.of(c.maximum()));
      Interval upToMaximum = Interval.closed(Ratio.ZERO, Ratio.of(c.maximum()));
      PublishedFigure printed = c.points();
      if (printed == null) {
        sets.add(upToMaximum);
        continue;
      }
      Interval within = printed.interval().intersect(upToMaximum);
      if (within.isEmpty()) {
        out.add(
            make(
                Kind.COMPONENT_ABOVE_MAXIMUM,
                Severity.INCONSISTENT,
                l ->
                    c.format(l)
                        + ": "
                        + printed.format(l)
                        + " "
                        + printed.range(l)
                        + (vi(l) ? " vượt quá điểm tối đa " : " exceeds the maximum ")
                        + RateFormat.number(c.maximum(), l)
                        + "."));
        sets.add(printed.interval());
      } else {
        sets.add(within);
      }
    }
    Ratio totalMax = Ratio.of(t.maximum());
    PublishedFigure tp = requireNonNull(t.points(), "the total is printed");
    Interval totalSet = tp.interval().intersect(Interval.closed(Ratio.ZERO, totalMax));
    if (totalSet.isEmpty()) {
      out.add(
          make(
              Kind.COMPONENT_ABOVE_MAXIMUM,
              Severity.INCONSISTENT,
              l ->
                  (vi(l) ? "Tổng " : "The total ")
                      + tp.format(l)
                      + (vi(l) ? " vượt quá điểm tối đa " : " exceeds the maximum ")
                      + RateFormat.number(t.maximum(), l)
                      + "."));
      totalSet = tp.interval();
    }
    Ratio maxSumF = maxSum;
    Function<Locale, String> maxima =
        l -> Texts.join(cs, " + ", c -> RateFormat.number(c.maximum(), l));
    if (!cs.isEmpty() && maxSum.compareTo(totalMax) != 0) {
      out.add(
          make(
              Kind.MAXIMA_MISMATCH,
              Severity.INCONSISTENT,
              l ->
                  (vi(l) ? "Điểm tối đa của các thành phần " : "The components' maxima ")
                      + maxima.apply(l)
                      + " = "
                      + Texts.exact(maxSumF, 2, l)
                      + (vi(l)
                          ? ", không bằng điểm tối đa của chỉ số "
                          : ", not the index's maximum ")
                      + RateFormat.number(t.maximum(), l)
                      + "."));
    }
    Interval sum = Interval.sumOf(sets);
    BigDecimal nominal =
        cs.stream()
            .map(Score::points)
            .filter(java.util.Objects::nonNull)
            .map(PublishedFigure::value)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean anyUnknown = cs.stream().anyMatch(c -> c.points() == null);
    Function<Locale, String> sumText =
        l ->
            Texts.join(cs, " + ", c -> c.pointsText(l))
                + (anyUnknown ? "" : " = " + RateFormat.number(nominal, l))
                + (vi(l)
                    ? "; với độ chính xác đã in, tổng nằm trong "
                    : "; at their printed precision the sum lies in ")
                + Texts.interval(sum, false, l);
    Interval totalFinal = totalSet;
    if (sum.meets(totalSet)) {
      out.add(
          make(
              Kind.HOLDS,
              Severity.NOTE,
              l ->
                  sumText.apply(l)
                      + (vi(l) ? ", có thể là " : ", which can be ")
                      + tp.format(l)
                      + " "
                      + Texts.interval(totalFinal, false, l)
                      + "."));
    } else {
      Interval ts = totalFinal;
      out.add(
          make(
              Kind.SCORE_SUM_MISMATCH,
              Severity.INCONSISTENT,
              l ->
                  sumText.apply(l)
                      + (vi(l) ? ", không thể là " : ", which cannot be ")
                      + tp.format(l)
                      + " "
                      + Texts.interval(ts, false, l)
                      + "."));
    }
    Map<String, Range<BigDecimal>> unknowns = new LinkedHashMap<>();
    if (sum.meets(totalSet)) {
      for (int i = 0; i < cs.size(); i++) {
        Score c = cs.get(i);
        if (c.points() != null) {
          continue;
        }
        Interval others = Interval.sumOf(without(sets, i));
        Interval range = totalSet.minus(others).intersect(sets.get(i));
        int position = i + 1;
        Interval ts = totalSet;
        unknowns.put("c" + position, Unknowns.range(range));
        out.add(
            Unknowns.say(
                Kind.UNKNOWN_RANGE,
                Severity.NOTE,
                "audit.unknown.index.range",
                l ->
                    List.of(
                        RateFormat.number(c.maximum(), l),
                        Texts.count(position, l),
                        Texts.interval(range, false, l),
                        t.pointsText(l) + " " + Texts.interval(ts, false, l))));
      }
    }
    return new AuditResult(call("indexScore", total, Arrays.asList(components)), out, unknowns);
  }

  private static List<Interval> without(List<Interval> sets, int skip) {
    List<Interval> rest = new ArrayList<>(sets);
    rest.remove(skip);
    return rest;
  }

  /** A component's or total's points out of its maximum; points null when not printed ("?"). */
  private record Score(@Nullable PublishedFigure points, BigDecimal maximum) {
    String pointsText(Locale l) {
      PublishedFigure p = points;
      return p == null ? "?" : p.format(l);
    }

    String format(Locale l) {
      return pointsText(l) + "/" + RateFormat.number(maximum, l);
    }
  }

  private static Score score(String text, boolean needsMaximum) {
    String[] pieces = text.split("/", -1);
    if (pieces.length > 2 || (needsMaximum && pieces.length != 2)) {
      throw FigureParser.fail(
          text,
          "expected a score written points/maximum, such as 15,7/18",
          "cần một số điểm dạng điểm/tối đa, như 15,7/18");
    }
    boolean unknown = needsMaximum && pieces.length == 2 && pieces[0].strip().equals("?");
    PublishedFigure points =
        unknown ? null : FigureParser.parse(pieces[0], FigureParser.Context.SCORE, null);
    BigDecimal maximum = BigDecimal.valueOf(100);
    if (pieces.length == 2) {
      PublishedFigure max = FigureParser.parse(pieces[1], FigureParser.Context.SCORE, null);
      if (max.qualifier() != Qualifier.NONE || max.value().signum() <= 0) {
        throw FigureParser.fail(
            text,
            "a maximum is a positive number without qualifier",
            "điểm tối đa phải là số dương, không kèm từ hạn định");
      }
      maximum = max.value();
    }
    return new Score(points, maximum);
  }

  // ---------------------------------------------------------------- smallest counts

  /**
   * The fewest dossiers that can produce a published rate: the smallest denominator, and for it the
   * smallest numerator, whose ratio the figure stands for — found exactly by descending the
   * Stern–Brocot tree, not by scanning. The fewest dossiers behind "99,79%" are 466, of which 465
   * succeed.
   *
   * @param published the rate as printed, e.g. {@code "99,79%"}; bounds are allowed ({@code "trên
   *     98,75%"} needs only 1/1)
   * @return the smallest counts, e.g. {@code 99,79% (465/466)}
   * @throws FigureParseException if {@code published} is not a rate
   */
  public static Rate smallestCounts(String published) {
    return smallestCounts(parseRate(published));
  }

  /**
   * The fewest dossiers that can produce a rate as read; see {@link #smallestCounts(String)}.
   *
   * @param published the rate, with any rounding
   * @return the smallest counts
   * @throws IllegalArgumentException if the figure is not a rate
   * @throws ArithmeticException if the counts exceed a long (more than 18 printed decimals)
   */
  public static Rate smallestCounts(PublishedFigure published) {
    requireKind(published, PublishedFigure.Kind.RATE);
    CountSearch.Pair p = CountSearch.simplest(published.interval().times(HUNDREDTH));
    return Rate.of(p.numerator().longValueExact(), p.denominator().longValueExact());
  }

  // ---------------------------------------------------------------- helpers

  static PublishedFigure parseRate(String text) {
    PublishedFigure f = PublishedFigure.parse(text);
    if (f.kind() != PublishedFigure.Kind.RATE) {
      throw FigureParser.fail(text, "expected a rate such as 98,75%", "cần một tỷ lệ như 98,75%");
    }
    return f;
  }

  private static void requireKind(PublishedFigure f, PublishedFigure.Kind kind) {
    requireNonNull(f, "figure");
    if (f.kind() != kind) {
      throw new IllegalArgumentException(
          "expected a " + kind.name().toLowerCase(Locale.ROOT) + ", got " + f);
    }
  }

  private static long exactLong(PublishedFigure f) {
    try {
      return f.value().longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("count too large: " + f.text(), e);
    }
  }

  static PublishedFigure exactCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count must be >= 0, got " + count);
    }
    return new PublishedFigure(
        Long.toString(count),
        PublishedFigure.Kind.COUNT,
        Qualifier.NONE,
        BigDecimal.valueOf(count),
        0,
        true,
        Rounding.HALF_UP);
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static String call(String name, @Nullable String first, List<String> rest) {
    StringBuilder b = new StringBuilder(name).append('(');
    if (first != null) {
      b.append(quote(first));
    }
    for (String s : rest) {
      if (b.charAt(b.length() - 1) != '(') {
        b.append(", ");
      }
      b.append(quote(s));
    }
    return b.append(')').toString();
  }

  static boolean vi(Locale l) {
    return RateFormat.isVietnamese(l);
  }

  static Finding make(Kind kind, Severity severity, Function<Locale, String> text) {
    return new Finding(kind, severity, text.apply(VI), text.apply(EN));
  }
}
