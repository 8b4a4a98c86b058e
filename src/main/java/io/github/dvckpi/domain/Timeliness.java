package io.github.dvckpi.domain;

/**
 * Where a dossier stands against its due date (ngày hẹn trả). Derived, never stored: a resolved
 * dossier is {@link #EARLY}, {@link #ON_TIME} or {@link #LATE}; one still in progress at a given
 * day is {@link #IN_PROGRESS_WITHIN_DEADLINE} or {@link #OVERDUE}.
 */
public enum Timeliness {
  /** Trước hạn: resolved before the due date. */
  EARLY,
  /** Đúng hạn: resolved on the due date. */
  ON_TIME,
  /** Quá hạn: resolved after the due date. */
  LATE,
  /** Trong hạn: in progress, the due date not yet passed. */
  IN_PROGRESS_WITHIN_DEADLINE,
  /** Quá hạn: in progress past the due date. */
  OVERDUE;

  /**
   * Whether this counts as timely: early, on time, or in progress within the deadline.
   *
   * @return true for {@link #EARLY}, {@link #ON_TIME}, {@link #IN_PROGRESS_WITHIN_DEADLINE}
   */
  public boolean isTimely() {
    return this == EARLY || this == ON_TIME || this == IN_PROGRESS_WITHIN_DEADLINE;
  }
}
