package io.github.dvckpi.io;

import io.github.dvckpi.rate.RateFormat;
import java.util.List;
import java.util.Locale;

/**
 * Why a row of a CSV file was refused. Each reason has a stable code (its name, written in the
 * rejections file) and a description in Vietnamese and English; some take arguments (the expected
 * number of columns, the date a resolution came before…), listed with each constant.
 */
public enum RejectionReason {
  /** The row has another number of cells than the header. Arguments: found, expected. */
  WRONG_COLUMN_COUNT(
      "dòng có %s cột nhưng tiêu đề có %s cột", "the row has %s columns but the header has %s"),
  /** A required cell is blank. */
  MISSING_VALUE("thiếu giá trị bắt buộc", "a required value is missing"),
  /** A cell holds bytes that the file's encoding cannot decode (shown as U+FFFD). */
  INVALID_ENCODING(
      "có byte không giải mã được theo bảng mã của tệp (sai bảng mã?)",
      "holds bytes that the file's encoding cannot decode (wrong encoding?)"),
  /** A date that is neither dd/MM/yyyy, d/M/yyyy nor yyyy-MM-dd, or does not exist. */
  UNPARSABLE_DATE(
      "ngày không đọc được (cần dd/MM/yyyy, d/M/yyyy hoặc yyyy-MM-dd)",
      "unparsable date (expected dd/MM/yyyy, d/M/yyyy or yyyy-MM-dd)"),
  /** A channel other than 1, 2, 3, blank or the words for them. */
  UNPARSABLE_CHANNEL(
      "kênh nộp không đọc được (cần 1 hoặc để trống = trực tiếp, 2 = trực tuyến, 3 = bưu chính)",
      "unparsable channel (expected 1 or blank = counter, 2 = online, 3 = postal)"),
  /** A yes/no cell that is none of the accepted words. */
  UNPARSABLE_BOOLEAN(
      "giá trị có/không không đọc được (cần 1/0, có/không, x/để trống, true/false)",
      "unparsable yes/no value (expected 1/0, có/không, x/blank, true/false)"),
  /** A fee that is not a whole non-negative number of đồng. */
  UNPARSABLE_FEE(
      "lệ phí không đọc được (cần số đồng nguyên, không âm, ví dụ 1.500.000)",
      "unparsable fee (expected a whole, non-negative number of đồng, e.g. 1.500.000)"),
  /** An outcome that is none of the accepted words. */
  UNPARSABLE_OUTCOME(
      "kết quả xử lý không đọc được (cần giải quyết, từ chối hoặc rút hồ sơ)",
      "unparsable outcome (expected granted, refused or withdrawn)"),
  /** A procedure code that the procedure catalogue does not hold. */
  UNKNOWN_PROCEDURE(
      "mã thủ tục không có trong danh mục thủ tục",
      "procedure code not in the procedure catalogue"),
  /** An agency code that the agency catalogue does not hold. */
  UNKNOWN_AGENCY(
      "mã cơ quan không có trong danh mục cơ quan", "agency code not in the agency catalogue"),
  /** A dossier id already read earlier in the file. Argument: the line it was first read on. */
  DUPLICATE_ID("mã hồ sơ trùng với hồ sơ ở dòng %s", "duplicate dossier id, first read on line %s"),
  /** The due date comes before the reception date. Argument: the reception date. */
  DUE_BEFORE_RECEIVED(
      "ngày hẹn trả trước ngày tiếp nhận %s", "due date before the reception date %s"),
  /** The resolution date comes before the reception date. Argument: the reception date. */
  RESOLVED_BEFORE_RECEIVED(
      "ngày giải quyết trước ngày tiếp nhận %s", "resolution date before the reception date %s"),
  /** An outcome is given for a dossier without a resolution date. */
  OUTCOME_WITHOUT_RESOLUTION(
      "có kết quả xử lý nhưng không có ngày giải quyết",
      "an outcome is given but no resolution date"),
  /**
   * The result is marked digitized but no result document was issued (not granted, or a procedure
   * that issues none).
   */
  DIGITIZED_WITHOUT_RESULT(
      "đánh dấu số hóa kết quả nhưng hồ sơ không có kết quả giải quyết được cấp",
      "result marked digitized but no result document was issued"),
  /** A fee is given for a procedure that the catalogue says charges none. Argument: the code. */
  FEE_NOT_CHARGED(
      "có lệ phí nhưng thủ tục %s không thu phí, lệ phí theo danh mục",
      "a fee is given but procedure %s charges none according to the catalogue"),
  /** Marked paid online although no fee was charged. */
  PAID_ONLINE_WITHOUT_FEE(
      "đánh dấu thanh toán trực tuyến nhưng không có lệ phí",
      "marked paid online but no fee was charged"),
  /** A status other than the synchronisation codes 1 to 10. */
  UNPARSABLE_STATUS(
      "trạng thái không đọc được (cần mã 1 đến 10)",
      "unparsable status (expected a code from 1 to 10)"),
  /** A statutory duration that is not a number of working days or hours. */
  UNPARSABLE_DURATION(
      "thời hạn giải quyết không đọc được (cần số ngày làm việc, ví dụ 15, hoặc số giờ, ví dụ 8 giờ)",
      "unparsable statutory duration (expected working days, e.g. 15, or hours, e.g. 8h)"),
  /** A time of day that is not {@code HH:mm}. */
  UNPARSABLE_TIME(
      "giờ không đọc được (cần HH:mm, ví dụ 15:00)",
      "unparsable time of day (expected HH:mm, e.g. 15:00)"),
  /** A cut-off hour without the statutory duration it belongs to. */
  CUT_OFF_WITHOUT_DURATION(
      "có giờ cắt nhưng không có thời hạn giải quyết",
      "a cut-off hour is given but no statutory duration"),
  /** Status 1 (registered) or 3 (not accepted): a dossier never received is not counted. */
  STATUS_NOT_RECEIVED(
      "trạng thái cho thấy hồ sơ chưa được tiếp nhận (1 hoặc 3) nhưng có ngày tiếp nhận",
      "the status says the dossier was never received (1 or 3), yet it has a reception date"),
  /** A terminal status (7 to 10) without a resolution date. */
  STATUS_ENDED_WITHOUT_RESOLUTION(
      "trạng thái kết thúc (7 đến 10) nhưng không có ngày giải quyết",
      "a terminal status (7 to 10) but no resolution date"),
  /** A resolution date with a status that is not terminal (2, 4, 5 or 6). */
  STATUS_OPEN_BUT_RESOLVED(
      "có ngày giải quyết nhưng trạng thái chưa kết thúc (2, 4, 5 hoặc 6)",
      "a resolution date but a status that is not terminal (2, 4, 5 or 6)"),
  /**
   * The dossier's life cannot have happened (a supplement before its request, a terminal status
   * without an end date…). Argument: the domain's reason.
   */
  INVALID_HISTORY("quá trình xử lý không thể xảy ra: %s", "impossible history: %s"),
  /** Any other impossible combination the domain refuses. Argument: the domain's reason. */
  INCONSISTENT_RECORD("bản ghi mâu thuẫn: %s", "inconsistent record: %s"),
  /** A unit kind other than the known kinds. */
  UNKNOWN_UNIT_KIND(
      "loại đơn vị không đọc được (tỉnh, thành phố, thị xã, huyện, quận, phường, xã, thị trấn…)",
      "unknown unit kind (province, provincial city, town, rural district, ward, commune…)"),
  /** A tier other than province, district or commune. */
  UNKNOWN_TIER(
      "cấp không đọc được (cần tỉnh, huyện hoặc xã)",
      "unknown tier (expected province, district or commune)"),
  /** A service level other than full, partial or not online, or a level 1 to 4. */
  UNKNOWN_SERVICE_LEVEL(
      "mức độ dịch vụ không đọc được (cần toàn trình, một phần, không, hoặc mức độ 1–4)",
      "unknown service level (expected full online, partial online, not online, or a level 1–4)"),
  /** A unit code (an agency's unit, a unit's parent) that the unit catalogue does not hold. */
  UNKNOWN_UNIT(
      "mã đơn vị hành chính không có trong danh mục đơn vị",
      "administrative unit code not in the unit catalogue"),
  /** A unit whose parents lead back to itself. */
  UNIT_CYCLE(
      "đơn vị cha dẫn về chính đơn vị này (vòng lặp)", "the parent units lead back to this unit"),
  /** A catalogue code already read earlier in the file. Argument: the line it was first read on. */
  DUPLICATE_CODE("mã trùng với dòng %s", "duplicate code, first read on line %s"),
  /**
   * A record longer than the limit: almost always an unbalanced quote that swallowed the rest of
   * the file. Reading stops at it. Argument: the limit in characters.
   */
  RECORD_TOO_LONG(
      "bản ghi dài quá %s ký tự (thường do thiếu dấu ngoặc kép đóng); ngừng đọc tệp tại đây",
      "record longer than %s characters (usually an unbalanced quote); reading stopped here"),
  /**
   * CSV syntax the reader cannot recover from; reading stops at it. Argument: the parser's words.
   */
  MALFORMED_CSV(
      "cú pháp CSV hỏng, ngừng đọc tệp tại đây: %s", "malformed CSV, reading stopped here: %s"),
  /**
   * A cell of a query's row that the database driver cannot read (a data exception, SQL state class
   * 22, such as a date the driver cannot convert). Argument: the driver's words.
   */
  UNREADABLE_SQL_VALUE(
      "trình điều khiển cơ sở dữ liệu không đọc được giá trị: %s",
      "the database driver cannot read the value: %s");

  private final String vietnamese;
  private final String english;

  RejectionReason(String vietnamese, String english) {
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /**
   * The description with its arguments, in a language.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise
   * @param arguments the arguments listed with the constant, in order
   * @return e.g. {@code ngày giải quyết trước ngày tiếp nhận 2024-03-05}
   */
  public String describe(Locale locale, List<String> arguments) {
    String template = RateFormat.isVietnamese(locale) ? vietnamese : english;
    return String.format(Locale.ROOT, template, arguments.toArray());
  }

  /**
   * The Vietnamese description template, {@code %s} standing for the arguments.
   *
   * @return the template
   */
  public String vietnameseTemplate() {
    return vietnamese;
  }

  /**
   * The English description template, {@code %s} standing for the arguments.
   *
   * @return the template
   */
  public String englishTemplate() {
    return english;
  }
}
