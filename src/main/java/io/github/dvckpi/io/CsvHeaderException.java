package io.github.dvckpi.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dvckpi.words.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file that cannot be read at all because of its header: the file is empty, required columns
 * are missing, or a column is named twice. No row is read. The message names the file, every
 * missing column with the headers accepted for it, and the header found in the file, so that a
 * wrong delimiter, encoding or file shows at once.
 */
public final class CsvHeaderException extends IllegalArgumentException {
  private static final long serialVersionUID = 2L;

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

  /** Every missing column with the headers accepted for it, in the reader's column order. */
  @SuppressWarnings("serial") // immutable map of strings
  private final ImmutableMap<String, ImmutableList<String>> missing;

  /** The header cells found in the file, as written (trimmed), or empty when not known. */
  @SuppressWarnings("serial") // immutable list of strings
  private final ImmutableList<String> found;

  /**
   * Creates the exception without the header found.
   *
   * @param source the file's name
   * @param problem what is wrong
   * @param column the column concerned, e.g. {@code RECEIVED_ON}; empty for an empty file or an
   *     unreadable header
   * @param accepted the headers accepted for the column
   */
  public CsvHeaderException(
      String source, Problem problem, String column, ImmutableList<String> accepted) {
    this(
        source,
        problem,
        column,
        accepted,
        problem == Problem.MISSING_COLUMN ? ImmutableMap.of(column, accepted) : ImmutableMap.of(),
        ImmutableList.of());
  }

  /**
   * Creates the exception for missing columns, all of them at once, with the header found.
   *
   * @param source the file's name
   * @param missing every missing column (its constant's name) with the headers accepted for it; at
   *     least one
   * @param found the header cells found in the file
   * @return the exception, its {@link #column()} the first missing column
   * @throws IllegalArgumentException if {@code missing} is empty
   */
  public static CsvHeaderException missingColumns(
      String source, Map<String, ImmutableList<String>> missing, List<String> found) {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("at least one missing column");
    }
    Map.Entry<String, ImmutableList<String>> first = missing.entrySet().iterator().next();
    return new CsvHeaderException(
        source,
        Problem.MISSING_COLUMN,
        first.getKey(),
        first.getValue(),
        ImmutableMap.copyOf(missing),
        ImmutableList.copyOf(found));
  }

  private CsvHeaderException(
      String source,
      Problem problem,
      String column,
      ImmutableList<String> accepted,
      ImmutableMap<String, ImmutableList<String>> missing,
      ImmutableList<String> found) {
    super(source + ": " + problem);
    this.source = requireNonNull(source, "source");
    this.problem = requireNonNull(problem, "problem");
    this.column = requireNonNull(column, "column");
    this.accepted = requireNonNull(accepted, "accepted");
    this.missing = missing;
    this.found = found;
  }

  private String describe(Words words) {
    String names = String.join(", ", accepted);
    String what =
        switch (problem) {
          case EMPTY_FILE -> words.text("io.header.empty", source);
          case MISSING_COLUMN -> {
            List<String> columns = new ArrayList<>();
            for (Map.Entry<String, ImmutableList<String>> e : missing.entrySet()) {
              columns.add(
                  words.text(
                      "io.header.missingColumn", e.getKey(), String.join(", ", e.getValue())));
            }
            yield words.text(
                "io.header.missing", source, missing.size(), String.join("; ", columns));
          }
          case UNREADABLE_HEADER -> words.text("io.header.unreadable", source, names);
          case DUPLICATE_COLUMN -> words.text("io.header.duplicate", source, column, names);
        };
    if (found.isEmpty()) {
      return what;
    }
    return words.text("io.header.withFound", what, found.size(), String.join(" | ", found));
  }

  /**
   * The message in a language.
   *
   * @param locale the language (Vietnamese for {@code vi}, English otherwise)
   * @return the message
   */
  public String message(Locale locale) {
    return describe(Words.of(locale));
  }

  /** The message in English. */
  @Override
  public String getMessage() {
    return describe(Words.english());
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
   * The column concerned: for missing columns, the first of them.
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

  /**
   * Every missing column, with the headers accepted for each, in the reader's column order.
   *
   * @return the missing columns (constant names) and their accepted headers; empty unless the
   *     problem is {@link Problem#MISSING_COLUMN}
   */
  public ImmutableMap<String, ImmutableList<String>> missingColumns() {
    return missing;
  }

  /**
   * The header line found in the file, cell by cell, as written (trimmed).
   *
   * @return the header cells, or empty when the reader did not give them (or the file is empty)
   */
  public ImmutableList<String> headerFound() {
    return found;
  }
}
