package io.github.dvckpi.indicator;

import static io.github.dvckpi.indicator.Counter.*;

import com.google.common.collect.ImmutableSet;
import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * The indicators (chỉ số) the library computes. Each names its population (the denominator), its
 * success condition (the numerator) and the date that places a dossier in a period; the numerator
 * and the denominator are sums of {@link Counter counters}. The definitions and their sources are
 * in {@code docs/indicators.md}.
 *
 * <p>Where official reports use different denominators for "the same" rate, each variant is its own
 * constant: {@link #ONLINE_SUBMISSION_ELIGIBLE} against {@link #ONLINE_SUBMISSION_ALL}, {@link
 * #ON_TIME_RESOLVED} against {@link #ON_TIME_INDEX_2_1}.
 */
public enum Indicator {
  /**
   * Tỷ lệ hồ sơ trực tuyến đối với TTHC đủ điều kiện: dossiers of procedures provided online (full
   * or partial) that were filed online, over all dossiers of such procedures; by intake date.
   */
  ONLINE_SUBMISSION_ELIGIBLE(
      "online-submission-eligible",
      "Tỷ lệ hồ sơ trực tuyến (TTHC đủ điều kiện)",
      "Online submission (eligible procedures)",
      ImmutableSet.of(ELIGIBLE_ONLINE),
      ImmutableSet.of(ELIGIBLE),
      Dating.RECEIVED_ON),
  /**
   * Tỷ lệ hồ sơ nộp trực tuyến (chỉ số 3.3 of Quyết định 766): dossiers filed online over all
   * dossiers received; by intake date. The Portal's score further multiplies it by the
   * synchronisation rate (1.4), which this indicator does not.
   */
  ONLINE_SUBMISSION_ALL(
      "online-submission-all",
      "Tỷ lệ hồ sơ nộp trực tuyến (chỉ số 3.3)",
      "Online submission (all dossiers, index 3.3)",
      ImmutableSet.of(RECEIVED_ONLINE),
      ImmutableSet.of(RECEIVED),
      Dating.RECEIVED_ON),
  /**
   * Tỷ lệ hồ sơ trực tuyến toàn trình: dossiers of procedures provided fully online that were filed
   * online, over all dossiers of such procedures; by intake date.
   */
  FULL_ONLINE(
      "full-online",
      "Tỷ lệ hồ sơ trực tuyến toàn trình",
      "Full-online submission",
      ImmutableSet.of(FULL_ONLINE_FILED),
      ImmutableSet.of(FULL_ONLINE_ELIGIBLE),
      Dating.RECEIVED_ON),
  /**
   * Tỷ lệ số hóa kết quả giải quyết TTHC (chỉ số 4.1): dossiers resolved with a result document
   * whose result was digitized, over all dossiers resolved with a result document; by resolution
   * date.
   */
  RESULT_DIGITIZATION(
      "result-digitization",
      "Tỷ lệ số hóa kết quả giải quyết TTHC",
      "Result digitization",
      ImmutableSet.of(RESULT_DIGITIZED),
      ImmutableSet.of(RESULT_ISSUED),
      Dating.RESOLVED_ON),
  /**
   * Tỷ lệ hồ sơ thanh toán trực tuyến (chỉ số 3.6): dossiers with a non-zero fee paid online, over
   * all dossiers with a non-zero fee; by intake date.
   */
  ONLINE_PAYMENT(
      "online-payment",
      "Tỷ lệ hồ sơ thanh toán trực tuyến",
      "Online payment",
      ImmutableSet.of(PAID_ONLINE),
      ImmutableSet.of(FEE_CHARGED),
      Dating.RECEIVED_ON),
  /**
   * Tỷ lệ hồ sơ giải quyết đúng hạn: dossiers resolved early or on time, over all dossiers
   * resolved; by resolution date.
   */
  ON_TIME_RESOLVED(
      "on-time-resolved",
      "Tỷ lệ hồ sơ giải quyết đúng hạn",
      "Resolved on time",
      ImmutableSet.of(RESOLVED_EARLY, RESOLVED_ON_TIME),
      ImmutableSet.of(RESOLVED_EARLY, RESOLVED_ON_TIME, RESOLVED_LATE),
      Dating.RESOLVED_ON),
  /**
   * Tỷ lệ hồ sơ đã và đang xử lý đúng hạn, trong hạn (chỉ số 2.1 of Quyết định 766): dossiers
   * resolved in the period early or on time, plus those in progress at its end within the deadline,
   * over all dossiers resolved in the period or in progress at its end.
   */
  ON_TIME_INDEX_2_1(
      "on-time-index-2-1",
      "Tỷ lệ hồ sơ đã và đang xử lý đúng hạn, trong hạn (chỉ số 2.1)",
      "On time or within deadline (index 2.1)",
      ImmutableSet.of(RESOLVED_EARLY, RESOLVED_ON_TIME, IN_PROGRESS_WITHIN_DEADLINE),
      ImmutableSet.of(
          RESOLVED_EARLY,
          RESOLVED_ON_TIME,
          RESOLVED_LATE,
          IN_PROGRESS_WITHIN_DEADLINE,
          IN_PROGRESS_OVERDUE),
      Dating.PERIOD_END),
  /**
   * Tỷ lệ số hóa hồ sơ: dossiers whose components were digitized at intake, over all dossiers
   * received; by intake date. (Index 4.2 also requires an electronic result; this does not.)
   */
  INTAKE_DIGITIZATION(
      "intake-digitization",
      "Tỷ lệ số hóa hồ sơ",
      "Intake digitization",
      ImmutableSet.of(INTAKE_DIGITIZED),
      ImmutableSet.of(RECEIVED),
      Dating.RECEIVED_ON);

  private final String key;
  private final String vietnameseName;
  private final String englishName;
  private final ImmutableSet<Counter> numerator;
  private final ImmutableSet<Counter> denominator;
  private final Dating dating;

  Indicator(
      String key,
      String vietnameseName,
      String englishName,
      ImmutableSet<Counter> numerator,
      ImmutableSet<Counter> denominator,
      Dating dating) {
    this.key = key;
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.numerator = numerator;
    this.denominator = denominator;
    this.dating = dating;
  }

  /**
   * A stable key for files and command lines.
   *
   * @return e.g. {@code online-submission-eligible}
   */
  public String key() {
    return key;
  }

  /**
   * The indicator with a key.
   *
   * @param key a {@link #key()}, or the constant's name, case-insensitive
   * @return the indicator
   * @throws IllegalArgumentException naming the key and the known keys
   */
  public static Indicator fromKey(String key) {
    for (Indicator indicator : values()) {
      if (indicator.key.equalsIgnoreCase(key.trim())
          || indicator.name().equalsIgnoreCase(key.trim())) {
        return indicator;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Indicator indicator : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(indicator.key);
    }
    throw new IllegalArgumentException("unknown indicator \"" + key + "\"; known: " + known);
  }

  /**
   * The Vietnamese name, as in published tables.
   *
   * @return e.g. {@code Tỷ lệ số hóa kết quả giải quyết TTHC}
   */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * The English name.
   *
   * @return e.g. {@code Result digitization}
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The name in a language: Vietnamese for {@code vi}, English otherwise.
   *
   * @param locale the language
   * @return the name
   */
  public String displayName(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnameseName : englishName;
  }

  /**
   * The counters whose sum is the numerator (the successful dossiers).
   *
   * @return the numerator's counters; each counts a subset of the denominator's dossiers
   */
  public ImmutableSet<Counter> numeratorCounters() {
    return numerator;
  }

  /**
   * The counters whose sum is the denominator (the population).
   *
   * @return the denominator's counters
   */
  public ImmutableSet<Counter> denominatorCounters() {
    return denominator;
  }

  /**
   * Whether the indicator counts dossiers by their timeliness (early, on time, late, within the
   * deadline, overdue), so that an on-time rule decides its figures ({@code
   * io.github.dvckpi.domain.OnTimeRule}).
   *
   * @return true for {@link #ON_TIME_RESOLVED} and {@link #ON_TIME_INDEX_2_1}
   */
  public boolean judgesTimeliness() {
    return denominator.contains(RESOLVED_LATE);
  }

  /**
   * The date that places a dossier in a period for this indicator.
   *
   * @return the dating
   */
  public Dating dating() {
    return dating;
  }
}
