package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.DossierHistory;
import io.github.dvckpi.domain.LifeEvent.Kind;
import io.github.dvckpi.domain.OnTimeRule;
import io.github.dvckpi.domain.StatutoryDuration;
import io.github.dvckpi.domain.Timeliness;
import io.github.dvckpi.domain.WorkingCalendar;
import io.github.dvckpi.rate.RateFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The optional history columns: statuses, supplementation dates, duration and cut-off. */
class HistoryColumnsTest {

  private static final DossierCsvReader READER = DossierCsvReader.of(ImportGen.CATALOGUE);

  private static final String HEADER =
      "ma_ho_so,ma_tthc,ma_co_quan,kenh_nop,ngay_tiep_nhan,ngay_hen_tra,ngay_giai_quyet,"
          + "so_hoa_ket_qua,so_hoa_ho_so,le_phi,thanh_toan_truc_tuyen,"
          + "ma_trang_thai,ngay_yeu_cau_bo_sung,ngay_bo_sung,thoi_han_giai_quyet,gio_cat\r\n";

  private static final String BASE = "1.4,UB436,2,";

  record Read(List<Dossier> accepted, ImportReport report) {}

  private static Read read(String... rows) throws IOException {
    String text = HEADER + String.join("\r\n", rows) + "\r\n";
    List<Dossier> accepted = new ArrayList<>();
    ImportReport report =
        READER.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "ho_so.csv",
            accepted::add,
            r -> {});
    return new Read(accepted, report);
  }

  private static DossierHistory history(Read read, int i) {
    return read.accepted().get(i).history().orElseThrow();
  }

  @Test
  void aRowWithHistoryCellsBecomesADossierWithItsLife() throws IOException {
    Read read =
        read(
            "HS-1,"
                + BASE
                + "05/02/2024 16:00,29/02/2024,28/02/2024 09:30,0,0,0,0,"
                + "9,07/02/2024 10:00,20/02/2024,15,15:00",
            "HS-2," + BASE + "05/02/2024,29/02/2024,,0,0,0,0,5,07/02/2024,,,");
    assertThat(read.report().isClean()).isTrue();
    DossierHistory one = history(read, 0);
    assertThat(one.events())
        .extracting(e -> e.kind())
        .containsExactly(
            Kind.RECEIVED, Kind.SUPPLEMENT_REQUESTED, Kind.SUPPLEMENT_SUPPLIED, Kind.PROCESSED);
    assertThat(one.receivedAt()).contains(LocalDateTime.of(2024, 2, 5, 16, 0));
    assertThat(one.endOfProcessing().orElseThrow().at())
        .isEqualTo(LocalDateTime.of(2024, 2, 28, 9, 30));
    assertThat(one.duration())
        .contains(StatutoryDuration.ofWorkingDays(15).withCutOff(LocalTime.of(15, 0)));
    assertThat(one.dueOn()).contains(LocalDate.of(2024, 2, 29));
    assertThat(one.pauses()).hasSize(1);
    // the Portal does not count the wait for the applicant
    assertThat(
            OnTimeRule.PORTAL_INDEX_2_1.classify(
                one, WorkingCalendar.vietnam(), LocalDate.of(2024, 3, 31)))
        .contains(Timeliness.EARLY);
    DossierHistory two = history(read, 1);
    assertThat(two.status().code()).isEqualTo(5);
    assertThat(two.pauses().get(0).suppliedAt()).isEmpty();
  }

  @Test
  void aRowWithTheHistoryCellsBlankReadsAsWithoutTheColumns() throws IOException {
    Read read = read("HS-3," + BASE + "05/03/2024,15/03/2024,12/03/2024,1,1,50.000,1,,,,,");
    assertThat(read.accepted()).hasSize(1);
    assertThat(read.accepted().get(0).history()).isEmpty();
  }

  @Test
  void aDurationInHoursAndWithoutStatusTheOutcomeEnds() throws IOException {
    Read read = read("HS-4," + BASE + "05/03/2024,06/03/2024,06/03/2024,0,0,0,0,,,,8 giờ,");
    DossierHistory h = history(read, 0);
    assertThat(h.duration()).contains(StatutoryDuration.ofHours(8));
    assertThat(h.endOfProcessing().orElseThrow().kind()).isEqualTo(Kind.PROCESSED);
  }

  @Test
  void twoRequestsAreReadInOrder() throws IOException {
    Read read =
        read(
            "HS-5,"
                + BASE
                + "01/03/2024,29/03/2024,20/03/2024,0,0,0,0,10,"
                + "04/03/2024;11/03/2024,06/03/2024;13/03/2024,,");
    assertThat(history(read, 0).pauses()).hasSize(2);
    assertThat(
            OnTimeRule.PORTAL_INDEX_2_1.classify(
                history(read, 0), WorkingCalendar.vietnam(), LocalDate.of(2024, 3, 31)))
        .contains(Timeliness.LATE);
  }

  @Test
  void anImpossibleHistoryIsRejectedWithItsReasonInBothLanguages() throws IOException {
    Read read =
        read(
            "HS-6," + BASE + "05/03/2024,15/03/2024,12/03/2024,0,0,0,0,9,,07/03/2024,,",
            "HS-7," + BASE + "05/03/2024,15/03/2024,12/03/2024,0,0,0,0,11,,,,",
            "HS-8," + BASE + "05/03/2024,15/03/2024,,0,0,0,0,9,,,,",
            "HS-9," + BASE + "05/03/2024,15/03/2024,12/03/2024,0,0,0,0,4,,,,",
            "HS-10," + BASE + "05/03/2024,15/03/2024,,0,0,0,0,3,,,,",
            "HS-11," + BASE + "05/03/2024,15/03/2024,,0,0,0,0,,,,mười,",
            "HS-12," + BASE + "05/03/2024,15/03/2024,,0,0,0,0,,,,,15:00",
            "HS-13," + BASE + "05/03/2024,15/03/2024,,0,0,0,0,,,,15,3 giờ chiều");
    assertThat(read.accepted()).isEmpty();
    assertThat(read.report().rejections())
        .extracting(Rejection::reason)
        .containsExactly(
            RejectionReason.INVALID_HISTORY,
            RejectionReason.UNPARSABLE_STATUS,
            RejectionReason.STATUS_ENDED_WITHOUT_RESOLUTION,
            RejectionReason.STATUS_OPEN_BUT_RESOLVED,
            RejectionReason.STATUS_NOT_RECEIVED,
            RejectionReason.UNPARSABLE_DURATION,
            RejectionReason.CUT_OFF_WITHOUT_DURATION,
            RejectionReason.UNPARSABLE_TIME);
    Rejection first = read.report().rejections().get(0);
    assertThat(first.message(Locale.ENGLISH)).contains("no supplement before its request");
    assertThat(first.message(RateFormat.VIETNAMESE)).contains("quá trình xử lý không thể xảy ra");
    assertThat(read.report().reconciliation(Locale.ENGLISH)).contains("8 rejected");
  }
}
