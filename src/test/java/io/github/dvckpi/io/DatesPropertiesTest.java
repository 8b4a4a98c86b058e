package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The import's date cells are read by hand, without a regex or a {@code DateTimeFormatter} in the
 * hot path: the reading equals, for any text, the regular expressions that defined it before.
 */
class DatesPropertiesTest {

  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

  /** The reference: the import's date reading as it was defined by regular expressions. */
  private static @Nullable LocalDate byRegex(String cell) {
    String datePart = cell;
    int cut = cell.indexOf(' ');
    if (cut < 0 && cell.length() > 10 && cell.charAt(10) == 'T') {
      cut = 10;
    }
    if (cut >= 0) {
      datePart = cell.substring(0, cut);
      if (!TIME.matcher(cell.substring(cut + 1).trim()).matches()) {
        return null;
      }
    }
    try {
      Matcher m = DAY_FIRST.matcher(datePart);
      if (m.matches()) {
        return LocalDate.of(
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(1)));
      }
      m = ISO.matcher(datePart);
      if (m.matches()) {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /**
   * Text made of what dates are made of, and of what breaks them: runs of 0–5 digits (small ones
   * often, so that days and months are often valid) between separators, spaces, {@code T}, colons
   * and other characters.
   */
  private static Gen<String> dateLike() {
    String separators = "/-./-.-:: T\t\u0660x";
    Gen<String> digitRun =
        integers()
            .between(0, 5)
            .zip(
                integers().between(0, 99_999),
                (length, value) -> {
                  String digits = String.format("%05d", value);
                  return length == 0 ? "" : digits.substring(5 - length);
                });
    Gen<String> separator =
        integers()
            .between(0, separators.length() - 1)
            .map(i -> String.valueOf(separators.charAt(i)));
    Gen<String> token = digitRun.mix(separator, 50);
    return lists().of(token).ofSizeBetween(0, 9).map(l -> String.join("", l));
  }

  /** Real dates written in every accepted layout, with and without a time. */
  private static Gen<String> writtenDates() {
    Gen<LocalDate> dates =
        integers().between(0, 3_000_000).map(d -> LocalDate.ofEpochDay(d - 719_528L));
    List<String> times = List.of("", " 08:15", " 8:15:00", "T08:15:00.123", "  23:59 ", " 24:61");
    return dates.zip(
        integers().between(0, 5),
        integers().between(0, times.size() - 1),
        (d, layout, t) -> {
          String y = String.format("%04d", d.getYear());
          String date =
              switch (layout) {
                case 0 -> String.format("%02d/%02d/%s", d.getDayOfMonth(), d.getMonthValue(), y);
                case 1 -> d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + y;
                case 2 -> d.getDayOfMonth() + "-" + d.getMonthValue() + "-" + y;
                case 3 -> String.format("%02d.%02d.%s", d.getDayOfMonth(), d.getMonthValue(), y);
                case 4 -> String.format("%s-%02d-%02d", y, d.getMonthValue(), d.getDayOfMonth());
                default -> y + "-" + d.getMonthValue() + "-" + d.getDayOfMonth();
              };
          return date + times.get(t);
        });
  }

  @Test
  void readingADateCellEqualsTheRegularExpressionsForAnyText() {
    qt().withExamples(20_000)
        .forAll(dateLike())
        .checkAssert(cell -> assertThat(Values.date(cell)).isEqualTo(byRegex(cell)));
  }

  /** A written date with one character inserted, deleted or replaced: the edges of the layouts. */
  private static Gen<String> nearDates() {
    String alphabet = "0123456789/-.: T";
    return writtenDates()
        .zip(
            integers().between(0, 1_000),
            integers().between(0, 2),
            integers().between(0, alphabet.length() - 1),
            (cell, at, edit, c) -> {
              int i = at % (cell.length() + 1);
              String ch = String.valueOf(alphabet.charAt(c));
              return switch (edit) {
                case 0 -> cell.substring(0, i) + ch + cell.substring(i);
                case 1 -> i == cell.length() ? cell : cell.substring(0, i) + cell.substring(i + 1);
                default ->
                    i == cell.length()
                        ? cell + ch
                        : cell.substring(0, i) + ch + cell.substring(i + 1);
              };
            });
  }

  @Test
  void readingANearDateEqualsTheRegularExpressions() {
    qt().withExamples(20_000)
        .forAll(nearDates())
        .checkAssert(cell -> assertThat(Values.date(cell)).isEqualTo(byRegex(cell)));
  }

  @Test
  void readingAWrittenDateEqualsTheRegularExpressionsAndGivesTheDate() {
    qt().withExamples(20_000)
        .forAll(writtenDates())
        .checkAssert(
            cell -> {
              assertThat(Values.date(cell)).isEqualTo(byRegex(cell));
              if (!cell.contains("T")) {
                assertThat(Values.date(cell)).isNotNull();
              }
            });
  }

  @Test
  void examples() {
    assertThat(Values.date("05/02/2024")).isEqualTo(LocalDate.of(2024, 2, 5));
    assertThat(Values.date("5/2/2024 16:00")).isEqualTo(LocalDate.of(2024, 2, 5));
    assertThat(Values.date("2024-02-05T08:15:00")).isEqualTo(LocalDate.of(2024, 2, 5));
    assertThat(Values.date("31/02/2024")).isNull();
    assertThat(Values.date("05/02-2024")).isNull();
    assertThat(Values.date("05/02/24")).isNull();
    assertThat(Values.date("\u06605/02/2024")).isNull();
  }
}
