package io.github.dvckpi.cli;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.io.CsvHeaderException;
import io.github.dvckpi.words.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Looks at the beginning of an input file: the delimiter its header line uses, the encoding its
 * bytes fit, and the likely cause of a failed header check.
 */
final class Sniffer {

  /** The delimiters detected, in order of preference on a tie. */
  private static final String DELIMITERS = ",;\t|";

  /** How many bytes the encoding and delimiter guesses look at. */
  private static final int SAMPLE = 1 << 20;

  /** The encoding of Vietnamese Windows exports, the usual other encoding. */
  static final String WINDOWS_VIETNAMESE = "windows-1258";

  private Sniffer() {}

  /**
   * The delimiter of a file's header line: the most frequent of {@code , ; tab |} outside quotes, a
   * comma on a tie or when there is none.
   *
   * @param path the file
   * @param charset its encoding
   * @return the delimiter
   * @throws IOException if the file cannot be read
   */
  static char delimiter(Path path, Charset charset) throws IOException {
    return delimiterOf(firstLine(sample(path), charset));
  }

  /**
   * The delimiter of a header line.
   *
   * @param line the header line
   * @return the most frequent delimiter outside quotes, a comma on a tie or when there is none
   */
  static char delimiterOf(String line) {
    int[] counts = new int[DELIMITERS.length()];
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        int k = DELIMITERS.indexOf(c);
        if (k >= 0) {
          counts[k]++;
        }
      }
    }
    int best = 0;
    for (int k = 1; k < counts.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return DELIMITERS.charAt(best);
  }

  /**
   * The encoding a file's bytes fit: the one its byte order mark names; else UTF-8 if its first
   * megabyte decodes as UTF-8; else {@value #WINDOWS_VIETNAMESE}, the code page of Vietnamese
   * Windows exports.
   *
   * @param path the file
   * @return the encoding
   * @throws IOException if the file cannot be read
   */
  static Charset encoding(Path path) throws IOException {
    return encodingOf(sample(path));
  }

  /**
   * The encoding some bytes fit, as {@link #encoding(Path)}.
   *
   * @param bytes the beginning of a file
   * @return the encoding
   */
  static Charset encodingOf(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return StandardCharsets.UTF_16;
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = utf8.decode(in, out, bytes.length < SAMPLE);
    if (result.isError()) {
      // a multi-byte sequence cut at the end of the sample is not an error
      boolean cutAtTheEnd = bytes.length >= SAMPLE && in.remaining() < 4;
      if (!cutAtTheEnd) {
        return Charset.forName(WINDOWS_VIETNAMESE);
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * The likely causes of a failed header check, each with the option that fixes it.
   *
   * @param e the failed check
   * @param file the file and its options
   * @param charset the encoding it was read with
   * @param delimiter the delimiter it was read with
   * @return the hints, most likely first; empty when nothing stands out
   */
  static ImmutableList<Phrase> hints(
      CsvHeaderException e, InputFile file, Charset charset, char delimiter) {
    List<Phrase> hints = new ArrayList<>();
    List<String> found = e.headerFound();
    String joined = String.join(String.valueOf(delimiter), found);
    if (found.size() == 1) {
      char other = delimiterOf(joined);
      if (other != delimiter && joined.indexOf(other) >= 0) {
        hints.add(
            Phrase.of(
                "cli.hint.delimiter",
                String.valueOf(other).replace("\t", "\\t"),
                file.delimiterOption() + " " + quoted(other)));
      }
    }
    if (joined.startsWith("\u00EF\u00BB\u00BF") || joined.startsWith("\u00C3\u00AF\u00C2\u00BB")) {
      hints.add(Phrase.of("cli.hint.bom", charset.name(), file.encodingOption() + " UTF-8"));
    } else if (joined.indexOf('\uFFFD') >= 0) {
      hints.add(
          Phrase.of(
              "cli.hint.encoding",
              charset.name(),
              file.encodingOption() + " " + WINDOWS_VIETNAMESE,
              "--encoding auto"));
    } else if (mojibake(joined)) {
      hints.add(Phrase.of("cli.hint.utf8", charset.name(), file.encodingOption() + " UTF-8"));
    }
    String kind = kindOf(found);
    if (kind != null && !kind.equals(file.option())) {
      hints.add(Phrase.of("cli.hint.otherFile", "--" + kind, "--" + file.option()));
    }
    if (hints.isEmpty() && e.problem() == CsvHeaderException.Problem.MISSING_COLUMN) {
      hints.add(Phrase.of("cli.hint.rename"));
    }
    return ImmutableList.copyOf(hints);
  }

  private static String quoted(char c) {
    return c == '\t' ? "tab" : "'" + c + "'";
  }

  /** UTF-8 Vietnamese read in a one-byte code page: "Ã" or "Ä" or "Æ" before a C1 or Latin-1. */
  private static boolean mojibake(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      if ((c == '\u00C3' || c == '\u00C4' || c == '\u00C6' || c == '\u00E1')
          && next >= '\u0080'
          && next <= '\u00BF') {
        return true;
      }
    }
    return false;
  }

  /** Which of the four files a header looks like, by its identifying column, or null. */
  private static @org.jspecify.annotations.Nullable String kindOf(List<String> header) {
    List<String> keys = header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    if (keys.contains("ma_ho_so")) {
      return "dossiers";
    }
    if (keys.contains("ma_co_quan") && keys.contains("ten_co_quan")) {
      return "agencies";
    }
    if (keys.contains("ma_tthc") && keys.contains("ten_tthc")) {
      return "procedures";
    }
    if (keys.contains("ma_don_vi") && keys.contains("ten_don_vi")) {
      return "units";
    }
    return null;
  }

  private static byte[] sample(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(SAMPLE);
    }
  }

  private static String firstLine(byte[] bytes, Charset charset) {
    String text = new String(bytes, charset);
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }
}
