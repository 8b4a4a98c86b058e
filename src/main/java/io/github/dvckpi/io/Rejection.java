package io.github.dvckpi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * A refused row of a CSV file: where it is (file, line, column), what it holds, and why it was
 * refused, readable in Vietnamese and English.
 *
 * <pre>{@code
 * ho_so.csv, dòng 12, cột ngay_giai_quyet, giá trị "01/03/2024": ngày giải quyết trước ngày tiếp
 * nhận 2024-03-05
 * }</pre>
 *
 * @param source the file's name as given to the reader, e.g. {@code ho_so.csv}
 * @param line the line the row starts on, 1 for the header line
 * @param column the header of the offending column as written in the file, or empty when the whole
 *     row is at fault (wrong number of columns, a malformed record)
 * @param value the offending cell as read (for a row-wide fault, the row's beginning)
 * @param reason why the row was refused
 * @param arguments the reason's arguments, as many as its description has {@code %s}
 */
public record Rejection(
    String source,
    long line,
    String column,
    String value,
    RejectionReason reason,
    ImmutableList<String> arguments) {

  /**
   * Validates the rejection.
   *
   * @param source the file's name
   * @param line the line, at least 1
   * @param column the column's header, or empty
   * @param value the offending value
   * @param reason the reason
   * @param arguments the reason's arguments
   * @throws IllegalArgumentException if the line is below 1 or the arguments do not fit the reason
   */
  public Rejection {
    requireNonNull(source, "source");
    requireNonNull(column, "column");
    requireNonNull(value, "value");
    requireNonNull(reason, "reason");
    requireNonNull(arguments, "arguments");
    checkArgument(line >= 1, "a line number starts at 1, got %s", line);
    int expected = placeholders(reason.englishTemplate());
    checkArgument(
        arguments.size() == expected,
        "%s takes %s arguments, got %s",
        reason,
        expected,
        arguments.size());
  }

  private static int placeholders(String template) {
    int n = 0;
    for (int i = template.indexOf("%s"); i >= 0; i = template.indexOf("%s", i + 2)) {
      n++;
    }
    return n;
  }

  /**
   * A rejection of one cell.
   *
   * @param source the file's name
   * @param line the line
   * @param column the column's header
   * @param value the offending value
   * @param reason the reason
   * @param arguments the reason's arguments
   * @return the rejection
   */
  public static Rejection of(
      String source,
      long line,
      String column,
      String value,
      RejectionReason reason,
      String... arguments) {
    return new Rejection(source, line, column, value, reason, ImmutableList.copyOf(arguments));
  }

  /**
   * Why the row was refused, without its place.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise
   * @return e.g. {@code unparsable date (expected dd/MM/yyyy, d/M/yyyy or yyyy-MM-dd)}
   */
  public String reasonText(Locale locale) {
    return reason.describe(locale, arguments);
  }

  /**
   * The whole message: file, line, column, value and reason.
   *
   * @param locale Vietnamese for {@code vi}, English otherwise
   * @return e.g. {@code ho_so.csv, line 12, column ngay_tiep_nhan, value "31/02/2024": unparsable
   *     date (…)}
   */
  public String message(Locale locale) {
    boolean vi = RateFormat.isVietnamese(locale);
    StringBuilder out = new StringBuilder(120);
    out.append(source).append(vi ? ", dòng " : ", line ").append(line);
    if (!column.isEmpty()) {
      out.append(vi ? ", cột " : ", column ").append(column);
    }
    out.append(vi ? ", giá trị \"" : ", value \"")
        .append(Text.abbreviate(value, 80))
        .append("\": ")
        .append(reasonText(locale));
    return out.toString();
  }

  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
