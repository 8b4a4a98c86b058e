package io.github.dvckpi.target;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Fraction;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One scored component of an index: a rate — of an {@link Indicator}, or a free-standing rate the
 * user supplies (e.g. "procedures provided online", which is not a dossier rate) — a maximum number
 * of points, and the threshold at which it scores in full.
 *
 * <p>Points are {@code min(1, rate / threshold) × max} (the scoring described for Quyết định
 * 766/QĐ-TTg, see {@code docs/targets.md}), computed exactly as a {@link Fraction}. Each number
 * records its {@link Provenance}; anything the user supplies is a {@link Provenance#PLACEHOLDER}
 * unless marked otherwise. Instances are immutable and thread-safe.
 */
public final class IndexComponent {

  private final String id;
  private final String vietnameseName;
  private final String englishName;
  private final @Nullable Indicator indicator;
  private final BigDecimal maxPoints;
  private final Threshold fullScoreAt;
  private final Provenance pointsProvenance;
  private final Provenance thresholdProvenance;

  private IndexComponent(
      String id,
      String vietnameseName,
      String englishName,
      @Nullable Indicator indicator,
      BigDecimal maxPoints,
      Threshold fullScoreAt,
      Provenance pointsProvenance,
      Provenance thresholdProvenance) {
    this.id = id;
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.indicator = indicator;
    this.maxPoints = maxPoints;
    this.fullScoreAt = fullScoreAt;
    this.pointsProvenance = pointsProvenance;
    this.thresholdProvenance = thresholdProvenance;
  }

  /**
   * A component scoring an indicator's rate; its numbers are placeholders until marked otherwise.
   *
   * @param id a short identifier, unique in its model, e.g. {@code 3.6}
   * @param indicator the indicator whose rate is scored; the component's names are the indicator's
   * @param maxPoints the points at full score, e.g. {@code "2"} or {@code "1,5"}
   * @param fullScoreAt the threshold at which it scores in full, e.g. {@code "80%"}
   * @return the component
   * @throws IllegalArgumentException if the id is blank, the points are not a positive number, or
   *     the threshold is not a percent
   */
  public static IndexComponent of(
      String id, Indicator indicator, String maxPoints, String fullScoreAt) {
    requireNonNull(indicator, "indicator");
    return create(
        id,
        indicator.vietnameseName(),
        indicator.englishName(),
        indicator,
        points(id, maxPoints),
        Threshold.parse(fullScoreAt));
  }

  /**
   * A component scoring a free-standing rate, supplied by the user at scoring time under the
   * component's id; its numbers are placeholders until marked otherwise.
   *
   * @param id a short identifier, unique in its model, e.g. {@code 3.1}
   * @param vietnameseName the Vietnamese name
   * @param englishName the English name
   * @param maxPoints the points at full score
   * @param fullScoreAt the threshold at which it scores in full
   * @return the component
   * @throws IllegalArgumentException if the id or a name is blank, the points are not a positive
   *     number, or the threshold is not a percent
   */
  public static IndexComponent freeStanding(
      String id, String vietnameseName, String englishName, String maxPoints, String fullScoreAt) {
    return create(
        id, vietnameseName, englishName, null, points(id, maxPoints), Threshold.parse(fullScoreAt));
  }

  private static IndexComponent create(
      String id,
      String vietnameseName,
      String englishName,
      @Nullable Indicator indicator,
      BigDecimal maxPoints,
      Threshold fullScoreAt) {
    checkArgument(!requireNonNull(id, "id").isBlank(), "an index component needs an id");
    checkArgument(
        !requireNonNull(vietnameseName, "vietnameseName").isBlank()
            && !requireNonNull(englishName, "englishName").isBlank(),
        "index component %s: name is blank",
        id);
    return new IndexComponent(
        id.strip(),
        vietnameseName,
        englishName,
        indicator,
        maxPoints,
        fullScoreAt,
        Provenance.PLACEHOLDER,
        Provenance.PLACEHOLDER);
  }

  static BigDecimal points(String what, String text) {
    requireNonNull(text, "maxPoints");
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + ": points \"" + text + "\" are not a number", e);
    }
    checkArgument(value.signum() > 0, "%s: points %s must be positive", what, text);
    return value.stripTrailingZeros();
  }

  /**
   * The same component with the provenance of its maximum points and of its threshold recorded.
   *
   * @param points how sure the maximum points are
   * @param threshold how sure the full-score threshold is
   * @return the component with its provenance
   */
  public IndexComponent withProvenance(Provenance points, Provenance threshold) {
    return new IndexComponent(
        id,
        vietnameseName,
        englishName,
        indicator,
        maxPoints,
        fullScoreAt,
        requireNonNull(points, "points"),
        requireNonNull(threshold, "threshold"));
  }

  /**
   * The points for a rate: {@code min(1, rate / fullScoreAt) × maxPoints}, exactly. A threshold of
   * 0% scores every rate in full.
   *
   * @param rate a defined rate
   * @return the points, in {@code [0, maxPoints]}
   * @throws IllegalArgumentException if the rate is undefined
   */
  public Fraction points(Rate rate) {
    requireNonNull(rate, "rate");
    checkArgument(
        !rate.isUndefined(), "index component %s: the rate 0/0 is undefined, it has no points", id);
    Fraction max = Fraction.of(maxPoints);
    if (fullScoreAt.compareRate(rate) >= 0) {
      return max;
    }
    return Fraction.of(rate).dividedBy(fullScoreAt.share()).times(max);
  }

  /**
   * The identifier.
   *
   * @return e.g. {@code 3.3}
   */
  public String id() {
    return id;
  }

  /**
   * The name in a language.
   *
   * @param locale the language
   * @return the name
   */
  public String displayName(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnameseName : englishName;
  }

  /**
   * The indicator whose rate is scored.
   *
   * @return the indicator, or empty for a free-standing rate
   */
  public Optional<Indicator> indicator() {
    return Optional.ofNullable(indicator);
  }

  /**
   * The points at full score.
   *
   * @return the maximum, positive
   */
  public BigDecimal maxPoints() {
    return maxPoints;
  }

  /**
   * The threshold at which the component scores in full.
   *
   * @return the threshold
   */
  public Threshold fullScoreAt() {
    return fullScoreAt;
  }

  /**
   * How sure the maximum points are.
   *
   * @return the provenance
   */
  public Provenance pointsProvenance() {
    return pointsProvenance;
  }

  /**
   * How sure the threshold is.
   *
   * @return the provenance
   */
  public Provenance thresholdProvenance() {
    return thresholdProvenance;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IndexComponent c
        && c.id.equals(id)
        && c.vietnameseName.equals(vietnameseName)
        && c.englishName.equals(englishName)
        && c.indicator == indicator
        && c.maxPoints.equals(maxPoints)
        && c.fullScoreAt.equals(fullScoreAt)
        && c.pointsProvenance == pointsProvenance
        && c.thresholdProvenance == thresholdProvenance;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        vietnameseName,
        englishName,
        indicator,
        maxPoints,
        fullScoreAt,
        pointsProvenance,
        thresholdProvenance);
  }

  /**
   * E.g. {@code 3.6 Tỷ lệ hồ sơ thanh toán trực tuyến: tối đa 2 điểm (…), đạt điểm tối đa từ 80%
   * (…)}, with the provenance of each number in brackets.
   */
  @Override
  public String toString() {
    Locale vi = RateFormat.VIETNAMESE;
    return id
        + " "
        + vietnameseName
        + ": tối đa "
        + RateFormat.number(maxPoints, vi)
        + " điểm ("
        + pointsProvenance.displayName(vi)
        + "), đạt điểm tối đa từ "
        + fullScoreAt.format(vi)
        + " ("
        + thresholdProvenance.displayName(vi)
        + ")";
  }
}
