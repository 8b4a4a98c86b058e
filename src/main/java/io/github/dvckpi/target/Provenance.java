package io.github.dvckpi.target;

import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * How sure a number of an index model is, following the reference notes' vocabulary: read in a
 * legal text or an official summary, read in a third-party transcription, or supplied by the user
 * in place of an official number that is not known.
 */
public enum Provenance {
  /** Read in a legal text or an official summary of it (đã kiểm chứng). */
  VERIFIED("đã kiểm chứng", "verified"),
  /** Read in a third-party transcription or tool; not checked against the official text. */
  SECONDARY("nguồn thứ cấp", "secondary source"),
  /**
   * Supplied by the user; for an official index it stands in for a number that is not known and
   * must not be presented as official.
   */
  PLACEHOLDER("giá trị giữ chỗ do người dùng cung cấp", "placeholder supplied by the user");

  private final String vietnameseName;
  private final String englishName;

  Provenance(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  /**
   * The name in a language.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return e.g. {@code nguồn thứ cấp} / {@code secondary source}
   */
  public String displayName(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnameseName : englishName;
  }
}
