package io.github.dvckpi.audit;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * One thing an audit found about published figures: what kind of finding it is, how serious, and a
 * message in Vietnamese and in English that shows the arithmetic.
 *
 * @param kind what was found
 * @param severity whether the figures cannot all be true ({@link Severity#INCONSISTENT}) or this is
 *     worth knowing ({@link Severity#NOTE})
 * @param vietnamese the message in Vietnamese
 * @param english the message in English
 */
public record Finding(Kind kind, Severity severity, String vietnamese, String english) {

  /** How serious a finding is. */
  public enum Severity {
    /** Mâu thuẫn: the published figures cannot all be true. */
    INCONSISTENT("mâu thuẫn", "inconsistent"),
    /** Ghi chú: the figures can be true; this is a reading, a likely cause or a looser bound. */
    NOTE("ghi chú", "note");

    private final String vietnamese;
    private final String english;

    Severity(String vietnamese, String english) {
      this.vietnamese = vietnamese;
      this.english = english;
    }

    /**
     * The label printed in front of a finding: "mâu thuẫn" / "inconsistent", "ghi chú" / "note".
     *
     * @param locale the language; Vietnamese for {@code vi}, English otherwise
     * @return the label
     */
    public String label(Locale locale) {
      return RateFormat.isVietnamese(locale) ? vietnamese : english;
    }
  }

  /** What a finding is about. */
  public enum Kind {
    /** The relation holds; the message shows why (a note). */
    HOLDS,
    /** The counts do not give the published rate. */
    RATE_MISMATCH,
    /** The counts are not a rate: no dossiers, or more successes than dossiers. */
    NOT_A_RATE,
    /** The published rate matches the counts under another rounding convention (a note). */
    OTHER_ROUNDING,
    /** The published rate matches counts differing in one digit, a likely typo (a note). */
    LIKELY_TYPO,
    /** The other reading of a bounded figure ("trên", "dưới"): as a point value (a note). */
    POINT_READING,
    /** An aggregate rate lies outside the range its parts allow. */
    AGGREGATE_OUT_OF_RANGE,
    /** A bound holds but is looser than what the parts imply (a note). */
    LOOSE_BOUND,
    /** The parts of a partition do not sum to its total. */
    PARTITION_MISMATCH,
    /** The counts of the parts do not add up to the counts of the whole: two denominators. */
    DENOMINATOR_MISMATCH,
    /** The shares of one partition cannot sum to 100%. */
    SHARES_DO_NOT_SUM,
    /** An index component is above its maximum. */
    COMPONENT_ABOVE_MAXIMUM,
    /** The components' maxima do not sum to the index's maximum. */
    MAXIMA_MISMATCH,
    /** The components cannot sum to the published total at their precision. */
    SCORE_SUM_MISMATCH,
    /** An unprinted count or score can make the figures true: its feasible range (a note). */
    UNKNOWN_RANGE,
    /** The figures leave an unknown without an upper end: the search is unbounded (a note). */
    UNBOUNDED,
    /** No value of an unprinted count makes a figure true, whatever it is. */
    NO_SOLUTION,
    /** The smallest set of figures that cannot hold together, each possible alone. */
    CONFLICTING_FIGURES,
    /** A cumulative figure (year to date) is below the sum of disjoint parts it contains. */
    CUMULATIVE_BELOW_PARTS,
    /** An aggregate of parts given as counts is not their pooled rate Σn/Σd. */
    POOLED_RATE_MISMATCH,
    /** The figure is the unweighted mean of the parts' rates, not the pooled rate (a note). */
    MEAN_OF_RATES,
    /** The figure is the mean of the parts' printed (rounded) rates (a note). */
    MEAN_OF_PRINTED_RATES,
    /** The figure is an exact tie at .xx5 printed down, as binary floating point does (a note). */
    FLOATING_POINT_TIE
  }

  /**
   * A finding.
   *
   * @param kind what was found
   * @param severity how serious
   * @param vietnamese the message in Vietnamese
   * @param english the message in English
   */
  public Finding {
    requireNonNull(kind, "kind");
    requireNonNull(severity, "severity");
    requireNonNull(vietnamese, "vietnamese");
    requireNonNull(english, "english");
  }

  static Finding inconsistent(Kind kind, String vietnamese, String english) {
    return new Finding(kind, Severity.INCONSISTENT, vietnamese, english);
  }

  static Finding note(Kind kind, String vietnamese, String english) {
    return new Finding(kind, Severity.NOTE, vietnamese, english);
  }

  /**
   * Whether this finding shows that the figures cannot all be true.
   *
   * @return true for {@link Severity#INCONSISTENT}
   */
  public boolean isInconsistency() {
    return severity == Severity.INCONSISTENT;
  }

  /**
   * The message in a language.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the message
   */
  public String message(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnamese : english;
  }

  /**
   * The finding printed in a language: {@code [mâu thuẫn] …} / {@code [inconsistent] …}.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the label and the message
   */
  public String format(Locale locale) {
    return "[" + severity.label(locale) + "] " + message(locale);
  }

  /**
   * The finding in Vietnamese, e.g. {@code [mâu thuẫn] 2/3 = 66,666…% …}.
   *
   * @return the Vietnamese form
   */
  @Override
  public String toString() {
    return format(RateFormat.VIETNAMESE);
  }
}
