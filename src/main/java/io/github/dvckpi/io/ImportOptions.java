package io.github.dvckpi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How to read a CSV file: its encoding and delimiter, strict or lenient, how many rejections to
 * keep in memory, whether to detect duplicate dossier ids, and the longest record accepted.
 *
 * <p>{@link #defaults()}: UTF-8 (a byte order mark is skipped; bytes UTF-8 cannot decode make the
 * row rejected), comma, lenient, 1,000 rejections kept, duplicate ids detected, records up to
 * 1,000,000 characters. Immutable; change it with the {@code with…} methods.
 *
 * <p>Detecting duplicate ids keeps every id read in a hash map with the line it was read on: about
 * 150 bytes per dossier for ids of 15 characters, so about 1.5 GB for 10 million dossiers. For
 * files that large, turn it off with {@link #withDuplicateCheck(boolean) withDuplicateCheck(false)}
 * (and deduplicate upstream) to read in constant memory.
 *
 * @param charset the file's encoding
 * @param mode strict or lenient
 * @param maxKeptRejections how many rejections the report keeps, {@code >= 0}; the count is exact
 *     whatever the cap
 * @param duplicateCheck whether a dossier id read twice is rejected the second time
 * @param delimiter the cell delimiter, e.g. {@code ,} or {@code ;}
 * @param maxRecordLength the longest record in characters, {@code >= 1,000}; a longer one (usually
 *     an unbalanced quote) stops reading, so that memory stays bounded
 */
public record ImportOptions(
    Charset charset,
    ImportMode mode,
    int maxKeptRejections,
    boolean duplicateCheck,
    char delimiter,
    int maxRecordLength) {

  /** The default cap on rejections kept in memory. */
  public static final int DEFAULT_MAX_KEPT_REJECTIONS = 1_000;

  /** The default longest record, in characters. */
  public static final int DEFAULT_MAX_RECORD_LENGTH = 1_000_000;

  /**
   * Validates the options.
   *
   * @param charset the encoding
   * @param mode the mode
   * @param maxKeptRejections the cap, {@code >= 0}
   * @param duplicateCheck whether to detect duplicate ids
   * @param delimiter the delimiter, not a quote, a line break or a letter or digit
   * @param maxRecordLength the longest record, {@code >= 1,000}
   * @throws IllegalArgumentException if a value is out of range
   */
  public ImportOptions {
    requireNonNull(charset, "charset");
    requireNonNull(mode, "mode");
    checkArgument(maxKeptRejections >= 0, "maxKeptRejections must be >= 0: %s", maxKeptRejections);
    checkArgument(
        delimiter != '"'
            && delimiter != '\r'
            && delimiter != '\n'
            && !Character.isLetterOrDigit(delimiter),
        "unusable delimiter '%s'",
        delimiter);
    checkArgument(maxRecordLength >= 1_000, "maxRecordLength must be >= 1000: %s", maxRecordLength);
  }

  /**
   * UTF-8, comma, lenient, 1,000 rejections kept, duplicate ids detected, records up to 1,000,000
   * characters.
   *
   * @return the default options
   */
  public static ImportOptions defaults() {
    return new ImportOptions(
        StandardCharsets.UTF_8,
        ImportMode.LENIENT,
        DEFAULT_MAX_KEPT_REJECTIONS,
        true,
        ',',
        DEFAULT_MAX_RECORD_LENGTH);
  }

  /**
   * These options with another encoding, e.g. {@code windows-1258} or {@code UTF-16}.
   *
   * @param charset the encoding
   * @return the changed options
   */
  public ImportOptions withCharset(Charset charset) {
    return new ImportOptions(
        charset, mode, maxKeptRejections, duplicateCheck, delimiter, maxRecordLength);
  }

  /**
   * These options with another mode.
   *
   * @param mode strict or lenient
   * @return the changed options
   */
  public ImportOptions withMode(ImportMode mode) {
    return new ImportOptions(
        charset, mode, maxKeptRejections, duplicateCheck, delimiter, maxRecordLength);
  }

  /**
   * These options in strict mode.
   *
   * @return the changed options
   */
  public ImportOptions strict() {
    return withMode(ImportMode.STRICT);
  }

  /**
   * Whether these options are strict.
   *
   * @return true for {@link ImportMode#STRICT}
   */
  public boolean isStrict() {
    return mode == ImportMode.STRICT;
  }

  /**
   * These options with another cap on the rejections kept.
   *
   * @param maxKeptRejections the cap, {@code >= 0}
   * @return the changed options
   */
  public ImportOptions withMaxKeptRejections(int maxKeptRejections) {
    return new ImportOptions(
        charset, mode, maxKeptRejections, duplicateCheck, delimiter, maxRecordLength);
  }

  /**
   * These options with duplicate-id detection turned on or off.
   *
   * @param duplicateCheck whether to detect duplicate ids (memory grows with the ids read)
   * @return the changed options
   */
  public ImportOptions withDuplicateCheck(boolean duplicateCheck) {
    return new ImportOptions(
        charset, mode, maxKeptRejections, duplicateCheck, delimiter, maxRecordLength);
  }

  /**
   * These options with another delimiter, e.g. {@code ;} as spreadsheets write in some locales.
   *
   * @param delimiter the delimiter
   * @return the changed options
   */
  public ImportOptions withDelimiter(char delimiter) {
    return new ImportOptions(
        charset, mode, maxKeptRejections, duplicateCheck, delimiter, maxRecordLength);
  }

  /**
   * These options with another longest record.
   *
   * @param maxRecordLength the longest record in characters, {@code >= 1,000}
   * @return the changed options
   */
  public ImportOptions withMaxRecordLength(int maxRecordLength) {
    return new ImportOptions(
        charset, mode, maxKeptRejections, duplicateCheck, delimiter, maxRecordLength);
  }
}
