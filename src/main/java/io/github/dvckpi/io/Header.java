package io.github.dvckpi.io;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header line of a file resolved against the columns a reader knows: where each column is, and
 * its header as written.
 *
 * @param <K> the column type
 */
final class Header<K extends Enum<K>> {

  private final Map<K, Integer> index;
  private final Map<K, String> written;
  private final ImmutableList<String> cells;

  private Header(Map<K, Integer> index, Map<K, String> written, ImmutableList<String> cells) {
    this.index = index;
    this.written = written;
    this.cells = cells;
  }

  /**
   * Resolves a header line.
   *
   * @param source the file's name
   * @param cells the header cells
   * @param type the column type
   * @param names the accepted header keys of each column (absent columns have none)
   * @param required the columns the file must have
   * @return the header
   * @throws CsvHeaderException if required columns are missing (all of them are named) or a column
   *     is named twice
   */
  static <K extends Enum<K>> Header<K> resolve(
      String source,
      List<String> cells,
      Class<K> type,
      Map<K, ImmutableList<String>> names,
      Set<K> required) {
    Map<K, Integer> index = new EnumMap<>(type);
    Map<K, String> written = new EnumMap<>(type);
    Map<K, String> fallback = new EnumMap<>(type);
    Map<String, ImmutableList<String>> missing = new LinkedHashMap<>();
    for (K column : type.getEnumConstants()) {
      ImmutableList<String> keys = names.getOrDefault(column, ImmutableList.of());
      for (int i = 0; i < cells.size(); i++) {
        String cell = cells.get(i);
        if (keys.contains(Text.key(cell))) {
          String first = written.get(column);
          if (first != null) {
            throw new CsvHeaderException(
                source,
                CsvHeaderException.Problem.DUPLICATE_COLUMN,
                column.name(),
                ImmutableList.of(first, cell.trim()));
          }
          index.put(column, i);
          written.put(column, cell.trim());
        }
      }
      if (!written.containsKey(column)) {
        fallback.put(column, keys.isEmpty() ? Text.key(column.name()) : keys.get(0));
      }
      if (!index.containsKey(column) && required.contains(column)) {
        missing.put(column.name(), keys);
      }
    }
    if (!missing.isEmpty()) {
      throw CsvHeaderException.missingColumns(
          source, missing, cells.stream().map(String::trim).toList());
    }
    written.putAll(fallback);
    return new Header<>(
        index, written, cells.stream().map(String::trim).collect(ImmutableList.toImmutableList()));
  }

  /**
   * The position of a column.
   *
   * @param column the column
   * @return its index, or -1 if the file does not have it
   */
  int indexOf(K column) {
    Integer i = index.get(column);
    return i == null ? -1 : i;
  }

  /**
   * The header of a column as written in the file.
   *
   * @param column the column
   * @return the header, or its first accepted name if the file does not have it
   */
  String written(K column) {
    return written.getOrDefault(column, Text.key(column.name()));
  }

  /**
   * The number of header cells.
   *
   * @return the width every row must have
   */
  int size() {
    return cells.size();
  }

  /**
   * The header cell at a position, for messages.
   *
   * @param i the position
   * @return the header as written, or {@code #i+1} past the header's end
   */
  String cell(int i) {
    return i < cells.size() ? cells.get(i) : "#" + (i + 1);
  }
}
