package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.rate.RateFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Examples of reading dossier exports: the schema, encodings, each rejection reason. */
class DossierCsvReaderTest {

  private static final DossierCsvReader READER = DossierCsvReader.of(ImportGen.CATALOGUE);

  /** A valid row: procedure 1.4 is full online, charges a fee and issues a result. */
  private static Map<String, String> validRow() {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("ma_ho_so", "HS-1");
    row.put("ma_tthc", "1.4");
    row.put("ma_co_quan", "UB436");
    row.put("kenh_nop", "2");
    row.put("ngay_tiep_nhan", "05/03/2024");
    row.put("ngay_hen_tra", "15/03/2024");
    row.put("ngay_giai_quyet", "12/03/2024");
    row.put("so_hoa_ket_qua", "1");
    row.put("so_hoa_ho_so", "có");
    row.put("le_phi", "50.000");
    row.put("thanh_toan_truc_tuyen", "x");
    return row;
  }

  private static Dossier expected() {
    return Dossier.builder()
        .id("HS-1")
        .procedure(ImportGen.CATALOGUE.procedures().get("1.4"))
        .agency(ImportGen.CATALOGUE.agencies().get("UB436"))
        .channel(Channel.ONLINE)
        .receivedOn(LocalDate.of(2024, 3, 5))
        .dueOn(LocalDate.of(2024, 3, 15))
        .resolved(LocalDate.of(2024, 3, 12), Outcome.GRANTED)
        .resultDigitized(true)
        .intakeDigitized(true)
        .fee(50_000)
        .paidOnline(true)
        .build();
  }

  private static String csv(List<Map<String, String>> rows) {
    StringBuilder out = new StringBuilder(String.join(",", rows.get(0).keySet())).append("\r\n");
    for (Map<String, String> row : rows) {
      out.append(String.join(",", row.values())).append("\r\n");
    }
    return out.toString();
  }

  private static Map<String, String> with(String column, String value) {
    Map<String, String> row = validRow();
    row.put(column, value);
    return row;
  }

  /** The result of a read. */
  record Read(List<Dossier> accepted, ImportReport report) {}

