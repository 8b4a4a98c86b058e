package io.github.dvckpi.audit;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A figure as it appears in print — {@code "trên 98,75%"}, {@code "659.245"}, {@code "4,52 nghìn"}
 * — read as the <em>set of true values it can stand for</em>.
 *
 * <p>An exact count is one value. {@code "4,52 nghìn"} is every count that prints so: 4.515 to
 * 4.524 under half-up rounding. {@code "98,75%"} is every ratio in {@code [98,745%; 98,755%)}.
 * {@code "trên 98,75%"} is every ratio above 98,75%. The precision is what the digits show, the
 * rounding convention ({@link Rounding}, half up by default) is part of the reading, and the
 * qualifier ({@link Qualifier}) says how the true value relates to the printed one. The checks of
 * {@link FigureAudit} ask whether relations between such sets can hold, exactly.
 *
 * <h2>Grammar</h2>
 *
 * <pre>
 * figure     = [ "đạt" | "reached" ] [ qualifier ] number [ suffix ]
 * qualifier  = "trên" | "hơn" | "over" | "above" | "more than"        (above)
 *            | "dưới" | "under" | "below" | "less than"               (below)
 *            | "gần" | "nearly" | "almost"                           (nearly)
 *            | "khoảng" | "about" | "around" | "approximately"       (about)
 * number     = digit { digit | "." | "," }  digit                    (no sign)
 * suffix     = "%" | "phần trăm" | "percent"                         (a rate)
 *            | "ngàn" | "nghìn" | "triệu" | "tỷ" | "tỉ"              (a count, Vietnamese)
 *            | "thousand" | "million" | "billion"                    (a count, English)
 * </pre>
 *
 * <p>Letters are case-insensitive, spaces (also non-breaking) are free between the parts. How the
 * separators are read:
 *
 * <ul>
 *   <li>a <b>rate</b> ({@code %}) is at most 100%, so a single separator is its decimal point:
 *       {@code "98,75%"}, {@code "98.75%"}, {@code "3,45 %"};
 *   <li>a <b>scaled count</b> takes the language of its word: {@code "1,488 triệu"} is 1,488
 *       million (1.487.500–1.488.499), {@code "2.3 million"} is 2.3 million;
 *   <li>repeated separators group thousands ({@code "1.234.567"}, {@code "1,234,567"}); two
 *       different separators give the language ({@code "1.234,5"} Vietnamese, {@code "1,234.5"}
 *       English);
 *   <li>a bare number with one separator followed by exactly three digits ({@code "7.600"}, {@code
 *       "659.245"}) is <b>ambiguous</b> — 7.600 in Vietnamese, 7.6 in English — and {@link
 *       #parse(String)} refuses it and says why; {@link #parse(String, Locale)} reads it in the
 *       language given, and {@link #parseCount(String)} reads it as thousands grouping, since a
 *       count is whole;
 *   <li>a bare whole number ({@code "12516"}) is an exact count; a bare decimal ({@code "83,08"})
 *       is a number such as an index score, rounded as printed.
 * </ul>
 *
 * <p>The unit {@code u} of the last digit is that of the last printed decimal (for {@code "4,52
 * nghìn"}, 10). The qualifiers {@link Qualifier#NEARLY} and {@link Qualifier#ABOUT} of a bare whole
 * count use the unit of its last non-zero digit ({@code "khoảng 10.000"}: 5.000 to 15.000).
 *
 * <p>Equality is by meaning (kind, qualifier, value, precision, rounding), not by spelling: {@code
 * "98,75%"} equals {@code "98.75%"}. Instances are immutable and thread-safe.
 */
public final class PublishedFigure {

  /** What a published figure measures. */
  public enum Kind {
    /** A rate (tỷ lệ) in percent, between 0% and 100%. */
    RATE,
    /** A count (số lượng) of dossiers or procedures: a whole number, possibly printed rounded. */
    COUNT,
    /** Any other number, such as an index score (điểm): non-negative, rounded as printed. */
    NUMBER
  }

  private static final Ratio HALF = Ratio.of(1, 2);

  private final String text;
  private final Kind kind;
  private final Qualifier qualifier;
  private final BigDecimal printed;
  private final int thousands;
  private final boolean exact;
  private final Rounding rounding;

  PublishedFigure(
      String text,
      Kind kind,
      Qualifier qualifier,
      BigDecimal printed,
      int thousands,
      boolean exact,
      Rounding rounding) {
    this.text = text;
    this.kind = kind;
    this.qualifier = qualifier;
    this.printed = printed;
    this.thousands = thousands;
    this.exact = exact;
    this.rounding = rounding;
  }

  /**
   * Reads a figure as printed, without a language hint; see the grammar above.
   *
   * @param text the figure, e.g. {@code "trên 98,75%"}, {@code "4,52 nghìn"}, {@code "12516"}
   * @return the figure, rounded half up
   * @throws FigureParseException if the text is not a figure, or is ambiguous without a language
   *     (e.g. {@code "7.600"}); the message says why
   */
  public static PublishedFigure parse(String text) {
    return FigureParser.parse(text, FigureParser.Context.ANY, null);
  }

  /**
   * Reads a figure as printed in a language, which settles numbers such as {@code "7.600"}: seven
   * thousand six hundred in Vietnamese, seven point six in English.
   *
   * @param text the figure
   * @param language {@link RateFormat#VIETNAMESE} (dot groups thousands, comma is the decimal
   *     point) or any other locale for the English way
   * @return the figure, rounded half up
   * @throws FigureParseException if the text is not a figure
   */
  public static PublishedFigure parse(String text, Locale language) {
    return FigureParser.parse(text, FigureParser.Context.ANY, requireNonNull(language, "language"));
  }

  /**
   * Reads a count as printed: {@code "659.245"}, {@code "7,520"}, {@code "12516"}, {@code "4,52
   * nghìn"}, {@code "trên 10.000"}. A count is whole, so one separator followed by three digits
   * groups thousands.
   *
   * @param text the count
   * @return the figure, of kind {@link Kind#COUNT}
   * @throws FigureParseException if the text is not a count (a rate, a decimal, not a number)
   */
  public static PublishedFigure parseCount(String text) {
    return FigureParser.parse(text, FigureParser.Context.COUNT, null);
  }

  /**
   * The same figure read with another rounding convention.
   *
   * @param convention how the printed digits were rounded
   * @return the figure with that rounding
   */
  public PublishedFigure withRounding(Rounding convention) {
    return new PublishedFigure(
        text, kind, qualifier, printed, thousands, exact, requireNonNull(convention, "convention"));
  }

  /**
   * The same figure without its qualifier: {@code "trên 98,75%"} read as the point value {@code
   * "98,75%"}.
   *
   * @return the point reading
   */
  public PublishedFigure asPoint() {
    return new PublishedFigure(text, kind, Qualifier.NONE, printed, thousands, exact, rounding);
  }

  /**
   * The text this figure was read from.
   *
   * @return the text as given
   */
  public String text() {
    return text;
  }

  /**
   * What the figure measures.
   *
   * @return rate, count or number
   */
  public Kind kind() {
    return kind;
  }

  /**
   * How the true value relates to the printed one.
   *
   * @return the qualifier; {@link Qualifier#NONE} for a plain figure
   */
  public Qualifier qualifier() {
    return qualifier;
  }

  /**
   * The printed value in its unit: percent for a rate ({@code 98.75}), dossiers for a count ({@code
   * 4520} for "4,52 nghìn"), the number otherwise. Its scale is the printed precision.
   *
   * @return the value
   */
  public BigDecimal value() {
    return printed.movePointRight(3 * thousands);
  }

  /**
   * The unit of the last printed digit, in the unit of {@link #value()}: {@code 0.01} for "98,75%",
   * {@code 10} for "4,52 nghìn", {@code 1} for "12516".
   *
   * @return the unit, positive
   */
  public BigDecimal unit() {
    return BigDecimal.ONE.movePointLeft(printed.scale()).movePointRight(3 * thousands);
  }

  /**
   * The number of decimals printed, e.g. 2 for "98,75%".
   *
   * @return the printed decimals, at least 0
   */
  public int decimals() {
    return printed.scale();
  }

  /**
   * Whether the figure is an exact count (a bare whole number), one value rather than a rounded
   * one.
   *
   * @return true for an exact count
   */
  public boolean isExact() {
    return exact;
  }

  /**
   * The rounding convention the figure is read with.
   *
   * @return the rounding, {@link Rounding#HALF_UP} unless changed by {@link #withRounding}
   */
  public Rounding rounding() {
    return rounding;
  }

  /**
   * Whether a rate can be the true value behind this figure.
   *
   * @param rate any rate
   * @return true if this is a rate figure whose set holds the rate; false for an undefined rate
   */
  public boolean contains(Rate rate) {
    requireNonNull(rate, "rate");
    return kind == Kind.RATE && !rate.isUndefined() && interval().contains(percentOf(rate));
  }

  /**
   * Whether a value can be the true value behind this figure: a count for a count figure, a number
   * for a number, a percent (e.g. {@code 98.75}) for a rate.
   *
   * @param value the candidate true value
   * @return true if it is in the set this figure denotes (a count must also be whole)
   */
  public boolean contains(BigDecimal value) {
    requireNonNull(value, "value");
    Ratio r = Ratio.of(value);
    return (kind != Kind.COUNT || r.isInteger()) && interval().contains(r);
  }

  /** The set of possible true values, in the unit of {@link #value()}. */
  Interval interval() {
    Ratio v = Ratio.of(value());
    Interval domain =
        kind == Kind.RATE
            ? Interval.closed(Ratio.ZERO, Ratio.HUNDRED)
            : new Interval(Ratio.ZERO, true, null, false);
    Interval raw =
        switch (qualifier) {
          case NONE -> pointInterval(v);
          case ABOVE -> new Interval(v, false, null, false);
          case BELOW -> new Interval(Ratio.ZERO, true, v, false);
          case NEARLY -> Interval.closed(v.minus(looseUnit()), v);
          case ABOUT -> {
            Ratio half = looseUnit().times(HALF);
            yield Interval.closed(v.minus(half), v.plus(half));
          }
        };
    Interval set = raw.intersect(domain);
    return kind == Kind.COUNT ? set.integers() : set;
  }

  private Interval pointInterval(Ratio v) {
    if (exact) {
      return Interval.point(v);
    }
    Ratio u = Ratio.of(unit());
    Ratio half = u.times(HALF);
    return switch (rounding) {
      case HALF_UP -> new Interval(v.minus(half), true, v.plus(half), false);
      case TRUNCATION -> new Interval(v, true, v.plus(u), false);
      case HALF_EVEN -> {
        boolean even = !printed.unscaledValue().testBit(0);
        yield new Interval(v.minus(half), even, v.plus(half), even);
      }
    };
  }

  /** The unit used by "gần" and "khoảng": the last non-zero digit's for an exact count. */
  private Ratio looseUnit() {
    if (!exact || printed.signum() == 0) {
      return Ratio.of(unit());
    }
    BigInteger n = printed.unscaledValue();
    BigInteger u = BigInteger.ONE;
    while (n.mod(BigInteger.TEN).signum() == 0) {
      n = n.divide(BigInteger.TEN);
      u = u.multiply(BigInteger.TEN);
    }
    return Ratio.of(u);
  }

  /**
   * The figure printed in a language, with its qualifier, e.g. {@code "trên 98,75%"} / {@code "over
   * 98.75%"}, {@code "4,52 nghìn"} / {@code "4.52 thousand"}.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the printed figure, which {@link #parse(String, Locale)} reads back to an equal figure
   */
  public String format(Locale locale) {
    String word = qualifier.word(locale);
    String number = RateFormat.number(printed, locale);
    String body =
        switch (kind) {
          case RATE -> number + "%";
          case COUNT -> thousands == 0 ? number : number + " " + scaleWord(thousands, locale);
          case NUMBER -> number;
        };
    return word.isEmpty() ? body : word + " " + body;
  }

  /**
   * The set of true values this figure stands for, in interval notation: {@code [98,745%; 98,755%)}
   * in Vietnamese, {@code [98.745%, 98.755%)} in English; counts as whole ranges such as {@code
   * [4.515; 4.524]}.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the set, printed
   */
  public String range(Locale locale) {
    return Texts.interval(interval(), kind == Kind.RATE, locale);
  }

  /**
   * The figure and its set, e.g. {@code 98,75% ∈ [98,745%; 98,755%)}.
   *
   * @return a readable form, in Vietnamese
   */
  @Override
  public String toString() {
    return format(RateFormat.VIETNAMESE) + " ∈ " + range(RateFormat.VIETNAMESE);
  }

  /**
   * Equality by meaning: kind, qualifier, printed value and precision, scale word, exactness and
   * rounding; not by the spelling of the text.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PublishedFigure f
        && f.kind == kind
        && f.qualifier == qualifier
        && f.printed.equals(printed)
        && f.thousands == thousands
        && f.exact == exact
        && f.rounding == rounding;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, qualifier, printed, thousands, exact, rounding);
  }

  static Ratio percentOf(Rate rate) {
    return Ratio.of(rate.numerator(), rate.denominator()).times(Ratio.HUNDRED);
  }

  static String scaleWord(int thousands, Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    return switch (thousands) {
      case 1 -> vi ? "nghìn" : "thousand";
      case 2 -> vi ? "triệu" : "million";
      default -> vi ? "tỷ" : "billion";
    };
  }
}
