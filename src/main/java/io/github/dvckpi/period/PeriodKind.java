package io.github.dvckpi.period;

/** The kind of a {@link ReportingPeriod}: a calendar unit, year to date, or a custom range. */
public enum PeriodKind {
  /** Tháng: one month. */
  MONTH,
  /** Quý: three months (Q1 to Q4). */
  QUARTER,
  /** 6 tháng: the first or the second half of a year. */
  HALF_YEAR,
  /** 9 tháng đầu năm: the first nine months of a year. */
  NINE_MONTHS,
  /** Năm: a whole year. */
  YEAR,
  /** Từ đầu năm đến nay: from the start of a year to a given day. */
  YEAR_TO_DATE,
  /** Any closed range of days. */
  CUSTOM
}
