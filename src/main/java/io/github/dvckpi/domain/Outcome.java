package io.github.dvckpi.domain;

/** How a resolved dossier ended. */
public enum Outcome {
  /** Giải quyết: resolved and, where the procedure issues one, a result document issued. */
  GRANTED,
  /** Từ chối: refused, with reasons. */
  REFUSED,
  /** Dừng xử lý / rút hồ sơ: processing stopped or the dossier withdrawn. */
  WITHDRAWN
}
