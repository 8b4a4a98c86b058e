package io.github.dvckpi.domain;

import io.github.dvckpi.words.Words;
import java.util.Locale;

/**
 * The public holidays of the Labour Code (Bộ luật Lao động 2019, Article 112): eleven days a year
 * for six holidays. Tết's five days and the day beside 2 September are placed by an announcement
 * each year; {@link WorkingCalendar} documents the defaults it uses where no announcement is known.
 */
public enum Holiday {
  /** Tết Dương lịch: 1 January, one day. */
  NEW_YEAR("calendar.holiday.newYear"),
  /** Tết Nguyên đán (Tết Âm lịch): five days around the first day of the lunar year. */
  LUNAR_NEW_YEAR("calendar.holiday.lunarNewYear"),
  /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month, one day. */
  HUNG_KINGS("calendar.holiday.hungKings"),
  /** Ngày Chiến thắng (Ngày Giải phóng miền Nam, thống nhất đất nước): 30 April, one day. */
  REUNIFICATION("calendar.holiday.reunification"),
  /** Ngày Quốc tế Lao động: 1 May, one day. */
  LABOUR_DAY("calendar.holiday.labourDay"),
  /** Quốc khánh: 2 September and one day beside it, two days. */
  NATIONAL_DAY("calendar.holiday.nationalDay");

  private final String key;

  Holiday(String key) {
    this.key = key;
  }

  /**
   * The holiday's name in a language.
   *
   * @param locale the language
   * @return e.g. {@code Tết Nguyên đán} / {@code Lunar New Year (Tết Nguyên đán)}
   */
  public String displayName(Locale locale) {
    return Words.of(locale).text(key);
  }

  /** The message key of the name. */
  String key() {
    return key;
  }
}
