package io.github.dvckpi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.KeyCodec;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.io.CatalogueCsvReader;
import io.github.dvckpi.io.CatalogueImport;
import io.github.dvckpi.io.DossierCsvReader;
import io.github.dvckpi.io.ImportOptions;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.sample.SampleProvince;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bytes one partial tally costs between executors (docs/distributed.md, "What travels"),
 * measured with the library's codec: the figures the documentation quotes.
 */
class PartialTallySizeTest {

  private static final Path SAMPLES =
      Path.of(System.getProperty("dvckpi.samples", "../../samples"));

  @Test
  void theSampleProvincesPartialTally() throws IOException {
    CatalogueImport catalogue =
        CatalogueCsvReader.read(
            SAMPLES.resolve("don_vi.csv"),
            SAMPLES.resolve("co_quan.csv"),
            SAMPLES.resolve("thu_tuc.csv"),
            ImportOptions.defaults());
    List<Dossier> dossiers = new ArrayList<>();
    DossierCsvReader.of(catalogue.catalogue()).read(SAMPLES.resolve("ho_so.csv"), dossiers::add);
    ReportingPeriod ytd = ReportingPeriod.parse("2024-YTD@2024-11-14");
    Tallies<UnitTier> oneBucket = Tallies.of(dossiers, Grouping.byUnitAndTier(), Buckets.of(ytd));
    Tallies<UnitTier> months =
        Tallies.of(dossiers, Grouping.byUnitAndTier(), Buckets.months(ReportingPeriod.year(2024)));
    int ytdBytes = oneBucket.encode(KeyCodec.unitTiers()).length;
    int monthBytes = months.encode(KeyCodec.unitTiers()).length;
    System.out.printf(
        "dvc-kpi-spark: sample province, %,d dossiers, %d groups: %,d bytes (1 bucket), %,d bytes"
            + " (12 months)%n",
        dossiers.size(), oneBucket.groups().size(), ytdBytes, monthBytes);
    assertThat(oneBucket.groups()).hasSize(51);
    assertThat(ytdBytes).isEqualTo(1_771);
    assertThat(monthBytes).isEqualTo(10_700);
  }

  @Test
  void aNationalLayoutsPartialTally() {
    // 34 provinces (their departments at the province tier) and 3,321 communes, 12 months, each
    // cell counted from 10 dossiers, then doubled 8 times: about 2,560 dossiers a commune a month,
    // some 100 million a year, the Portal's order of magnitude
    Procedure procedure = SampleProvince.create().procedures().get(0);
    List<Agency> agencies = new ArrayList<>();
    for (int p = 0; p < 34; p++) {
      agencies.add(Agency.of("S" + p, "Sở " + p, AdministrativeLevel.PROVINCE, "P" + p));
    }
    for (int c = 0; c < 3_321; c++) {
      agencies.add(
          Agency.of(
              "X" + c, "UBND xã " + c, AdministrativeLevel.COMMUNE, String.valueOf(30_000 + c)));
    }
    List<Dossier> dossiers = new ArrayList<>();
    int n = 0;
    for (Agency agency : agencies) {
      for (int month = 1; month <= 12; month++) {
        for (int i = 0; i < 10; i++, n++) {
          LocalDate received = LocalDate.of(2024, month, 1 + i);
          Dossier.Builder b =
              Dossier.builder()
                  .id("HS-" + n)
                  .agency(agency)
                  .procedure(procedure)
                  .channel(i % 3 == 0 ? Channel.COUNTER : Channel.ONLINE)
                  .receivedOn(received)
                  .dueOn(received.plusDays(5));
          if (i % 4 != 0) {
            b.resolved(received.plusDays(2 + i % 6), Outcome.GRANTED);
          }
          dossiers.add(b.build());
        }
      }
    }
    Tallies<UnitTier> cells =
        Tallies.of(dossiers, Grouping.byUnitAndTier(), Buckets.months(ReportingPeriod.year(2024)));
    for (int doubling = 0; doubling < 8; doubling++) {
      cells = cells.plus(cells);
    }
    int bytes = cells.encode(KeyCodec.unitTiers()).length;
    System.out.printf(
        "dvc-kpi-spark: national layout, %,d dossiers, %,d groups x 12 months: %,d bytes%n",
        cells.total().count(io.github.dvckpi.indicator.Counter.RECEIVED),
        cells.groups().size(),
        bytes);
    assertThat(cells.groups()).hasSize(3_355);
    assertThat(bytes).isEqualTo(1_013_200);
  }
}
