package io.github.dvckpi.audit;

import io.github.dvckpi.rate.RateFormat;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How a published figure was rounded to the digits it shows — part of reading it.
 *
 * <p>Official tables round half up ({@link #HALF_UP}, the default); some systems truncate ({@link
 * #TRUNCATION}) or round half to even ({@link #HALF_EVEN}). A printed {@code 98,75%} with two
 * decimals denotes:
 *
 * <ul>
 *   <li>half up: every ratio in {@code [98,745%; 98,755%)};
 *   <li>truncation: every ratio in {@code [98,75%; 98,76%)};
 *   <li>half even: {@code (98,745%; 98,755%)} for an odd last digit, {@code [98,745%; 98,755%]} for
 *       an even one.
 * </ul>
 */
public enum Rounding {
  /** Làm tròn nửa lên: half up, the rounding of official tables. */
  HALF_UP(RoundingMode.HALF_UP, "làm tròn nửa lên", "rounded half up"),
  /** Cắt bớt (làm tròn xuống): truncation, the digits beyond the last shown dropped. */
  TRUNCATION(RoundingMode.DOWN, "cắt bớt (làm tròn xuống)", "truncated (rounded down)"),
  /** Làm tròn nửa chẵn: half to even ("banker's rounding"). */
  HALF_EVEN(RoundingMode.HALF_EVEN, "làm tròn nửa chẵn", "rounded half to even");

  private final RoundingMode mode;
  private final String vietnamese;
  private final String english;

  Rounding(RoundingMode mode, String vietnamese, String english) {
    this.mode = mode;
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /**
   * The {@link RoundingMode} that rounds this way.
   *
   * @return {@code HALF_UP}, {@code DOWN} or {@code HALF_EVEN}
   */
  public RoundingMode mode() {
    return mode;
  }

  /**
   * The name of this rounding in a language, as used in findings: "làm tròn nửa lên" / "rounded
   * half up".
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the name
   */
  public String label(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnamese : english;
  }
}
