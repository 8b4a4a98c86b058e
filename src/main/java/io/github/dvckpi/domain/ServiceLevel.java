package io.github.dvckpi.domain;

/**
 * How fully a procedure is provided online, per Nghị định 42/2022/NĐ-CP.
 *
 * <p>Older data uses the four levels (mức độ) of Nghị định 43/2011: mức 4 ≈ {@link #FULL_ONLINE},
 * mức 3 ≈ {@link #PARTIAL_ONLINE}, mức 1–2 = {@link #NOT_ONLINE} (information only); {@link
 * #fromLegacyLevel(int)} maps them explicitly.
 */
public enum ServiceLevel {
  /** Toàn trình: filed, processed, paid and returned entirely online (or by public post). */
  FULL_ONLINE,
  /** Một phần: filed online, but some step happens in person. */
  PARTIAL_ONLINE,
  /** Not provided as an online public service. */
  NOT_ONLINE;

  /**
   * Whether the procedure is provided online at all (TTHC đủ điều kiện): full or partial.
   *
   * @return true for {@link #FULL_ONLINE} and {@link #PARTIAL_ONLINE}
   */
  public boolean isOnline() {
    return this != NOT_ONLINE;
  }

  /**
   * Maps a level (mức độ) of Nghị định 43/2011 to the service level of Nghị định 42/2022.
   *
   * @param level 1 to 4
   * @return 4 → full online, 3 → partial online, 1 and 2 → not online
   * @throws IllegalArgumentException for any other level
   */
  public static ServiceLevel fromLegacyLevel(int level) {
    return switch (level) {
      case 4 -> FULL_ONLINE;
      case 3 -> PARTIAL_ONLINE;
      case 1, 2 -> NOT_ONLINE;
      default ->
          throw new IllegalArgumentException(
              "a service level (mức độ) of Nghị định 43/2011 is 1 to 4, got " + level);
    };
  }
}