  private static Read read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8), READER);
  }

  private static Read read(byte[] bytes, DossierCsvReader reader) throws IOException {
    List<Dossier> accepted = new ArrayList<>();
    ImportReport report =
        reader.read(new ByteArrayInputStream(bytes), "ho_so.csv", accepted::add, r -> {});
    return new Read(accepted, report);
  }

  @Test
  void readsTheDefaultVietnameseSchema() throws IOException {
    Read read = read(csv(List.of(validRow())));
    assertThat(read.accepted()).containsExactly(expected());
    assertThat(read.report().reconciliation(RateFormat.VIETNAMESE))
        .isEqualTo("ho_so.csv: đã đọc 1 dòng = 1 được nhận + 0 bị từ chối");
    assertThat(read.report().isClean()).isTrue();
  }

  @Test
  void readsHeadersWithDiacriticsAndWithout() throws IOException {
    String plain = csv(List.of(validRow()));
    String withDiacritics =
        "Mã hồ sơ,Mã TTHC,Mã cơ quan,Kênh nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày giải quyết,"
            + "Số hoá kết quả,Số hóa hồ sơ,Lệ phí,Thanh toán trực tuyến"
            + plain.substring(plain.indexOf("\r\n"));
    assertThat(read(withDiacritics).accepted()).containsExactly(expected());
    assertThat(read(plain).accepted()).containsExactly(expected());
  }

  @Test
  void readsTheEnglishAliases() throws IOException {
    String plain = csv(List.of(validRow()));
    String english =
        "dossier_id,procedure_code,agency_code,channel,received_on,due_on,resolved_on,"
            + "result_digitized,intake_digitized,fee,paid_online"
            + plain.substring(plain.indexOf("\r\n"));
    assertThat(read(english).accepted()).containsExactly(expected());
  }

  @Test
  void readsUtf8WithAndWithoutByteOrderMark() throws IOException {
    byte[] plain = csv(List.of(validRow())).getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertThat(read(bom, READER).accepted()).containsExactly(expected());
    assertThat(read(plain, READER).accepted()).containsExactly(expected());
  }

  @Test
  void readsOtherEncodingsByParameter() throws IOException {
    Map<String, String> row = with("ma_ho_so", "HS-Phường-Đông");
    String text = csv(List.of(row));
    Charset cp1258 = Charset.forName("windows-1258");
    // windows-1258 has ư and ơ but writes the tone of ờ as a combining mark
    byte[] bytes = text.replace("ờ", "ơ\u0300").getBytes(cp1258);
    Read read = read(bytes, READER.withOptions(ImportOptions.defaults().withCharset(cp1258)));
    assertThat(read.accepted()).extracting(Dossier::id).containsExactly("HS-Phường-Đông");

    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16);
    Read read16 =
        read(
            utf16,
            READER.withOptions(ImportOptions.defaults().withCharset(StandardCharsets.UTF_16)));
    assertThat(read16.accepted()).extracting(Dossier::id).containsExactly("HS-Phường-Đông");
  }

  @Test
  void wrongEncodingRejectsTheRowNamingTheCell() throws IOException {
    byte[] bytes =
        csv(List.of(with("ma_ho_so", "HS-Phường"))).getBytes(Charset.forName("windows-1258"));
    Read read = read(bytes, READER);
    assertThat(read.report().rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectionReason.INVALID_ENCODING);
              assertThat(r.column()).isEqualTo("ma_ho_so");
              assertThat(r.line()).isEqualTo(2);
            });
  }

  @Test
  void readsQuotedCellsWithCommasAndLineBreaksAndLineEndings() throws IOException {
    String header = String.join(",", validRow().keySet());
    String body = String.join(",", validRow().values()).replace("HS-1", "\"HS,1\r\nb\"\"\"");
    String second = String.join(",", with("ma_ho_so", "HS-2").values());
    Read read = read(header + "\n" + body + "\r\n\r\n" + second);
    assertThat(read.accepted()).extracting(Dossier::id).containsExactly("HS,1\r\nb\"", "HS-2");
    assertThat(read.report().rowsRead()).isEqualTo(2);
  }

  @Test
  void readsDatesChannelsBooleansAndFeesInTheirUsualForms() throws IOException {
    Map<String, String> row = validRow();
    row.put("kenh_nop", "Trực tuyến");
    row.put("ngay_tiep_nhan", "5/3/2024 08:15");
    row.put("ngay_hen_tra", "2024-03-15");
    row.put("ngay_giai_quyet", "2024-03-12T16:30:00");
    row.put("so_hoa_ket_qua", "TRUE");
    row.put("so_hoa_ho_so", "x");
    row.put("le_phi", "50000 đ");
    row.put("thanh_toan_truc_tuyen", "Có");
    assertThat(read(csv(List.of(row))).accepted()).containsExactly(expected());
  }

  @Test
  void blankChannelIsTheCounterAndBlankOutcomeOfAResolvedDossierIsGranted() throws IOException {
    Map<String, String> row = with("kenh_nop", "");
    row.put("thanh_toan_truc_tuyen", "");
    Dossier d = read(csv(List.of(row))).accepted().get(0);
    assertThat(d.channel()).isEqualTo(Channel.COUNTER);
    assertThat(d.outcome()).contains(Outcome.GRANTED);
    assertThat(d.isPaidOnline()).isFalse();
  }

  @Test
  void readsAnOutcomeColumn() throws IOException {
    Map<String, String> row = with("so_hoa_ket_qua", "0");
    row.put("ket_qua_xu_ly", "Từ chối");
    assertThat(read(csv(List.of(row))).accepted().get(0).outcome()).contains(Outcome.REFUSED);
  }

  @Test
  void toleratesTrailingEmptyCells() throws IOException {
    String text = csv(List.of(validRow())).replace("x\r\n", "x,,\r\n");
    assertThat(read(text).accepted()).containsExactly(expected());
  }

  static Stream<Arguments> rejections() {
    Map<String, String> noResolution = with("ngay_giai_quyet", "");
    noResolution.put("so_hoa_ket_qua", "0");
    noResolution.put("ket_qua_xu_ly", "từ chối");
    Map<String, String> feeOnFree = with("ma_tthc", "1.2");
    Map<String, String> paidWithoutFee = with("le_phi", "0");
    Map<String, String> refusedDigitized = with("ket_qua_xu_ly", "từ chối");
    return Stream.of(
        Arguments.of(with("ma_ho_so", ""), RejectionReason.MISSING_VALUE, "ma_ho_so", ""),
        Arguments.of(
            with("ngay_tiep_nhan", "31/02/2024"),
            RejectionReason.UNPARSABLE_DATE,
            "ngay_tiep_nhan",
            "31/02/2024"),
        Arguments.of(
            with("ngay_giai_quyet", "hôm qua"),
            RejectionReason.UNPARSABLE_DATE,
            "ngay_giai_quyet",
            "hôm qua"),
        Arguments.of(with("kenh_nop", "4"), RejectionReason.UNPARSABLE_CHANNEL, "kenh_nop", "4"),
        Arguments.of(
            with("so_hoa_ho_so", "có lẽ"),
            RejectionReason.UNPARSABLE_BOOLEAN,
            "so_hoa_ho_so",
            "có lẽ"),
        Arguments.of(with("le_phi", "-5000"), RejectionReason.UNPARSABLE_FEE, "le_phi", "-5000"),
        Arguments.of(
            with("ket_qua_xu_ly", "chờ"),
            RejectionReason.UNPARSABLE_OUTCOME,
            "ket_qua_xu_ly",
            "chờ"),
        Arguments.of(
            with("ma_tthc", "9.999"), RejectionReason.UNKNOWN_PROCEDURE, "ma_tthc", "9.999"),
        Arguments.of(
            with("ma_co_quan", "UB999"), RejectionReason.UNKNOWN_AGENCY, "ma_co_quan", "UB999"),
        Arguments.of(
            with("ngay_hen_tra", "01/03/2024"),
            RejectionReason.DUE_BEFORE_RECEIVED,
            "ngay_hen_tra",
            "01/03/2024"),
        Arguments.of(
            with("ngay_giai_quyet", "04/03/2024"),
            RejectionReason.RESOLVED_BEFORE_RECEIVED,
            "ngay_giai_quyet",
            "04/03/2024"),
        Arguments.of(
            noResolution, RejectionReason.OUTCOME_WITHOUT_RESOLUTION, "ket_qua_xu_ly", "từ chối"),
        Arguments.of(
            refusedDigitized, RejectionReason.DIGITIZED_WITHOUT_RESULT, "so_hoa_ket_qua", "1"),
        Arguments.of(feeOnFree, RejectionReason.FEE_NOT_CHARGED, "le_phi", "50.000"),
        Arguments.of(
            paidWithoutFee, RejectionReason.PAID_ONLINE_WITHOUT_FEE, "thanh_toan_truc_tuyen", "x"));
  }

  @ParameterizedTest
  @MethodSource("rejections")
  void eachFaultIsRejectedWithItsLineColumnValueAndReason(
      Map<String, String> row, RejectionReason reason, String column, String value)
      throws IOException {
    Map<String, String> header = validRow();
    row.keySet().forEach(k -> header.putIfAbsent(k, ""));
    Map<String, String> first = validRow();
    first.put("ma_ho_so", "HS-0");
    header.keySet().forEach(k -> first.putIfAbsent(k, ""));
    Map<String, String> second = new LinkedHashMap<>();
    header.keySet().forEach(k -> second.put(k, row.getOrDefault(k, "")));
    Read read = read(csv(List.of(first, second)));
    assertThat(read.report().rowsRead()).isEqualTo(2);
    assertThat(read.report().accepted()).isEqualTo(1);
    Rejection r = read.report().rejections().get(0);
    assertThat(r.reason()).isEqualTo(reason);
    assertThat(r.line()).isEqualTo(3);
    assertThat(r.column()).isEqualTo(column);
    assertThat(r.value()).isEqualTo(value);
    assertThat(r.message(RateFormat.VIETNAMESE))
        .startsWith("ho_so.csv, dòng 3, cột " + column + ", giá trị \"" + value + "\": ")
        .endsWith(r.reasonText(RateFormat.VIETNAMESE));
    assertThat(r.message(RateFormat.ENGLISH))
        .startsWith("ho_so.csv, line 3, column " + column + ", value \"" + value + "\": ")
        .endsWith(r.reasonText(RateFormat.ENGLISH));
  }

  @Test
  void resolutionBeforeReceptionReadsInBothLanguages() throws IOException {
    Rejection r =
        read(csv(List.of(with("ngay_giai_quyet", "01/03/2024")))).report().rejections().get(0);
    assertThat(r.message(RateFormat.VIETNAMESE))
        .isEqualTo(
            "ho_so.csv, dòng 2, cột ngay_giai_quyet, giá trị \"01/03/2024\": "
                + "ngày giải quyết trước ngày tiếp nhận 05/03/2024");
    assertThat(r.toString())
        .isEqualTo(
            "ho_so.csv, line 2, column ngay_giai_quyet, value \"01/03/2024\": "
                + "resolution date before the reception date 05/03/2024");
  }

  @Test
  void wrongNumberOfColumnsNamesTheCounts() throws IOException {
    String text = csv(List.of(validRow())) + "HS-2,1.4,UB436\r\n";
    Rejection r = read(text).report().rejections().get(0);
    assertThat(r.reason()).isEqualTo(RejectionReason.WRONG_COLUMN_COUNT);
    assertThat(r.column()).isEmpty();
    assertThat(r.value()).isEqualTo("HS-2,1.4,UB436");
    assertThat(r.message(RateFormat.VIETNAMESE))
        .isEqualTo(
            "ho_so.csv, dòng 3, giá trị \"HS-2,1.4,UB436\": dòng có 3 cột nhưng tiêu đề có 11 cột");
    assertThat(r.message(RateFormat.ENGLISH))
        .endsWith("the row has 3 columns but the header has 11");
  }

  @Test
  void duplicateIdsAreRejectedNamingTheFirstLineUnlessTheCheckIsOff() throws IOException {
    String text = csv(List.of(validRow(), validRow(), validRow()));
    Read read = read(text);
    assertThat(read.report().accepted()).isEqualTo(1);
    assertThat(read.report().rejections())
        .extracting(Rejection::reason, Rejection::line, Rejection::arguments)
        .containsOnly(
            org.assertj.core.groups.Tuple.tuple(RejectionReason.DUPLICATE_ID, 3L, List.of("2")),
            org.assertj.core.groups.Tuple.tuple(RejectionReason.DUPLICATE_ID, 4L, List.of("2")));
    Read unchecked =
        read(
            text.getBytes(StandardCharsets.UTF_8),
            READER.withOptions(ImportOptions.defaults().withDuplicateCheck(false)));
    assertThat(unchecked.report().accepted()).isEqualTo(3);
  }

  @Test
  void strictModeFailsOnTheFirstRejection() {
    String text =
        csv(
            List.of(
                validRow(), with("ma_ho_so", "HS-2"), with("ma_tthc", "x"), with("kenh_nop", "9")));
    List<Dossier> accepted = new ArrayList<>();
    assertThatThrownBy(
            () ->
                READER
                    .withOptions(ImportOptions.defaults().strict())
                    .read(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        "ho_so.csv",
                        accepted::add,
                        r -> {}))
        .isInstanceOfSatisfying(
            RejectedRowException.class,
            e -> {
              assertThat(e.rejection().line()).isEqualTo(4);
              assertThat(e.rejection().reason()).isEqualTo(RejectionReason.UNKNOWN_PROCEDURE);
              assertThat(e.report().rowsRead()).isEqualTo(3);
              assertThat(e.report().rejected()).isEqualTo(1);
              assertThat(e.report().isComplete()).isFalse();
              assertThat(e.report().reconciliation(RateFormat.ENGLISH))
                  .isEqualTo(
                      "ho_so.csv: 3 rows read = 2 accepted + 1 rejected"
                          + " (reading stopped before the end of the file)");
              assertThat(e).hasMessageContaining("line 4, column ma_tthc");
            });
    assertThat(accepted).hasSize(2);
  }

  @Test
  void theCapKeepsTheFirstRejectionsAndTheCountStaysExact() throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(with("ma_ho_so", "HS-" + i));
      rows.add(with("kenh_nop", "kênh " + i));
    }
    List<Rejection> all = new ArrayList<>();
    ImportReport report =
        READER
            .withOptions(ImportOptions.defaults().withMaxKeptRejections(3))
            .read(
                new ByteArrayInputStream(csv(rows).getBytes(StandardCharsets.UTF_8)),
                "ho_so.csv",
                d -> {},
                all::add);
    assertThat(report.rejected()).isEqualTo(10);
    assertThat(report.rejections()).hasSize(3).isEqualTo(all.subList(0, 3));
    assertThat(report.rejectionsNotKept()).isEqualTo(7);
    assertThat(all).hasSize(10);
  }

  @Test
  void anUnbalancedQuoteStopsReadingAtTheLimitAndStillReconciles() throws IOException {
    StringBuilder text = new StringBuilder(csv(List.of(validRow())));
    text.append("\"HS-open,1.4\r\n");
    for (int i = 0; i < 1_000; i++) {
      text.append(String.join(",", with("ma_ho_so", "HS-x" + i).values())).append("\r\n");
    }
    Read small =
        read(
            text.toString().getBytes(StandardCharsets.UTF_8),
            READER.withOptions(ImportOptions.defaults().withMaxRecordLength(1_000)));
    assertThat(small.report().accepted()).isEqualTo(1);
    assertThat(small.report().rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectionReason.RECORD_TOO_LONG);
              assertThat(r.line()).isEqualTo(3);
            });
    assertThat(small.report().isComplete()).isFalse();
    // under the default limit, the open quote swallows the rest into one malformed row
    Read large = read(text.toString());
    assertThat(large.report().rowsRead()).isEqualTo(2);
    assertThat(large.report().rejections().get(0).reason())
        .isEqualTo(RejectionReason.WRONG_COLUMN_COUNT);
  }

  /** Bytes that fail after the given ones, with the given exception. */
  private static java.io.InputStream failingAfter(byte[] bytes, Exception failure) {
    return new java.io.SequenceInputStream(
        new ByteArrayInputStream(bytes),
        new java.io.InputStream() {
          @Override
          public int read() throws IOException {
            if (failure instanceof IOException e) {
              throw e;
            }
            throw (RuntimeException) failure;
          }
        });
  }

  @Test
  void anErrorWhileReadingIsNeitherARejectionNorHidden() {
    byte[] good = csv(List.of(validRow())).getBytes(StandardCharsets.UTF_8);
    java.io.InputStream failing =
        new java.io.SequenceInputStream(
            new ByteArrayInputStream(good),
            new java.io.InputStream() {
              @Override
              public int read() {
                throw new OutOfMemoryError("simulated");
              }
            });
    assertThatThrownBy(() -> READER.read(failing, "ho_so.csv", d -> {}, r -> {}))
        .isInstanceOf(OutOfMemoryError.class)
        .hasMessage("simulated");
  }

  @Test
  void aParserErrorStopsReadingAsAMalformedRowAndAReadErrorPropagates() throws IOException {
    byte[] good = csv(List.of(validRow())).getBytes(StandardCharsets.UTF_8);
    List<Dossier> accepted = new ArrayList<>();
    ImportReport report =
        READER.read(
            failingAfter(good, new de.siegmar.fastcsv.reader.CsvParseException("broken quote")),
            "ho_so.csv",
            accepted::add,
            r -> {});
    assertThat(accepted).hasSize(1);
    assertThat(report.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reason()).isEqualTo(RejectionReason.MALFORMED_CSV);
              assertThat(r.message(RateFormat.ENGLISH))
                  .endsWith("malformed CSV, reading stopped here: broken quote");
            });
    assertThat(report.isComplete()).isFalse();
    assertThatThrownBy(
            () ->
                READER.read(
                    failingAfter(good, new IOException("disk")), "ho_so.csv", d -> {}, r -> {}))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasRootCauseMessage("disk");
    assertThatThrownBy(
            () ->
                READER.read(
                    failingAfter(
                        "ma_ho_so,ma_tthc".getBytes(StandardCharsets.UTF_8),
                        new de.siegmar.fastcsv.reader.CsvParseException("bad")),
                    "ho_so.csv",
                    d -> {},
                    r -> {}))
        .isInstanceOfSatisfying(
            CsvHeaderException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(CsvHeaderException.Problem.UNREADABLE_HEADER);
              assertThat(e.message(RateFormat.VIETNAMESE))
                  .startsWith("ho_so.csv: không đọc được dòng tiêu đề: ");
            });
  }

  @Test
  void aColumnMappingReadsOtherLayouts() throws IOException {
    String text =
        "Số hồ sơ;Thủ tục;Đơn vị;Kênh;Ngày nhận;Hạn trả;Ngày xong;Phí\r\n"
            + "HS-1;1.4;UB436;2;05/03/2024;15/03/2024;12/03/2024;50.000\r\n";
    ColumnMapping mapping =
        ColumnMapping.defaults()
            .map(DossierColumn.ID, "Số hồ sơ")
            .map(DossierColumn.PROCEDURE, "Thủ tục")
            .map(DossierColumn.AGENCY, "Đơn vị")
            .map(DossierColumn.CHANNEL, "Kênh")
            .map(DossierColumn.RECEIVED_ON, "Ngày nhận")
            .map(DossierColumn.DUE_ON, "Hạn trả")
            .map(DossierColumn.RESOLVED_ON, "Ngày xong")
            .map(DossierColumn.FEE, "Phí")
            .withoutColumn(DossierColumn.RESULT_DIGITIZED)
            .withoutColumn(DossierColumn.INTAKE_DIGITIZED)
            .withoutColumn(DossierColumn.PAID_ONLINE);
    Read read =
        read(
            text.getBytes(StandardCharsets.UTF_8),
            READER.withMapping(mapping).withOptions(ImportOptions.defaults().withDelimiter(';')));
    assertThat(read.accepted())
        .containsExactly(
            expected().toBuilder()
                .resultDigitized(false)
                .intakeDigitized(false)
                .paidOnline(false)
                .build());
  }

  @Test
  void aMissingColumnFailsTheWholeFileNamingIt() {
    String text = csv(List.of(validRow())).replace("ngay_tiep_nhan", "ngay");
    assertThatThrownBy(() -> read(text))
        .isInstanceOfSatisfying(
            CsvHeaderException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(CsvHeaderException.Problem.MISSING_COLUMN);
              assertThat(e.column()).isEqualTo("RECEIVED_ON");
              assertThat(e.source()).isEqualTo("ho_so.csv");
              assertThat(e.headers()).contains("ngay_tiep_nhan", "received_on");
              assertThat(e.message(RateFormat.VIETNAMESE))
                  .startsWith(
                      "ho_so.csv: thiếu cột RECEIVED_ON (tiêu đề được chấp nhận: ngay_tiep_nhan");
              assertThat(e).hasMessageStartingWith("ho_so.csv: missing column RECEIVED_ON");
            });
  }

  @Test
  void aColumnNamedTwiceFailsTheWholeFile() {
    String text = csv(List.of(validRow())).replaceFirst("ma_co_quan", "id");
    assertThatThrownBy(() -> read(text))
        .isInstanceOfSatisfying(
            CsvHeaderException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(CsvHeaderException.Problem.DUPLICATE_COLUMN);
              assertThat(e.headers()).containsExactly("ma_ho_so", "id");
              assertThat(e.message(RateFormat.VIETNAMESE)).contains("có hai tiêu đề");
              assertThat(e).hasMessageContaining("is named by two headers");
            });
  }

  @Test
  void anEmptyFileFails() {
    assertThatThrownBy(() -> read("\r\n\r\n"))
        .isInstanceOfSatisfying(
            CsvHeaderException.class,
            e -> {
              assertThat(e.problem()).isEqualTo(CsvHeaderException.Problem.EMPTY_FILE);
              assertThat(e.message(RateFormat.VIETNAMESE)).contains("tệp rỗng");
            });
  }

  @Test
  void aFileStreamsDossiersAndReportsAtTheEnd(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ho_so.csv");
    Files.writeString(
        file, csv(List.of(validRow(), with("ma_ho_so", "HS-2"), with("kenh_nop", "?"))));
    try (DossierImport in = READER.open(file)) {
      assertThat(in.dossiers().map(Dossier::id)).containsExactly("HS-1", "HS-2");
      assertThat(in.report().rowsRead()).isEqualTo(3);
      assertThat(in.report().isComplete()).isTrue();
      assertThat(in.report().toString())
          .isEqualTo(file + ": 3 rows read = 2 accepted + 1 rejected");
    }
    List<Dossier> seen = new ArrayList<>();
    assertThat(READER.read(file, seen::add).rejected()).isEqualTo(1);
    assertThat(seen).hasSize(2);
  }

  @Test
  void progressIsToldEverySoManyRows() throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      rows.add(with("ma_ho_so", "HS-" + i));
    }
    List<Long> told = new ArrayList<>();
    read(csv(rows).getBytes(StandardCharsets.UTF_8), READER.withProgress(told::add, 3));
    assertThat(told).containsExactly(3L, 6L);
    assertThatThrownBy(() -> READER.withProgress(told::add, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStreamOfBytesCanBeOpenedToo() throws IOException {
    byte[] bytes = csv(List.of(validRow())).getBytes(StandardCharsets.UTF_8);
    try (DossierImport in = READER.open(new ByteArrayInputStream(bytes), "ho_so.csv")) {
      assertThat(in.dossiers()).containsExactly(expected());
    }
    assertThat(READER.options()).isEqualTo(ImportOptions.defaults());
    assertThat(READER.mapping()).isEqualTo(ColumnMapping.defaults());
    assertThat(READER.toString()).startsWith("DossierCsvReader[Catalogue[7 units, 8 agencies");
  }
}
