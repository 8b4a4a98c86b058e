package io.github.dvckpi.indicator;

import io.github.dvckpi.words.Words;
import java.util.Locale;

/** Whether a figure carried to new units is exact or only bounded. */
public enum Exactness {
  /** Every counted dossier of the unit came from old units that went into it whole. */
  EXACT("units.exactness.exact"),
  /**
   * Some dossiers came from old units that were split between new units: the figure is bounded,
   * never divided by an invented share.
   */
  APPROXIMATE("units.exactness.approximate");

  private final String key;

  Exactness(String key) {
    this.key = key;
  }

  /**
   * The name in a language.
   *
   * @param locale the language
   * @return e.g. {@code chính xác} / {@code exact}
   */
  public String displayName(Locale locale) {
    return Words.of(locale).text(key);
  }
}
