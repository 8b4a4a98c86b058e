package io.github.dvckpi.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV dialect the writers use: RFC 4180, CRLF, quotes only where needed, UTF-8. */
final class CsvOut {

  private CsvOut() {}

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  static CSVPrinter printer(Appendable out) throws IOException {
    return new CSVPrinter(out, FORMAT);
  }

  static BufferedWriter create(Path file, boolean bom) throws IOException {
    BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
    if (bom) {
      out.write(Text.BOM);
    }
    return out;
  }

  static String date(LocalDate date) {
    return DAY_FIRST.format(date);
  }

  static String flag(boolean value) {
    return value ? "1" : "0";
  }
}
