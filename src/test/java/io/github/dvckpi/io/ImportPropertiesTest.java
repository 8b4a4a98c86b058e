package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.dvckpi.domain.Dossier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of the import, as properties over generated files. */
class ImportPropertiesTest {

  private static final DossierCsvReader READER = DossierCsvReader.of(ImportGen.CATALOGUE);

  /** What a read produced. */
  private record Read(List<Dossier> accepted, List<Rejection> rejected, ImportReport report) {}

  private static Read read(byte[] file, DossierCsvReader reader) {
    List<Dossier> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    try {
      ImportReport report =
          reader.read(new ByteArrayInputStream(file), "test.csv", accepted::add, rejected::add);
      return new Read(accepted, rejected, report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(List<Dossier> dossiers) {
    StringBuilder out = new StringBuilder();
    try (DossierCsvWriter writer = DossierCsvWriter.to(out)) {
      writer.writeAll(dossiers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Ids with the characters that need quoting, Vietnamese letters, and inner spaces. */
  private static Gen<List<Dossier>> dossiersWithAwkwardIds() {
    Gen<String> core =
        strings()
            .betweenCodePoints(0x20, 0x7E)
            .ofLengthBetween(0, 6)
            .zip(
                integers().between(0, 7),
                (s, k) -> s + new String[] {",", "\"", "\n", "\r\n", ";", "đƯờ", " x ", "ừ"}[k]);
    return ImportGen.uniqueDossiers(25)
        .zip(
            lists().of(core).ofSizeBetween(25, 25),
            (dossiers, ids) -> {
              List<Dossier> out = new ArrayList<>();
              for (int i = 0; i < dossiers.size(); i++) {
                // "§" is in neither alphabet, so "#<i>§" makes the ids unique ("#1" + "0," and
                // "#10" + "," collided)
                String id = "#" + i + "§" + ids.get(i) + "#";
                out.add(dossiers.get(i).toBuilder().id(id).build());
              }
              return out;
            });
  }

  @Test
  void writtenDossiersReadBackEqual() {
    qt().withExamples(200)
        .forAll(dossiersWithAwkwardIds())
        .checkAssert(
            dossiers -> {
              Read read = read(write(dossiers), READER);
              assertThat(read.rejected()).isEmpty();
              assertThat(read.accepted()).isEqualTo(dossiers);
              assertThat(read.report().rowsRead()).isEqualTo(dossiers.size());
              assertThat(read.report().isComplete()).isTrue();
            });
  }

  @Test
  void corruptedRowsAreRejectedExactlyAndValidRowsAccepted() {
    qt().withExamples(300)
        .forAll(ImportGen.mixedLines(40))
        .checkAssert(
            lines -> {
              Read read = read(ImportGen.file(lines), READER);
              List<Dossier> valid = new ArrayList<>();
              Set<Long> brokenLines = new TreeSet<>();
              for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).corrupted()) {
                  brokenLines.add(i + 2L);
                } else {
                  valid.add(lines.get(i).dossier());
                }
              }
              assertThat(read.accepted()).isEqualTo(valid);
              assertThat(read.rejected())
                  .extracting(Rejection::line)
                  .containsExactlyElementsOf(brokenLines);
            });
  }

  @Test
  void rowsReadEqualAcceptedPlusRejected() {
    Gen<byte[]> garbage =
        lists()
            .of(integers().between(0, 255))
            .ofSizeBetween(0, 400)
            .map(
                bytes -> {
                  byte[] head = ImportGen.header();
                  byte[] out = new byte[head.length + bytes.size()];
                  System.arraycopy(head, 0, out, 0, head.length);
                  for (int i = 0; i < bytes.size(); i++) {
                    out[head.length + i] = (byte) (int) bytes.get(i);
                  }
                  return out;
                });
    qt().withExamples(300)
        .forAll(garbage)
        .checkAssert(
            file -> {
              Read read = read(file, READER);
              ImportReport report = read.report();
              assertThat(report.rowsRead()).isEqualTo(report.accepted() + report.rejected());
              assertThat(report.accepted()).isEqualTo(read.accepted().size());
              assertThat(report.rejected()).isEqualTo(read.rejected().size());
            });
  }

  @Test
  void mixedFilesReconcileToTheirLines() {
    qt().withExamples(200)
        .forAll(ImportGen.mixedLines(40))
        .checkAssert(
            lines -> {
              ImportReport report = read(ImportGen.file(lines), READER).report();
              assertThat(report.rowsRead()).isEqualTo(lines.size());
              assertThat(report.rowsRead()).isEqualTo(report.accepted() + report.rejected());
            });
  }

  @Test
  void strictAndLenientAgreeOnAcceptedRows() {
    DossierCsvReader strict = READER.withOptions(ImportOptions.defaults().strict());
    qt().withExamples(200)
        .forAll(ImportGen.mixedLines(30))
        .checkAssert(
            lines -> {
              byte[] file = ImportGen.file(lines);
              Read lenient = read(file, READER);
              List<Dossier> strictAccepted = new ArrayList<>();
              RejectedRowException e =
                  catchThrowableOfType(
                      RejectedRowException.class,
                      () ->
                          strict.read(
                              new ByteArrayInputStream(file),
                              "test.csv",
                              strictAccepted::add,
                              r -> {}));
              if (lenient.rejected().isEmpty()) {
                assertThat(e).isNull();
                assertThat(strictAccepted).isEqualTo(lenient.accepted());
              } else {
                Rejection first = lenient.rejected().get(0);
                assertThat(e).isNotNull();
                assertThat(e.rejection()).isEqualTo(first);
                List<Dossier> before =
                    lenient.accepted().stream()
                        .filter(d -> lineOf(lines, d) < first.line())
                        .toList();
                assertThat(strictAccepted).isEqualTo(before);
                assertThat(e.report().rejected()).isEqualTo(1);
                assertThat(e.report().isComplete()).isFalse();
              }
            });
  }

  private static long lineOf(List<ImportGen.Line> lines, Dossier d) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).dossier().equals(d)) {
        return i + 2L;
      }
    }
    throw new AssertionError(d);
  }

  @Test
  void theCountsAreExactWhateverTheCap() {
    qt().withExamples(100)
        .forAll(ImportGen.mixedLines(40), integers().between(0, 5))
        .checkAssert(
            (lines, cap) -> {
              byte[] file = ImportGen.file(lines);
              Read all = read(file, READER);
              Read capped =
                  read(
                      file,
                      READER.withOptions(ImportOptions.defaults().withMaxKeptRejections(cap)));
              assertThat(capped.report().rejected()).isEqualTo(all.report().rejected());
              assertThat(capped.report().accepted()).isEqualTo(all.report().accepted());
              assertThat(capped.report().rejections())
                  .isEqualTo(all.rejected().subList(0, Math.min(cap, all.rejected().size())));
              assertThat(capped.rejected()).isEqualTo(all.rejected());
            });
  }
}
