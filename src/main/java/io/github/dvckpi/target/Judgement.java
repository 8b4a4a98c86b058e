package io.github.dvckpi.target;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a target is judged on: the exact rate (the default), or the published rate — the percent
 * rounded at a scale with a rounding mode, as a table prints it.
 *
 * <p>The two can disagree: 79.996/100.000 (79,996%) is below 80% exactly, but is published as
 * "80,00%", which meets 80%. Every {@link Evaluation} records the judgement it used. Instances are
 * immutable and thread-safe.
 */
public final class Judgement {

  private static final Judgement EXACT = new Judgement(-1, RoundingMode.UNNECESSARY);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final int scale;
  private final RoundingMode mode;

  private Judgement(int scale, RoundingMode mode) {
    this.scale = scale;
    this.mode = mode;
  }

  /**
   * Judging on the exact rate {@code n/d}, compared with the threshold as a rational.
   *
   * @return the exact judgement
   */
  public static Judgement exact() {
    return EXACT;
  }

  /**
   * Judging on the rate as official tables publish it: rounded at 2 decimals, half up.
   *
   * @return the published judgement at {@link RateFormat#DEFAULT_SCALE} and {@link
   *     RateFormat#DEFAULT_ROUNDING}
   */
  public static Judgement published() {
    return published(RateFormat.DEFAULT_SCALE, RateFormat.DEFAULT_ROUNDING);
  }

  /**
   * Judging on the rate rounded at a scale with a rounding mode.
   *
   * @param scale decimals of the percent, in [0, 30]
   * @param mode how to round; not {@link RoundingMode#UNNECESSARY}
   * @return the published judgement
   * @throws IllegalArgumentException if the scale is out of range or the mode is UNNECESSARY
   */
  public static Judgement published(int scale, RoundingMode mode) {
    requireNonNull(mode, "mode");
    checkArgument(scale >= 0 && scale <= 30, "scale must be in [0, 30], got %s", scale);
    checkArgument(
        mode != RoundingMode.UNNECESSARY,
        "a published rate needs a real rounding mode, not UNNECESSARY");
    return new Judgement(scale, mode);
  }

  /**
   * Whether the exact rate is judged.
   *
   * @return true for {@link #exact()}
   */
  public boolean isExact() {
    return scale < 0;
  }

  /**
   * The decimals of the published percent.
   *
   * @return the scale
   * @throws IllegalStateException for the exact judgement
   */
  public int scale() {
    if (isExact()) {
      throw new IllegalStateException("the exact judgement does not round: it has no scale");
    }
    return scale;
  }

  /**
   * The rounding of the published percent.
   *
   * @return the rounding mode
   * @throws IllegalStateException for the exact judgement
   */
  public RoundingMode roundingMode() {
    if (isExact()) {
      throw new IllegalStateException(
          "the exact judgement does not round: it has no rounding mode");
    }
    return mode;
  }

  /** The published percent of n/d (d > 0, any size). */
  BigDecimal publishedPercent(BigInteger n, BigInteger d) {
    return new BigDecimal(n.multiply(BigInteger.valueOf(100)))
        .divide(new BigDecimal(d), scale, mode);
  }

  /**
   * The published percent of a rate under this judgement.
   *
   * @param rate a defined rate
   * @return the rounded percent
   * @throws IllegalStateException for the exact judgement
   */
  BigDecimal publishedPercent(Rate rate) {
    return publishedPercent(
        BigInteger.valueOf(rate.numerator()), BigInteger.valueOf(rate.denominator()));
  }

  /**
   * The value the published percent tends to as a rate approaches {@code limit} (0% or 100%)
   * without reaching it: {@code 100 − 10^−(s+2)} or {@code 10^−(s+2)}, rounded.
   */
  BigDecimal publishedNear(boolean hundred) {
    BigDecimal tiny = BigDecimal.ONE.movePointLeft(scale + 2);
    BigDecimal value = hundred ? HUNDRED.subtract(tiny) : tiny;
    return value.setScale(scale, mode);
  }

  /**
   * Describes the judgement: {@code tỷ lệ chính xác} / {@code the exact rate}, or {@code tỷ lệ công
   * bố (2 chữ số thập phân, HALF_UP)} / {@code the published rate (2 decimals, HALF_UP)}.
   *
   * @param locale the language
   * @return the description
   */
  public String describe(Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    if (isExact()) {
      return vi ? "tỷ lệ chính xác" : "the exact rate";
    }
    return vi
        ? "tỷ lệ công bố (" + scale + " chữ số thập phân, " + mode + ")"
        : "the published rate (" + scale + " decimals, " + mode + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Judgement j && j.scale == scale && j.mode == mode;
  }

  @Override
  public int hashCode() {
    return 31 * scale + mode.hashCode();
  }

  /** {@code exact} or {@code published(2, HALF_UP)}. */
  @Override
  public String toString() {
    return isExact() ? "exact" : "published(" + scale + ", " + mode + ")";
  }
}
