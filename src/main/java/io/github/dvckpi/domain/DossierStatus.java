package io.github.dvckpi.domain;

import io.github.dvckpi.words.Words;
import java.util.Locale;

/**
 * The status of a dossier by the national synchronisation codes (mã trạng thái hồ sơ đồng bộ lên
 * Cổng Dịch vụ công quốc gia), 1 to 10 (reference notes §6, secondary).
 */
public enum DossierStatus {
  /** 1 Mới đăng ký: registered (filed online, not yet received). */
  REGISTERED(1),
  /** 2 Được tiếp nhận: received. */
  RECEIVED(2),
  /** 3 Không được tiếp nhận: not accepted (refused at intake, never received). */
  NOT_ACCEPTED(3),
  /** 4 Đang xử lý: in progress. */
  IN_PROGRESS(4),
  /** 5 Yêu cầu bổ sung giấy tờ: supplementary documents requested from the applicant. */
  SUPPLEMENT_REQUESTED(5),
  /** 6 Yêu cầu thực hiện nghĩa vụ tài chính: payment of fees or taxes requested. */
  PAYMENT_REQUESTED(6),
  /** 7 Công dân yêu cầu rút hồ sơ: withdrawn at the applicant's request. */
  WITHDRAWN(7),
  /** 8 Dừng xử lý: processing stopped. */
  STOPPED(8),
  /** 9 Đã xử lý xong: processed, the result ready to be returned. */
  PROCESSED(9),
  /** 10 Đã trả kết quả: the result returned to the applicant. */
  RESULT_RETURNED(10);

  private final int code;

  DossierStatus(int code) {
    this.code = code;
  }

  /**
   * The synchronisation code.
   *
   * @return 1 to 10
   */
  public int code() {
    return code;
  }

  /**
   * The status of a synchronisation code.
   *
   * @param code 1 to 10
   * @return the status
   * @throws IllegalArgumentException if the code is not 1 to 10, naming it
   */
  public static DossierStatus ofCode(int code) {
    if (code < 1 || code > 10) {
      throw new IllegalArgumentException(
          Words.both("dossier.status.badCode", String.valueOf(code)));
    }
    return values()[code - 1];
  }

  /**
   * The status's name in a language.
   *
   * @param locale the language
   * @return e.g. {@code Yêu cầu bổ sung giấy tờ} / {@code supplementary documents requested}
   */
  public String displayName(Locale locale) {
    return Words.of(locale).text(key());
  }

  /** The message key of the name. */
  String key() {
    return "dossier.status." + code;
  }
}
