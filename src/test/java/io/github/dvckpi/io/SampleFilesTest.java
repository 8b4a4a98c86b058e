package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.sample.HaTinh2024;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled samples read back into the Hà Tĩnh example, and the library's writers write the
 * example back into exactly the same bytes: readers and writers agree.
 */
class SampleFilesTest {

  @Test
  void writingTheExampleBackGivesTheBundledBytes() throws IOException {
    boolean write = Boolean.getBoolean("dvckpi.writeSamples");
    for (Map.Entry<String, byte[]> e : SampleFiles.contents().entrySet()) {
      Path file = SampleFiles.DIR.resolve(e.getKey());
      if (write) {
        Files.createDirectories(SampleFiles.DIR);
        Files.write(file, e.getValue());
      }
      assertThat(Files.readAllBytes(file)).as(file.toString()).isEqualTo(e.getValue());
    }
  }

  @Test
  void theSamplesReadBackIntoTheExample() throws IOException {
    CatalogueImport catalogue =
        CatalogueCsvReader.read(
            SampleFiles.DIR.resolve("don_vi.csv"),
            SampleFiles.DIR.resolve("co_quan.csv"),
            SampleFiles.DIR.resolve("thu_tuc.csv"),
            ImportOptions.defaults().strict());
    assertThat(catalogue.catalogue()).isEqualTo(SampleFiles.CATALOGUE);
    assertThat(catalogue.isClean()).isTrue();
    List<io.github.dvckpi.domain.Dossier> dossiers = new ArrayList<>();
    ImportReport report =
        DossierCsvReader.of(catalogue.catalogue())
            .withOptions(ImportOptions.defaults().strict())
            .read(SampleFiles.DIR.resolve("ho_so.csv"), dossiers::add);
    assertThat(dossiers).isEqualTo(HaTinh2024.dossiers());
    assertThat(report.reconciliation(RateFormat.ENGLISH))
        .isEqualTo(
            SampleFiles.DIR.resolve("ho_so.csv")
                + ": "
                + RateFormat.count(dossiers.size(), RateFormat.ENGLISH)
                + " rows read = "
                + RateFormat.count(dossiers.size(), RateFormat.ENGLISH)
                + " accepted + 0 rejected");
  }

  @Test
  void theBrokenSampleHasOneThousandValidAndThirtySevenBrokenRows() throws IOException {
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report =
        DossierCsvReader.of(SampleFiles.CATALOGUE)
            .read(SampleFiles.DIR.resolve("ho_so_co_loi.csv"), d -> {}, rejected::add);
    assertThat(report.accepted()).isEqualTo(1_000);
    assertThat(report.rejected()).isEqualTo(37);
    assertThat(rejected)
        .extracting(r -> new DemoFile.Broken(r.line(), r.reason()))
        .containsExactlyElementsOf(SampleFiles.brokenRows().broken());
  }
}
