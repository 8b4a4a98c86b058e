package io.github.dvckpi.io;

import io.github.dvckpi.sample.HaTinh2024;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bundled sample files under {@code samples/}: the Hà Tĩnh 2024 example's catalogues and
 * dossiers (the data {@code HaTinh2024} reads, bundled with the library) as the library's own
 * writers write them back, and a file of 1,000 valid and 37 broken rows over the same catalogue.
 * Regenerate the broken-rows file with {@code mvn test -Dtest=SampleFilesTest
 * -Ddvckpi.writeSamples=true}.
 */
public final class SampleFiles {

  private SampleFiles() {}

  /** The directory of the samples, relative to the project. */
  public static final Path DIR = Path.of("samples");

  /** The example's catalogue. */
  public static final Catalogue CATALOGUE = HaTinh2024.catalogue();

  /**
   * The broken-rows file: 1,000 valid dossiers and 37 broken rows of every kind.
   *
   * @return the file
   */
  public static DemoFile brokenRows() {
    return DemoFile.generate(CATALOGUE, 1_000, 37, 2024L, LocalDate.of(2024, 1, 2), 300);
  }

  /**
   * Every sample file's name and bytes.
   *
   * @return file name → bytes, in a fixed order
   */
  public static Map<String, byte[]> contents() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("don_vi.csv", text(w -> CatalogueCsvWriter.writeUnits(CATALOGUE.units().units(), w)));
    out.put(
        "co_quan.csv",
        text(w -> CatalogueCsvWriter.writeAgencies(CATALOGUE.agencies().values(), w)));
    out.put(
        "thu_tuc.csv",
        text(w -> CatalogueCsvWriter.writeProcedures(CATALOGUE.procedures().values(), w)));
    out.put(
        "ho_so.csv",
        text(
            w -> {
              DossierCsvWriter writer = DossierCsvWriter.to(w);
              writer.writeAll(HaTinh2024.dossiers());
              writer.flush();
            }));
    out.put("ho_so_co_loi.csv", brokenRows().bytes());
    return out;
  }

  /** Writes to a writer. */
  private interface Body {
    void write(Writer out) throws IOException;
  }

  private static byte[] text(Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
