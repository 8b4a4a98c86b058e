package io.github.dvckpi.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one CSV record that Spark's reader found malformed (another number of cells than the
 * header), split with the CSV rules the library's import reads by (RFC 4180: comma, double quotes,
 * a doubled quote inside quotes), so that the library's row check rejects it exactly as the
 * single-machine import does.
 */
final class CsvCells {

  private CsvCells() {}

  static List<String> split(String record) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < record.length(); i++) {
      char c = record.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
