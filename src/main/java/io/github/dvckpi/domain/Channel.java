package io.github.dvckpi.domain;

/**
 * How a dossier was filed. Portal codes: 1 (or empty) = at the counter, 2 = online, 3 = public
 * postal service (bưu chính công ích).
 */
public enum Channel {
  /** Nộp trực tiếp: at the one-stop-shop counter. */
  COUNTER(1),
  /** Nộp trực tuyến: online. */
  ONLINE(2),
  /** Nộp qua bưu chính công ích: by public postal service. */
  POSTAL(3);

  private final int portalCode;

  Channel(int portalCode) {
    this.portalCode = portalCode;
  }

  /**
   * The code the National Public Service Portal uses.
   *
   * @return 1, 2 or 3
   */
  public int portalCode() {
    return portalCode;
  }

  /**
   * The channel of a portal code.
   *
   * @param code 1, 2 or 3
   * @return the channel
   * @throws IllegalArgumentException for any other code
   */
  public static Channel fromPortalCode(int code) {
    for (Channel channel : values()) {
      if (channel.portalCode == code) {
        return channel;
      }
    }
    throw new IllegalArgumentException("a channel code is 1, 2 or 3, got " + code);
  }
}
