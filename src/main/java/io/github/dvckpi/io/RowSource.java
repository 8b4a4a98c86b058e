package io.github.dvckpi.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The records of a CSV file with the line each starts on, blank lines skipped. The CSV syntax is
 * FastCSV's (RFC 4180: quotes, doubled quotes, line breaks in quoted cells, CRLF, LF or CR),
 * lenient about a quote left open at the end of the file and about text after a closing quote;
 * nothing of the syntax is parsed here.
 */
final class RowSource implements Importer.Rows {

  /**
   * A record and the line it starts on, and, for a source that reads its cells itself (a query), a
   * cell it could not read.
   */
  static final class Raw {
    private final long line;
    private final String[] cells;
    private final @Nullable Rejection problem;

    Raw(long line, String[] cells) {
      this(line, cells, null);
    }

    Raw(long line, String[] cells, @Nullable Rejection problem) {
      this.line = line;
      this.cells = cells;
      this.problem = problem;
    }

    @Nullable Rejection problem() {
      return problem;
    }

    long line() {
      return line;
    }

    String[] cells() {
      return cells;
    }
  }

  /** Reading cannot go on: the record that stopped it, as a rejection. */
  static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    final transient Rejection rejection;

    Stop(Rejection rejection) {
      super(rejection.toString(), null, false, false);
      this.rejection = rejection;
    }
  }

  private final String source;
  private final CsvReader<Raw> reader;
  private final Iterator<Raw> records;
  private final Cells cells;
  private final CountingReader counter;
  private final int maxRecordLength;

  RowSource(InputStream in, String source, ImportOptions options) throws IOException {
    this.source = source;
    this.maxRecordLength = options.maxRecordLength();
    CharsetDecoder decoder =
        options
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    Reader decoded = withoutBom(new InputStreamReader(in, decoder));
    this.counter = new CountingReader(decoded, options.maxRecordLength());
    this.cells = new Cells();
    this.reader =
        CsvReader.builder()
            .fieldSeparator(options.delimiter())
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(true)
            // the counting reader stops an over-long record before the parser's buffer is full
            .maxBufferSize(bufferLimit(options.maxRecordLength()))
            .build(cells, counter);
    this.records = reader.iterator();
  }

  private static Reader withoutBom(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first >= 0 && first != Text.BOM) {
      in.unread(first);
    }
    return in;
  }

  /**
   * The next record that is not a blank line.
   *
   * @return the record, or null at the end of the file
   * @throws Stop if the record is longer than the limit or its syntax cannot be recovered from
   * @throws UncheckedIOException if reading fails
   */
  @Override
  public @Nullable Raw next() throws Stop {
    counter.startRecord();
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException | CsvParseException e) {
      throw stop(cells.line, e);
    }
  }

  private static int bufferLimit(int maxRecordLength) {
    return (int)
        Math.min(Integer.MAX_VALUE - 16L, Math.max(16L << 20, 2L * maxRecordLength + 65_536));
  }

  private Stop stop(long line, RuntimeException e) {
    Throwable cause = e.getCause();
    if (cause instanceof Error error) {
      // FastCSV wraps whatever its reading throws, an OutOfMemoryError too: never a syntax error
      throw error;
    }
    if (cause instanceof RecordTooLongException) {
      return new Stop(
          Rejection.of(
              source,
              line,
              "",
              "",
              RejectionReason.RECORD_TOO_LONG,
              String.valueOf(maxRecordLength)));
    }
    if (e instanceof CsvParseException) {
      String detail = String.valueOf(cause == null ? e.getMessage() : cause.getMessage());
      return new Stop(Rejection.of(source, line, "", "", RejectionReason.MALFORMED_CSV, detail));
    }
    throw e;
  }

  static List<String> list(String[] cells) {
    return Arrays.asList(cells);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /**
   * The parser's callback: each record's cells as strings with the line it starts on; a blank line
   * (one empty cell, quoted or not) is no record.
   */
  private static final class Cells extends AbstractBaseCsvCallbackHandler<Raw> {
    private String[] fields = new String[32];
    private int count;
    private long line = 1;

    @Override
    protected void handleBegin(long startingLineNumber) {
      line = startingLineNumber;
      count = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quoted) {
      if (count == fields.length) {
        fields = Arrays.copyOf(fields, count * 2);
      }
      fields[count++] = length == 0 ? "" : new String(buf, offset, length);
    }

    @Override
    protected @Nullable Raw buildRecord() {
      if (count == 0 || (count == 1 && fields[0].isEmpty())) {
        return null;
      }
      return new Raw(line, Arrays.copyOf(fields, count));
    }
  }

  /** A record longer than the limit: the parser wraps it in an {@link UncheckedIOException}. */
  static final class RecordTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLongException() {
      super("record too long");
    }
  }

  /** Counts the characters read since the last record and fails past the limit. */
  private static final class CountingReader extends FilterReader {
    private final long limit;
    private long count;

    CountingReader(Reader in, int maxRecordLength) {
      super(in);
      // the parser reads ahead by a buffer: allow for it
      this.limit = (long) maxRecordLength + 16_384;
    }

    void startRecord() {
      count = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        add(1);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(int n) throws RecordTooLongException {
      count += n;
      if (count > limit) {
        throw new RecordTooLongException();
      }
    }
  }
}
