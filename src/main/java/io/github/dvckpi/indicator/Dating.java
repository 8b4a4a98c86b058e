package io.github.dvckpi.indicator;

/** The date that places a dossier in a reporting period, for a given indicator. */
public enum Dating {
  /** By the intake date (ngày tiếp nhận): the dossier counts in the period it was received. */
  RECEIVED_ON("ngày tiếp nhận", "received on"),
  /** By the resolution date (ngày giải quyết): the dossier counts in the period it was resolved. */
  RESOLVED_ON("ngày giải quyết", "resolved on"),
  /**
   * By its state at the end of the period: resolved in the period, or received by its end and still
   * in progress then (index 2.1: đã và đang xử lý).
   */
  PERIOD_END("trạng thái cuối kỳ", "state at period end");

  private final String vietnameseName;
  private final String englishName;

  Dating(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  /**
   * The Vietnamese name.
   *
   * @return e.g. {@code ngày tiếp nhận}
   */
  public String vietnameseName() {
    return vietnameseName;
  }

  /**
   * The English name.
   *
   * @return e.g. {@code received on}
   */
  public String englishName() {
    return englishName;
  }
}
