package io.github.dvckpi.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The CSV dialect the writers use: RFC 4180, CRLF, quotes only where needed, UTF-8, written with
 * FastCSV. A cell is quoted when it holds the delimiter, a quote or a line break (FastCSV's rule),
 * and also when it is empty at the start of a record, starts with a character up to {@code #} or
 * ends with one up to a space ({@link #QUOTES}): the files are byte for byte those the library
 * wrote before with Commons CSV's minimal quoting.
 */
final class CsvOut {

  private CsvOut() {}

  /** The quoting beyond what RFC 4180 requires: see the class comment. */
  static final QuoteStrategy QUOTES =
      new QuoteStrategy() {
        @Override
        public boolean quoteEmpty(int lineNo, int fieldIdx) {
          return fieldIdx == 0;
        }

        @Override
        public boolean quoteValue(int lineNo, int fieldIdx, String value) {
          return value.charAt(0) <= '#' || value.charAt(value.length() - 1) <= ' ';
        }
      };

  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  static Printer printer(Appendable out) {
    Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
    // unbuffered, as Commons CSV was: every record reaches the appendable when it is written
    return new Printer(
        CsvWriter.builder()
            .lineDelimiter(LineDelimiter.CRLF)
            .quoteStrategy(QUOTES)
            .bufferSize(0)
            .build(writer));
  }

  /** Records written through FastCSV, its unchecked write errors turned back into checked ones. */
  static final class Printer implements Closeable, Flushable {
    private final CsvWriter writer;

    Printer(CsvWriter writer) {
      this.writer = writer;
    }

    void printRecord(String... cells) throws IOException {
      try {
        writer.writeRecord(cells);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    void printRecord(Iterable<String> cells) throws IOException {
      try {
        writer.writeRecord(cells);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public void flush() throws IOException {
      writer.flush();
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }

  /** A writer onto any appendable: flushed and closed with it when it is flushable, closeable. */
  private static final class AppendableWriter extends Writer {
    private final Appendable out;

    AppendableWriter(Appendable out) {
      this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      out.append(java.nio.CharBuffer.wrap(buffer, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      out.append(text, offset, offset + length);
    }

    @Override
    public void flush() throws IOException {
      if (out instanceof Flushable f) {
        f.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (out instanceof Closeable c) {
        c.close();
      }
    }
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
