package io.github.dvckpi.domain;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.github.dvckpi.words.Phrase;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text form of calendar entries (documented in {@code docs/calendar.md}): blocks opened
 * by {@code year <yyyy> | <certainty> | <source>}, then one line per day or range of days:
 *
 * <pre>{@code
 * <date>[..<date>] | <kind> <argument> [| <certainty>] [| <source>]
 * }</pre>
 *
 * where the kind is {@code holiday <HOLIDAY>}, {@code in-lieu <HOLIDAY>}, {@code swapped-off <date
 * worked>}, {@code make-up <date off>}, {@code local-off <name>} or {@code local-work <name>}.
 * Blank lines and lines starting with {@code #} are ignored. An error names the text, the line and
 * the cause, in Vietnamese and English.
 */
final class CalendarText {

  private static final Splitter FIELDS = Splitter.on('|').trimResults();

  private final String name;
  private int line;
  private int year;
  private @Nullable Certainty certainty;
  private @Nullable String citation;

  private CalendarText(String name) {
    this.name = name;
  }

  /**
   * The entries of a text.
   *
   * @param name the text's name, for messages (e.g. the file's)
   * @param text the text
   * @return the entries, in the text's order
   * @throws IllegalArgumentException naming the text and the line, if a line cannot be read
   */
  static ImmutableList<CalendarDay> parse(String name, String text) {
    return new CalendarText(name).read(text);
  }

  private ImmutableList<CalendarDay> read(String text) {
    ImmutableList.Builder<CalendarDay> out = ImmutableList.builder();
    for (String raw : Splitter.onPattern("\r?\n").split(text)) {
      line++;
      String trimmed = raw.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      List<String> fields = FIELDS.splitToList(trimmed);
      if (fields.get(0).startsWith("year")) {
        yearLine(fields);
      } else {
        entries(fields, out);
      }
    }
    return out.build();
  }

  private void yearLine(List<String> fields) {
    List<String> words = Splitter.on(' ').omitEmptyStrings().splitToList(fields.get(0));
    if (fields.size() != 3 || words.size() != 2 || !words.get(0).equals("year")) {
      throw error(Phrase.of("calendar.text.badYearLine"));
    }
    try {
      year = Integer.parseInt(words.get(1));
    } catch (NumberFormatException e) {
      throw error(Phrase.of("calendar.text.badYear", words.get(1)));
    }
    certainty = certainty(fields.get(1));
    citation = text(fields.get(2));
  }

  private void entries(List<String> fields, ImmutableList.Builder<CalendarDay> out) {
    Certainty blockCertainty = certainty;
    String blockCitation = citation;
    if (blockCertainty == null || blockCitation == null) {
      throw error(Phrase.of("calendar.text.noYear"));
    }
    if (fields.size() < 2 || fields.size() > 4) {
      throw error(Phrase.of("calendar.text.badFields", String.valueOf(fields.size())));
    }
    CalendarSource source =
        CalendarSource.of(
            fields.size() > 3 ? text(fields.get(3)) : blockCitation,
            fields.size() > 2 ? certainty(fields.get(2)) : blockCertainty);
    String range = fields.get(0);
    int dots = range.indexOf("..");
    LocalDate from = date(dots < 0 ? range : range.substring(0, dots));
    LocalDate to = dots < 0 ? from : date(range.substring(dots + 2));
    if (to.isBefore(from)) {
      throw error(Phrase.of("calendar.text.badRange", range));
    }
    String kind = fields.get(1);
    int space = kind.indexOf(' ');
    String word = space < 0 ? kind : kind.substring(0, space);
    String argument = space < 0 ? "" : kind.substring(space + 1).strip();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (d.getYear() != year) {
        throw error(Phrase.of("calendar.text.otherYear", d.toString(), String.valueOf(year)));
      }
      out.add(entry(d, word, argument, source));
    }
  }

  private CalendarDay entry(LocalDate d, String word, String argument, CalendarSource source) {
    DayKind kind =
        switch (word) {
          case "holiday" -> DayKind.HOLIDAY;
          case "in-lieu" -> DayKind.IN_LIEU;
          case "swapped-off" -> DayKind.SWAPPED_DAY_OFF;
          case "make-up" -> DayKind.MAKE_UP_DAY;
          case "local-off" -> DayKind.LOCAL_DAY_OFF;
          case "local-work" -> DayKind.LOCAL_WORKING_DAY;
          default -> throw error(Phrase.of("calendar.text.badKind", word));
        };
    Optional<Phrase> misfit = CalendarDay.misfit(d, kind);
    if (misfit.isPresent()) {
      throw error(misfit.get());
    }
    return switch (kind) {
      case HOLIDAY -> CalendarDay.holiday(d, holiday(argument), source);
      case IN_LIEU -> CalendarDay.inLieu(d, holiday(argument), source);
      case SWAPPED_DAY_OFF -> CalendarDay.swappedDayOff(d, counterpart(d, argument), source);
      case MAKE_UP_DAY -> CalendarDay.makeUpDay(d, counterpart(d, argument), source);
      case LOCAL_DAY_OFF -> CalendarDay.localDayOff(d, text(argument), source);
      default -> CalendarDay.localWorkingDay(d, text(argument), source);
    };
  }

  private Holiday holiday(String text) {
    try {
      return Holiday.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw error(Phrase.of("calendar.text.badHoliday", text));
    }
  }

  private LocalDate counterpart(LocalDate d, String text) {
    LocalDate other = date(text);
    if (other.equals(d)) {
      throw error(Phrase.of("calendar.text.selfSwap", d.toString()));
    }
    return other;
  }

  private Certainty certainty(String text) {
    try {
      return Certainty.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error(Phrase.of("calendar.text.badCertainty", text));
    }
  }

  private String text(String text) {
    if (text.isBlank()) {
      throw error(Phrase.of("calendar.text.blank"));
    }
    return text;
  }

  private LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw error(Phrase.of("calendar.text.badDate", text));
    }
  }

  private IllegalArgumentException error(Phrase reason) {
    return new IllegalArgumentException(
        Phrase.of("calendar.text.error", name, String.valueOf(line), reason).both());
  }
}
