package io.github.dvckpi.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * A CSV file that cannot be read at all because of its header: the file is empty, a required column
 * is missing, or a column is named twice. No row is read. The message names the file, the column
 * and the headers accepted for it.
 */
public final class CsvHeaderException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the header. */
  public enum Problem {
    /** The file has no header line. */
    EMPTY_FILE,
    /** A required column is missing. */
    MISSING_COLUMN,
    /** Two headers name the same column. */
    DUPLICATE_COLUMN,
    /** The header line cannot be read as CSV. */
    UNREADABLE_HEADER
  }

  /** The file's name. */
  private final String source;

  /** What is wrong. */
  private final Problem problem;

  /** The column concerned, or empty. */
  private final String column;

  /** The headers accepted for the column, or found. */
  @SuppressWarnings("serial") // immutable list of strings
  private final ImmutableList<String> accepted;

  /**
   * Creates the exception.
   *
   * @param source the file's name
   * @param problem what is wrong
   * @param column the column concerned, e.g. {@code RECEIVED_ON}; empty for an empty file or an
   *     unreadable header
   * @param accepted the headers accepted for the column
   */
  public CsvHeaderException(
      String source, Problem problem, String column, ImmutableList<String> accepted) {
    super(describe(source, problem, column, accepted, Locale.ENGLISH));
    this.source = requireNonNull(source, "source");
    this.problem = requireNonNull(problem, "problem");
    this.column = requireNonNull(column, "column");
    this.accepted = requireNonNull(accepted, "accepted");
  }

  private static String describe(
      String source,
      Problem problem,
      String column,
      ImmutableList<String> accepted,
      Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    String names = String.join(", ", accepted);
    return switch (problem) {
      case EMPTY_FILE ->
          source + (vi ? ": tệp rỗng, không có dòng tiêu đề" : ": empty file, no header line");
      case MISSING_COLUMN ->
          source
              + (vi ? ": thiếu cột " : ": missing column ")
              + column
              + (vi ? " (tiêu đề được chấp nhận: " : " (accepted headers: ")
              + names
              + ")";
      case UNREADABLE_HEADER ->
          source + (vi ? ": không đọc được dòng tiêu đề: " : ": unreadable header line: ") + names;
      case DUPLICATE_COLUMN ->
          source
              + (vi ? ": cột " : ": column ")
              + column
              + (vi ? " có hai tiêu đề trong tệp (" : " is named by two headers (")
              + names
              + (vi ? "); hãy chỉ rõ bằng ánh xạ cột" : "); name one with a column mapping");
    };
  }

  /**
   * The message in a language.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise
   * @return the message
   */
  public String message(Locale locale) {
    return describe(source, problem, column, accepted, locale);
  }

  /**
   * The file's name.
   *
   * @return the name given to the reader
   */
  public String source() {
    return source;
  }

  /**
   * What is wrong.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * The column concerned.
   *
   * @return its constant's name, or empty for an empty file
   */
  public String column() {
    return column;
  }

  /**
   * For a missing column, the headers accepted for it; for a duplicate one, the headers found; for
   * an unreadable header, what the parser said.
   *
   * @return the headers
   */
  public ImmutableList<String> headers() {
    return accepted;
  }
}
