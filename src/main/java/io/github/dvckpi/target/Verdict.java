package io.github.dvckpi.target;

import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/** The outcome of evaluating a rate against a target. */
public enum Verdict {
  /** Đạt: the rate is on the good side of the threshold, or equal to it. */
  MET("Đạt", "Met"),
  /** Chưa đạt: the rate is on the wrong side of the threshold. */
  NOT_MET("Chưa đạt", "Not met"),
  /** Không có dữ liệu: the rate is undefined (no dossier was counted), so nothing can be judged. */
  NO_DATA("Không có dữ liệu", "No data");

  private final String vietnameseName;
  private final String englishName;

  Verdict(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  /**
   * The name in a language.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return e.g. {@code Đạt} or {@code Met}
   */
  public String displayName(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnameseName : englishName;
  }
}
