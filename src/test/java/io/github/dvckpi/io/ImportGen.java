package io.github.dvckpi.io;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.testing.DomainGen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Test support for the import: the catalogue of {@link DomainGen}'s world, dossiers with unique
 * ids, their rows as written by {@link DossierCsvWriter}, and corruptions of a row that make it
 * certainly invalid without changing where the rows of the file begin and end.
 */
public final class ImportGen {

  private ImportGen() {}

  /** The units, agencies and procedures of {@link DomainGen}. */
  public static final Catalogue CATALOGUE =
      Catalogue.of(DomainGen.HIERARCHY, DomainGen.AGENCIES, DomainGen.PROCEDURES);

  /** The ways a row is broken. */
  enum Corruption {
    /** A cell replaced by random bytes starting with 0xFF, which no UTF-8 text holds. */
    RANDOM_BYTES,
    /** The line cut before its last delimiter. */
    TRUNCATED,
    /** Two columns swapped (id ↔ received on, or procedure ↔ agency). */
    SWAPPED_COLUMNS,
    /** A date that does not exist or cannot be read. */
    BAD_DATE,
    /** A procedure or agency code the catalogue does not hold. */
    UNKNOWN_CODE,
    /** A non-blank cell more than the header. */
    EXTRA_COLUMN
  }

  /** A row of a generated file: its bytes and whether it was corrupted. */
  record Line(byte[] bytes, boolean corrupted, Dossier dossier) {}

  /**
   * Lists of 0 to {@code max} dossiers with distinct ids.
   *
   * @param max the largest size
   * @return the generator
   */
  static Gen<List<Dossier>> uniqueDossiers(int max) {
    return DomainGen.dossierLists(max)
        .map(
            list -> {
              List<Dossier> out = new ArrayList<>(list.size());
              for (int i = 0; i < list.size(); i++) {
                out.add(list.get(i).toBuilder().id("HS-" + i).build());
              }
              return out;
            });
  }

  /**
   * The header line of the writer, with CRLF.
   *
   * @return the bytes
   */
  static byte[] header() {
    return (String.join(",", DossierCsvWriter.HEADER) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A dossier's row as the writer writes it, CRLF included.
   *
   * @param dossier the dossier
   * @return the row's text
   */
  public static String row(Dossier dossier) {
    StringBuilder out = new StringBuilder();
    try {
      DossierCsvWriter.to(out).write(dossier).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.substring(out.indexOf("\r\n") + 2);
  }

  /**
   * Lines of dossiers, about a third of them corrupted in one of the {@link Corruption} ways.
   *
   * @param max the largest number of lines
   * @return the generator
   */
  static Gen<List<Line>> mixedLines(int max) {
    Gen<List<Dossier>> dossiers = uniqueDossiers(max);
    Gen<Integer> dice = integers().between(0, 2);
    Gen<Integer> kind = integers().between(0, Corruption.values().length - 1);
    Gen<Integer> any = integers().between(0, Integer.MAX_VALUE);
    return in -> {
      List<Line> out = new ArrayList<>();
      for (Dossier d : dossiers.generate(in)) {
        String row = row(d);
        if (dice.generate(in) == 0) {
          Corruption c = Corruption.values()[kind.generate(in)];
          out.add(new Line(corrupt(row, c, any.generate(in), any.generate(in)), true, d));
        } else {
          out.add(new Line(row.getBytes(StandardCharsets.UTF_8), false, d));
        }
      }
      return out;
    };
  }

  /**
   * A file: the header followed by the lines.
   *
   * @param lines the lines
   * @return the bytes
   */
  static byte[] file(List<Line> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header());
    lines.forEach(l -> out.writeBytes(l.bytes()));
    return out.toByteArray();
  }

  /**
   * Breaks a row that has no quoted cell.
   *
   * @param row the row's text with its CRLF
   * @param corruption how
   * @param r1 a random number
   * @param r2 another
   * @return the broken row's bytes, CRLF included
   */
  static byte[] corrupt(String row, Corruption corruption, int r1, int r2) {
    String body = row.substring(0, row.length() - 2);
    String[] cells = body.split(",", -1);
    switch (corruption) {
      case RANDOM_BYTES:
        {
          int column = r1 % cells.length;
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
              out.write(',');
            }
            if (i == column) {
              out.write(0xFF);
              int n = r2 % 12;
              int seed = r2;
              for (int k = 0; k < n; k++) {
                seed = seed * 1_103_515_245 + 12_345;
                int b = (seed >>> 16) & 0xFF;
                if (b != ',' && b != '"' && b != '\r' && b != '\n') {
                  out.write(b);
                }
              }
            } else {
              out.writeBytes(cells[i].getBytes(StandardCharsets.UTF_8));
            }
          }
          out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
          return out.toByteArray();
        }
      case TRUNCATED:
        {
          int lastComma = body.lastIndexOf(',');
          int cut = 1 + r1 % lastComma;
          return (body.substring(0, cut) + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
      case SWAPPED_COLUMNS:
        if (r1 % 2 == 0) {
          swap(cells, DossierColumn.ID.ordinal(), DossierColumn.RECEIVED_ON.ordinal());
        } else {
          swap(cells, DossierColumn.PROCEDURE.ordinal(), DossierColumn.AGENCY.ordinal());
        }
        break;
      case BAD_DATE:
        {
          String[] bad = {
            "31/02/2024", "2024-13-01", "32/01/2024", "1/1/24", "hôm qua", "00/00/0000"
          };
          int column =
              r1 % 2 == 0 ? DossierColumn.RECEIVED_ON.ordinal() : DossierColumn.DUE_ON.ordinal();
          cells[column] = bad[r2 % bad.length];
          break;
        }
      case UNKNOWN_CODE:
        if (r1 % 2 == 0) {
          cells[DossierColumn.PROCEDURE.ordinal()] = "9.999." + r2;
        } else {
          cells[DossierColumn.AGENCY.ordinal()] = "UB-" + r2;
        }
        break;
      case EXTRA_COLUMN:
        return (body + ",x" + (r1 % 100) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
    return (String.join(",", cells) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void swap(String[] cells, int a, int b) {
    String t = cells[a];
    cells[a] = cells[b];
    cells[b] = t;
  }
}
