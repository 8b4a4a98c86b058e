package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.rate.RateFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demonstration: 1,000 valid rows and 37 broken ones of different kinds. */
class ThousandRowsDemoTest {

  @Test
  void importsAsOneThousandAcceptedAndThirtySevenRejectedEachWithItsLineAndReason()
      throws IOException {
    DemoFile file =
        DemoFile.generate(ImportGen.CATALOGUE, 1_000, 37, 2024L, LocalDate.of(2024, 1, 2), 300);
    List<Dossier> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report =
        DossierCsvReader.of(ImportGen.CATALOGUE)
            .read(
                new ByteArrayInputStream(file.bytes()),
                "ho_so_co_loi.csv",
                accepted::add,
                rejected::add);

    assertThat(report.rowsRead()).isEqualTo(1_037);
    assertThat(report.accepted()).isEqualTo(1_000);
    assertThat(report.rejected()).isEqualTo(37);
    assertThat(report.reconciliation(RateFormat.VIETNAMESE))
        .isEqualTo("ho_so_co_loi.csv: đã đọc 1.037 dòng = 1.000 được nhận + 37 bị từ chối");
    assertThat(report.reconciliation(RateFormat.ENGLISH))
        .isEqualTo("ho_so_co_loi.csv: 1,037 rows read = 1,000 accepted + 37 rejected");
    assertThat(accepted).isEqualTo(file.valid());
    assertThat(rejected)
        .extracting(r -> new DemoFile.Broken(r.line(), r.reason()))
        .containsExactlyElementsOf(file.broken());
    assertThat(rejected).isEqualTo(report.rejections());
    assertThat(rejected.stream().map(Rejection::reason).distinct().count())
        .isEqualTo(DemoFile.distinctReasons())
        .isEqualTo(17);
    assertThat(rejected)
        .allSatisfy(
            r -> {
              assertThat(r.message(RateFormat.VIETNAMESE)).contains("dòng " + r.line());
              assertThat(r.message(RateFormat.ENGLISH)).contains("line " + r.line());
            });
  }
}
