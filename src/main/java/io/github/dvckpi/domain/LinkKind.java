package io.github.dvckpi.domain;

import io.github.dvckpi.words.Words;
import java.util.Locale;

/** How an old unit went into a new one: whole, or a part of it. */
public enum LinkKind {
  /** The whole old unit went into the new unit (nhập toàn bộ): its counts move exactly. */
  WHOLE("units.link.whole"),
  /**
   * A part of the old unit went into the new unit (nhập một phần): its counts cannot be divided
   * without an assumption.
   */
  PARTIAL("units.link.partial");

  private final String key;

  LinkKind(String key) {
    this.key = key;
  }

  /**
   * The name in a language.
   *
   * @param locale the language
   * @return e.g. {@code toàn bộ} / {@code whole}
   */
  public String displayName(Locale locale) {
    return Words.of(locale).text(key);
  }
}
