package io.github.dvckpi.audit;

import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * The word in front of a published figure that says how the true value relates to the printed one.
 *
 * <p>With {@code u} the unit of the figure's last digit (see {@link PublishedFigure}):
 *
 * <ul>
 *   <li>{@link #NONE} ("đạt", "reached", or nothing): the true value prints as the figure;
 *   <li>{@link #ABOVE} ("trên", "hơn", "over", "above", "more than"): strictly above the printed
 *       value;
 *   <li>{@link #BELOW} ("dưới", "under", "below", "less than"): strictly below it;
 *   <li>{@link #NEARLY} ("gần", "nearly", "almost"): at most the printed value and at least one
 *       unit {@code u} below it;
 *   <li>{@link #ABOUT} ("khoảng", "about", "around", "approximately"): within half a unit {@code u}
 *       of it, both ends included.
 * </ul>
 *
 * <p>{@code ABOVE} and {@code BELOW} are <em>bounds</em>: an audit reports both readings of a
 * bounded figure, as a bound and as if it were a point value.
 */
public enum Qualifier {
  /** No qualifier, or "đạt" / "reached": a point value, rounded as printed. */
  NONE("", ""),
  /** "trên", "hơn" / "over", "above", "more than": a lower bound, not reached. */
  ABOVE("trên", "over"),
  /** "dưới" / "under", "below", "less than": an upper bound, not reached. */
  BELOW("dưới", "under"),
  /** "gần" / "nearly", "almost": slightly below, at most one unit of the last digit. */
  NEARLY("gần", "nearly"),
  /** "khoảng" / "about", "around", "approximately": within half a unit of the last digit. */
  ABOUT("khoảng", "about");

  private final String vietnamese;
  private final String english;

  Qualifier(String vietnamese, String english) {
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /**
   * Whether this qualifier makes the figure a bound ({@link #ABOVE} or {@link #BELOW}).
   *
   * @return true for a bound
   */
  public boolean isBound() {
    return this == ABOVE || this == BELOW;
  }

  /**
   * The word printed in front of a figure: "trên" / "over"; empty for {@link #NONE}.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the word, without a trailing space
   */
  public String word(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnamese : english;
  }
}
