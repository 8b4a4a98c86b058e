package io.github.dvckpi.target;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.rate.Fraction;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.Scope;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of evaluating a rate against a {@link Target}: the {@link #verdict()}, the {@link
 * #gap()} in percentage points, the {@link #shortfall()} in dossiers, and the alternative reading
 * {@link #moreSuccessfulNewDossiers()}.
 *
 * <p>It records the {@link #judgement()} used (exact or published) and the {@link #scope()} the
 * rate came from (for a report's row), so a reader can see why a verdict was given: 79.996/100.000
 * is {@link Verdict#NOT_MET} against 80% exactly, but {@link Verdict#MET} when judged as published
 * ("80,00%"), and {@link #exactVerdict()} keeps the exact verdict in both cases.
 *
 * <p>{@link #message(Locale)} reads like a report: {@code Đạt (99,79% ≥ 80%)}, {@code Not met:
 * 76.11% < 80%, short by 1,234 dossiers}. Instances are immutable and thread-safe.
 */
public final class Evaluation {

  private static final int GAP_SCALE = 30;

  private final Target target;
  private final Rate rate;
  private final @Nullable Scope scope;
  private final @Nullable AdministrativeUnit territory;
  private final Judgement judgement;
  private final Verdict verdict;
  private final Verdict exactVerdict;
  private final @Nullable Fraction gapExactly;
  private final long shortfall;
  private final @Nullable BigInteger moreSuccessfulNewDossiers;

  Evaluation(
      Target target,
      Rate rate,
      @Nullable Scope scope,
      @Nullable AdministrativeUnit territory,
      Judgement judgement) {
    this.target = requireNonNull(target, "target");
    this.rate = requireNonNull(rate, "rate");
    this.scope = scope;
    this.territory = territory;
    this.judgement = requireNonNull(judgement, "judgement");
    if (rate.isUndefined()) {
      verdict = Verdict.NO_DATA;
      exactVerdict = Verdict.NO_DATA;
      gapExactly = null;
      shortfall = 0;
      moreSuccessfulNewDossiers = null;
      return;
    }
    BigInteger n = BigInteger.valueOf(rate.numerator());
    BigInteger d = BigInteger.valueOf(rate.denominator());
    Criterion judged = new Criterion(target.direction(), target.threshold(), judgement);
    Criterion exact = new Criterion(target.direction(), target.threshold(), Judgement.exact());
    verdict = judged.meets(n, d) ? Verdict.MET : Verdict.NOT_MET;
    exactVerdict = exact.meets(n, d) ? Verdict.MET : Verdict.NOT_MET;
    Fraction value =
        judgement.isExact()
            ? Fraction.percentOf(rate)
            : Fraction.of(judgement.publishedPercent(rate));
    Fraction difference = value.minus(target.threshold().percentFraction());
    gapExactly = target.direction() == Direction.AT_LEAST ? difference : difference.negate();
    shortfall = judged.shortfall(n, d).longValueExact();
    moreSuccessfulNewDossiers = judged.moreSuccessfulNewDossiers(n, d).orElse(null);
  }

  /**
   * The target evaluated.
   *
   * @return the target
   */
  public Target target() {
    return target;
  }

  /**
   * The rate evaluated.
   *
   * @return the rate, possibly undefined
   */
  public Rate rate() {
    return rate;
  }

  /**
   * The row of a report the rate comes from: a {@link Scope.Tier tier}, a {@link Scope.Unit unit},
   * a territory's {@link Scope.OwnAgencies own agencies} or the {@link Scope.Total total}.
   *
   * @return the scope, or empty for a bare rate
   */
  public Optional<Scope> scope() {
    return Optional.ofNullable(scope);
  }

  /**
   * The territory of the report the rate comes from.
   *
   * @return the territory, or empty for a bare rate or a report without one
   */
  public Optional<AdministrativeUnit> territory() {
    return Optional.ofNullable(territory);
  }

  /**
   * Where the rate comes from, in words: {@code TP Hà Tĩnh, cấp xã}, {@code TP Hà Tĩnh, tổng các
   * cấp}, {@code TX Kỳ Anh}, {@code Cơ quan trực thuộc Hà Tĩnh}.
   *
   * @param locale the language
   * @return the description, or empty for a bare rate
   */
  public Optional<String> where(Locale locale) {
    if (scope == null) {
      return Optional.empty();
    }
    String in = territory == null ? "" : territory.name() + ", ";
    if (scope instanceof Scope.Total) {
      return Optional.of(in + (RateFormat.isVietnamese(locale) ? "tổng các cấp" : "all tiers"));
    }
    if (scope instanceof Scope.Tier) {
      return Optional.of(in + scope.label(locale));
    }
    return Optional.of(scope.label(locale));
  }

  /**
   * What the verdict was judged on: the exact rate or the published (rounded) rate.
   *
   * @return the judgement used
   */
  public Judgement judgement() {
    return judgement;
  }

  /**
   * The verdict under {@link #judgement()}: met, not met, or no data for an undefined rate.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * The verdict on the exact rate, whatever the judgement; equal to {@link #verdict()} when judged
   * exactly.
   *
   * @return the exact verdict
   */
  public Verdict exactVerdict() {
    return exactVerdict;
  }

  /**
   * Whether the rate had data.
   *
   * @return false exactly when the verdict is {@link Verdict#NO_DATA}
   */
  public boolean hasData() {
    return verdict != Verdict.NO_DATA;
  }

  /**
   * The published percent the verdict was judged on, when judged as published.
   *
   * @return the rounded percent, or empty for the exact judgement or an undefined rate
   */
  public Optional<BigDecimal> publishedPercent() {
    if (judgement.isExact() || rate.isUndefined()) {
      return Optional.empty();
    }
    return Optional.of(judgement.publishedPercent(rate));
  }

  /**
   * The gap in percentage points, signed so that positive means better than the target: {@code rate
   * − threshold} for "at least", {@code threshold − rate} for "at most"; zero or positive exactly
   * when met. Under the published judgement it is the published percent's gap.
   *
   * <p>The value is exact whenever its decimal expansion terminates — always under the published
   * judgement, and whenever the rate's denominator has no prime factor other than 2 and 5 (e.g.
   * 10.000). Otherwise (e.g. 1/3) it is rounded away from zero at 30 decimals, so its sign is still
   * exact; {@link #gapExactly()} gives the exact rational.
   *
   * @return the gap, e.g. {@code -0.01} for 79,99% against "at least 80%"
   * @throws IllegalStateException if there is no data
   */
  public BigDecimal gap() {
    Fraction g = gapExactly();
    return g.toBigDecimalExact()
        .orElseGet(() -> g.toBigDecimal(GAP_SCALE, RoundingMode.UP).stripTrailingZeros());
  }

  /**
   * The gap in percentage points as an exact rational; see {@link #gap()}.
   *
   * @return the gap
   * @throws IllegalStateException if there is no data
   */
  public Fraction gapExactly() {
    if (gapExactly == null) {
      throw noData("gap");
    }
    return gapExactly;
  }

  /**
   * The shortfall: the smallest number of dossiers that would have had to succeed instead of fail
   * for the target to be met — the least {@code k ≥ 0} with {@code (n + k)/d} meeting an "at least"
   * target, or {@code (n − k)/d} meeting an "at most" target (for a late rate: late dossiers that
   * would have had to be on time). Zero exactly when met; exact for any counts.
   *
   * @return the shortfall, {@code 0 <= k <= d}
   * @throws IllegalStateException if there is no data
   */
  public long shortfall() {
    if (!hasData()) {
      throw noData("shortfall");
    }
    return shortfall;
  }

  /**
   * The alternative reading of the shortfall, "how many more successful new dossiers": the least
   * {@code k ≥ 0} such that {@code k} additional dossiers, all successful, meet the target — {@code
   * (n + k)/(d + k)} for "at least", {@code n/(d + k)} for "at most" (new dossiers that are not in
   * the numerator, e.g. on time). It is never smaller than {@link #shortfall()}.
   *
   * @return the count, exact and of any size; empty when no number of new dossiers can meet the
   *     target ("at least 100%" with a failure, "at most 0%" with a success, or a published
   *     rounding that never reaches the threshold)
   * @throws IllegalStateException if there is no data
   */
  public Optional<BigInteger> moreSuccessfulNewDossiers() {
    if (!hasData()) {
      throw noData("moreSuccessfulNewDossiers");
    }
    return Optional.ofNullable(moreSuccessfulNewDossiers);
  }

  private IllegalStateException noData(String what) {
    return new IllegalStateException(
        "no data: the rate 0/0 is undefined, so there is no "
            + what
            + " for "
            + target.describe(RateFormat.ENGLISH));
  }

  /**
   * The verdict as a sentence: {@code Đạt (99,79% ≥ 80%)}, {@code Chưa đạt: 76,11% < 80%, thiếu
   * 1.234 hồ sơ}, {@code Not met: 2.03% > 2%, over by 3 dossiers}, {@code Met as published (80.00%
   * ≥ 80%); on the exact rate 79.996% it is not met}. The exact percent is shown with as many
   * decimals as it takes to show the comparison truthfully.
   *
   * @param locale the language
   * @return the sentence
   */
  public String message(Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    String condition = target.condition(locale);
    if (!hasData()) {
      return vi
          ? "Không có dữ liệu (0/0): không đánh giá được " + condition
          : "No data (0/0): " + condition + " cannot be judged";
    }
    String threshold = target.threshold().format(locale);
    boolean met = verdict == Verdict.MET;
    String sign = met ? comparisonSign() : target.direction().failSymbol();
    String shown =
        judgement.isExact()
            ? exactPercent(locale)
            : RateFormat.percent(judgement.publishedPercent(rate), locale);
    String name = verdict.displayName(locale);
    if (!judgement.isExact()) {
      name += vi ? " theo tỷ lệ công bố" : " as published";
    }
    StringBuilder out = new StringBuilder(name);
    if (met) {
      out.append(" (").append(shown).append(' ').append(sign).append(' ').append(threshold);
      out.append(')');
    } else {
      out.append(": ").append(shown).append(' ').append(sign).append(' ').append(threshold);
      out.append(", ").append(shortfallWords(locale));
    }
    if (exactVerdict != verdict) {
      String exact = exactPercent(locale);
      out.append(
          vi
              ? "; theo tỷ lệ chính xác "
                  + exact
                  + " thì "
                  + exactVerdict.displayName(locale).toLowerCase(locale)
              : "; on the exact rate "
                  + exact
                  + " it is "
                  + exactVerdict.displayName(locale).toLowerCase(locale));
    }
    return out.toString();
  }

  private String comparisonSign() {
    int cmp = gapExactly().signum();
    return cmp == 0 ? "=" : target.direction().symbol();
  }

  private String shortfallWords(Locale locale) {
    String count = RateFormat.count(shortfall, locale);
    boolean atLeast = target.direction() == Direction.AT_LEAST;
    if (RateFormat.isVietnamese(locale)) {
      return (atLeast ? "thiếu " : "thừa ") + count + " hồ sơ";
    }
    String dossiers = shortfall == 1 ? " dossier" : " dossiers";
    return (atLeast ? "short by " : "over by ") + count + dossiers;
  }

  /** The exact percent with the fewest decimals (at least 2) that show the comparison truly. */
  private String exactPercent(Locale locale) {
    Threshold t = target.threshold();
    int truth = Integer.signum(t.compareRate(rate));
    if (truth == 0) {
      return t.format(locale);
    }
    for (int scale = RateFormat.DEFAULT_SCALE; scale <= 30; scale++) {
      BigDecimal shown = rate.percent(scale, RoundingMode.HALF_UP);
      if (Integer.signum(shown.compareTo(t.percent())) == truth) {
        return RateFormat.percent(shown, locale);
      }
    }
    return RateFormat.percent(
        rate.percent(30, truth < 0 ? RoundingMode.DOWN : RoundingMode.UP), locale);
  }

  /**
   * Describes the evaluation in full: the scope (if any), the indicator, and the {@link
   * #message(Locale) message}.
   *
   * @param locale the language
   * @return e.g. {@code TP Hà Tĩnh, cấp xã — Tỷ lệ hồ sơ trực tuyến (TTHC đủ điều kiện): Đạt
   *     (99,77% ≥ 80%)}
   */
  public String describe(Locale locale) {
    String where = where(locale).map(w -> w + " — ").orElse("");
    return where + target.indicator().displayName(locale) + ": " + message(locale);
  }

  /**
   * Equality by target, rate (structurally), scope, territory and judgement; the rest follows from
   * them.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Evaluation e
        && e.target.equals(target)
        && e.rate.equals(rate)
        && Objects.equals(e.scope, scope)
        && Objects.equals(e.territory, territory)
        && e.judgement.equals(judgement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, rate, scope, territory, judgement);
  }

  /** The Vietnamese description; see {@link #describe(Locale)}. */
  @Override
  public String toString() {
    return describe(RateFormat.VIETNAMESE);
  }
}
