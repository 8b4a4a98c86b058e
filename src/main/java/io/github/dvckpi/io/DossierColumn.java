package io.github.dvckpi.io;

import com.google.common.collect.ImmutableList;

/**
 * The columns of a dossier export. Each has a default Vietnamese header (without diacritics, as the
 * one-stop-shop systems export it) and English aliases; headers are matched without regard to case,
 * diacritics, spaces or punctuation, so {@code Mã hồ sơ}, {@code MA_HO_SO} and {@code ma_ho_so} are
 * the same header. Any other layout is read through a {@link ColumnMapping}.
 */
public enum DossierColumn {
  /** Mã hồ sơ: the dossier's id. Required. */
  ID("ma_ho_so", "so_ho_so", "dossier_id", "id"),
  /** Mã TTHC: the procedure's code in the procedure catalogue. Required. */
  PROCEDURE("ma_tthc", "ma_thu_tuc", "procedure_code", "procedure"),
  /** Mã cơ quan: the handling agency's code in the agency catalogue. Required. */
  AGENCY("ma_co_quan", "ma_don_vi_xu_ly", "agency_code", "agency"),
  /** Kênh nộp: 1 or blank = counter, 2 = online, 3 = postal, or words. Required column. */
  CHANNEL("kenh_nop", "hinh_thuc_nop", "channel"),
  /** Ngày tiếp nhận: the intake date. Required. */
  RECEIVED_ON("ngay_tiep_nhan", "ngay_nhan", "received_on", "received"),
  /** Ngày hẹn trả: the due date. Required. */
  DUE_ON("ngay_hen_tra", "han_xu_ly", "due_on", "due"),
  /** Ngày giải quyết: the date processing ended; blank while in progress. Required column. */
  RESOLVED_ON("ngay_giai_quyet", "ngay_tra_ket_qua", "ngay_ket_thuc", "resolved_on", "resolved"),
  /**
   * Kết quả xử lý: granted, refused or withdrawn. Optional column; a blank cell of a resolved
   * dossier, or no column at all, means granted.
   */
  OUTCOME("ket_qua_xu_ly", "ket_qua", "outcome"),
  /** Số hóa kết quả: whether the result was digitized. Required column. */
  RESULT_DIGITIZED("so_hoa_ket_qua", "result_digitized"),
  /** Số hóa hồ sơ: whether the components were digitized at intake. Required column. */
  INTAKE_DIGITIZED("so_hoa_ho_so", "intake_digitized"),
  /** Lệ phí: the fee in whole đồng; blank means none. Required column. */
  FEE("le_phi", "phi_le_phi", "fee"),
  /** Thanh toán trực tuyến: whether the fee was paid online. Required column. */
  PAID_ONLINE("thanh_toan_truc_tuyen", "paid_online"),
  /**
   * Trạng thái: the dossier's current status as the synchronisation code gives it, 1 to 10
   * (io.github.dvckpi.domain.DossierStatus); it names how processing ended (7 withdrawn, 8 stopped,
   * 9 processed, 10 result returned). Optional history column. Its headers name the code ({@code
   * ma_trang_thai}), not the bare {@code trang_thai} some exports use for the outcome in words.
   */
  STATUS("ma_trang_thai", "trang_thai_dong_bo", "status_code"),
  /**
   * Ngày yêu cầu bổ sung: the dates (and times) of the requests for supplementary documents, in
   * order, separated by {@code ;}. Optional history column.
   */
  SUPPLEMENT_REQUESTED_ON("ngay_yeu_cau_bo_sung", "supplement_requested_on"),
  /**
   * Ngày bổ sung: the dates (and times) the applicant supplied them, in the same order, separated
   * by {@code ;}; one fewer than the requests while the last is awaited. Optional history column.
   */
  SUPPLEMENT_SUPPLIED_ON("ngay_bo_sung", "ngay_nop_bo_sung", "supplement_supplied_on"),
  /**
   * Thời hạn giải quyết: the procedure's statutory duration, working days ({@code 15}) or working
   * hours ({@code 8 giờ}, {@code 8h}). Optional history column.
   */
  DURATION("thoi_han_giai_quyet", "so_ngay_giai_quyet", "duration"),
  /**
   * Giờ tiếp nhận cuối ngày: the cut-off hour ({@code 15:00}) after which a dossier counts from the
   * next working day. Optional history column.
   */
  CUT_OFF("gio_cat", "gio_tiep_nhan_cuoi_ngay", "cut_off");

  private final ImmutableList<String> names;

  DossierColumn(String... names) {
    this.names = ImmutableList.copyOf(names);
  }

  /**
   * The default header: the first of {@link #defaultNames()}.
   *
   * @return e.g. {@code ma_ho_so}
   */
  public String header() {
    return names.get(0);
  }

  /**
   * The headers accepted by default: the Vietnamese header first, then its Vietnamese variants and
   * English aliases, all as keys (lower case, no diacritics, words joined by {@code _}).
   *
   * @return e.g. {@code [ma_ho_so, so_ho_so, dossier_id, id]}
   */
  public ImmutableList<String> defaultNames() {
    return names;
  }

  /**
   * Whether a file must have this column unless a mapping declares it absent. {@link #OUTCOME} and
   * the history columns are optional by default.
   *
   * @return false for {@link #OUTCOME} and the {@link #isHistory() history columns}
   */
  public boolean isRequiredByDefault() {
    return this != OUTCOME && !isHistory();
  }

  /**
   * Whether the column tells the dossier's life beyond its dates ({@link
   * io.github.dvckpi.domain.DossierHistory}): the status, the supplementation dates, the statutory
   * duration and its cut-off hour. A row with any of them filled in becomes a dossier with its
   * history; a file without them reads as before.
   *
   * @return true for {@link #STATUS}, {@link #SUPPLEMENT_REQUESTED_ON}, {@link
   *     #SUPPLEMENT_SUPPLIED_ON}, {@link #DURATION} and {@link #CUT_OFF}
   */
  public boolean isHistory() {
    return switch (this) {
      case STATUS, SUPPLEMENT_REQUESTED_ON, SUPPLEMENT_SUPPLIED_ON, DURATION, CUT_OFF -> true;
      default -> false;
    };
  }

  /**
   * Whether a mapping may declare this column absent: every column except those without which no
   * dossier exists (id, procedure, agency, received on, due on).
   *
   * @return true if the column has a value to fall back on
   */
  public boolean mayBeAbsent() {
    return switch (this) {
      case ID, PROCEDURE, AGENCY, RECEIVED_ON, DUE_ON -> false;
      default -> true;
    };
  }
}
