package io.github.dvckpi.io;

import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.Procedure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * A deterministic dossier export over a catalogue: valid dossiers written by {@link
 * DossierCsvWriter}, with broken rows of every kind slipped in between, and what a reader must make
 * of them (the line and reason of each broken row).
 */
public final class DemoFile {

  /** A broken row: the line it is on and the reason it must be rejected for. */
  public record Broken(long line, RejectionReason reason) {}

  private final List<Dossier> valid = new ArrayList<>();
  private final List<Broken> broken = new ArrayList<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private DemoFile() {}

  /** A kind of breakage: how it changes the cells of a valid row, and the reason it triggers. */
  private record Kind(RejectionReason reason, BiFunction<String[], Context, byte[]> breaker) {}

  /** What a breaker may use: the catalogue and an id read earlier. */
  private record Context(Catalogue catalogue, String earlierId) {}

  private static final int ID = DossierColumn.ID.ordinal();
  private static final int PROCEDURE = DossierColumn.PROCEDURE.ordinal();
  private static final int AGENCY = DossierColumn.AGENCY.ordinal();
  private static final int CHANNEL = DossierColumn.CHANNEL.ordinal();
  private static final int RECEIVED = DossierColumn.RECEIVED_ON.ordinal();
  private static final int DUE = DossierColumn.DUE_ON.ordinal();
  private static final int RESOLVED = DossierColumn.RESOLVED_ON.ordinal();
  private static final int OUTCOME = DossierColumn.OUTCOME.ordinal();
  private static final int RESULT = DossierColumn.RESULT_DIGITIZED.ordinal();
  private static final int INTAKE = DossierColumn.INTAKE_DIGITIZED.ordinal();
  private static final int FEE = DossierColumn.FEE.ordinal();
  private static final int PAID = DossierColumn.PAID_ONLINE.ordinal();

  private static byte[] line(String[] cells) {
    return (String.join(",", cells) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  private static Kind set(RejectionReason reason, int column, String value) {
    return new Kind(
        reason,
        (c, ctx) -> {
          c[column] = value;
          return line(c);
        });
  }

  /** A procedure that charges no fee, issuing a result if there is such a one. */
  private static String freeProcedure(Catalogue catalogue) {
    Procedure found = null;
    for (Procedure p : catalogue.procedures().values()) {
      if (!p.chargesFee() && (found == null || p.issuesResult() && !found.issuesResult())) {
        found = p;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("no procedure without a fee in " + catalogue);
    }
    return found.code();
  }

  /** A procedure that issues a result. */
  private static String resultProcedure(Catalogue catalogue) {
    for (Procedure p : catalogue.procedures().values()) {
      if (p.issuesResult()) {
        return p.code();
      }
    }
    throw new IllegalArgumentException("no procedure with a result in " + catalogue);
  }

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              RejectionReason.WRONG_COLUMN_COUNT, (c, ctx) -> line(java.util.Arrays.copyOf(c, 7))),
          new Kind(
              RejectionReason.WRONG_COLUMN_COUNT,
              (c, ctx) -> (String.join(",", c) + ",ghi chú\r\n").getBytes(StandardCharsets.UTF_8)),
          set(RejectionReason.MISSING_VALUE, ID, ""),
          set(RejectionReason.MISSING_VALUE, RECEIVED, ""),
          new Kind(
              RejectionReason.INVALID_ENCODING,
              (c, ctx) -> {
                // "Đ" in windows-1258 (0xD0), which UTF-8 cannot decode
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes((c[ID] + "-").getBytes(StandardCharsets.UTF_8));
                out.write(0xD0);
                c[ID] = "";
                out.writeBytes(line(c));
                return out.toByteArray();
              }),
          set(RejectionReason.UNPARSABLE_DATE, RECEIVED, "31/02/2024"),
          set(RejectionReason.UNPARSABLE_DATE, DUE, "2024/13/01"),
          set(RejectionReason.UNPARSABLE_DATE, RECEIVED, "hôm qua"),
          set(RejectionReason.UNPARSABLE_CHANNEL, CHANNEL, "4"),
          set(RejectionReason.UNPARSABLE_CHANNEL, CHANNEL, "qua mạng"),
          set(RejectionReason.UNPARSABLE_BOOLEAN, INTAKE, "có lẽ"),
          set(RejectionReason.UNPARSABLE_FEE, FEE, "-5000"),
          set(RejectionReason.UNPARSABLE_FEE, FEE, "1.5"),
          set(RejectionReason.UNPARSABLE_OUTCOME, OUTCOME, "chờ bổ sung"),
          set(RejectionReason.UNKNOWN_PROCEDURE, PROCEDURE, "1.009999.000.00.00.H99"),
          set(RejectionReason.UNKNOWN_AGENCY, AGENCY, "UBND-KHONG-CO"),
          new Kind(
              RejectionReason.DUPLICATE_ID,
              (c, ctx) -> {
                c[ID] = ctx.earlierId();
                return line(c);
              }),
          new Kind(
              RejectionReason.DUE_BEFORE_RECEIVED,
              (c, ctx) -> {
                c[RECEIVED] = "20/06/2024";
                c[DUE] = "10/06/2024";
                c[RESOLVED] = "";
                c[OUTCOME] = "";
                c[RESULT] = "0";
                return line(c);
              }),
          new Kind(
              RejectionReason.RESOLVED_BEFORE_RECEIVED,
              (c, ctx) -> {
                c[RECEIVED] = "20/06/2024";
                c[DUE] = "30/06/2024";
                c[RESOLVED] = "19/06/2024";
                return line(c);
              }),
          new Kind(
              RejectionReason.OUTCOME_WITHOUT_RESOLUTION,
              (c, ctx) -> {
                c[RESOLVED] = "";
                c[OUTCOME] = "từ chối";
                c[RESULT] = "0";
                return line(c);
              }),
          new Kind(
              RejectionReason.DIGITIZED_WITHOUT_RESULT,
              (c, ctx) -> {
                c[PROCEDURE] = resultProcedure(ctx.catalogue());
                c[RESOLVED] = c[DUE];
                c[OUTCOME] = "từ chối";
                c[RESULT] = "1";
                c[FEE] = "0";
                c[PAID] = "0";
                return line(c);
              }),
          new Kind(
              RejectionReason.FEE_NOT_CHARGED,
              (c, ctx) -> {
                c[PROCEDURE] = freeProcedure(ctx.catalogue());
                c[FEE] = "50.000";
                c[PAID] = "0";
                return line(c);
              }),
          new Kind(
              RejectionReason.PAID_ONLINE_WITHOUT_FEE,
              (c, ctx) -> {
                c[FEE] = "0";
                c[PAID] = "1";
                return line(c);
              }));

  /**
   * The distinct reasons the kinds of breakage trigger.
   *
   * @return the number of reasons
   */
  public static long distinctReasons() {
    return KINDS.stream().map(Kind::reason).distinct().count();
  }

  /**
   * Generates a file.
   *
   * @param catalogue the catalogue the dossiers refer to
   * @param validRows the valid rows
   * @param brokenRows the broken rows, slipped in evenly, the kinds in turn
   * @param seed the seed of the dossiers
   * @param first the first day dossiers are received
   * @param days the days over which they are received
   * @return the file
   */
  public static DemoFile generate(
      Catalogue catalogue, int validRows, int brokenRows, long seed, LocalDate first, int days) {
    DemoFile file = new DemoFile();
    SplittableRandom random = new SplittableRandom(seed);
    List<Agency> agencies = List.copyOf(catalogue.agencies().values());
    List<Procedure> procedures = List.copyOf(catalogue.procedures().values());
    file.bytes.writeBytes(
        (String.join(",", DossierCsvWriter.HEADER) + "\r\n").getBytes(StandardCharsets.UTF_8));
    long line = 1;
    int gap = brokenRows == 0 ? Integer.MAX_VALUE : Math.max(1, validRows / brokenRows);
    int broken = 0;
    for (int i = 0; i < validRows; i++) {
      Dossier d = dossier(random, i, agencies, procedures, first, days);
      file.valid.add(d);
      file.bytes.writeBytes(ImportGen.row(d).getBytes(StandardCharsets.UTF_8));
      line++;
      if (broken < brokenRows && i % gap == gap / 2) {
        Dossier base = dossier(random, validRows + broken, agencies, procedures, first, days);
        String row = ImportGen.row(base);
        String[] cells = row.substring(0, row.length() - 2).split(",", -1);
        Kind kind = KINDS.get(broken % KINDS.size());
        file.bytes.writeBytes(kind.breaker().apply(cells, new Context(catalogue, d.id())));
        line++;
        file.broken.add(new Broken(line, kind.reason()));
        broken++;
      }
    }
    if (broken < brokenRows) {
      throw new IllegalArgumentException("too few valid rows to place the broken ones");
    }
    return file;
  }

  private static Dossier dossier(
      SplittableRandom random,
      int n,
      List<Agency> agencies,
      List<Procedure> procedures,
      LocalDate first,
      int days) {
    Procedure p = procedures.get(random.nextInt(procedures.size()));
    LocalDate received = first.plusDays(random.nextInt(days));
    int channel = random.nextInt(10);
    Dossier.Builder b =
        Dossier.builder()
            .id(String.format("HS-%06d", n + 1))
            .procedure(p)
            .agency(agencies.get(random.nextInt(agencies.size())))
            .channel(channel < 7 ? Channel.ONLINE : channel < 9 ? Channel.COUNTER : Channel.POSTAL)
            .receivedOn(received)
            .dueOn(received.plusDays(random.nextInt(21)))
            .intakeDigitized(random.nextInt(10) < 7);
    if (random.nextInt(10) < 8) {
      int o = random.nextInt(100);
      Outcome outcome = o < 90 ? Outcome.GRANTED : o < 97 ? Outcome.REFUSED : Outcome.WITHDRAWN;
      b.resolved(received.plusDays(random.nextInt(26)), outcome);
      if (outcome == Outcome.GRANTED && p.issuesResult()) {
        b.resultDigitized(random.nextInt(100) < 85);
      }
    }
    if (p.chargesFee()) {
      long[] fees = {0, 15_000, 50_000, 100_000, 1_500_000};
      long fee = fees[random.nextInt(fees.length)];
      b.fee(fee).paidOnline(fee > 0 && random.nextInt(10) < 6);
    }
    return b.build();
  }

  /**
   * The valid dossiers, in file order.
   *
   * @return the dossiers
   */
  public List<Dossier> valid() {
    return valid;
  }

  /**
   * The broken rows, in file order.
   *
   * @return their lines and reasons
   */
  public List<Broken> broken() {
    return broken;
  }

  /**
   * The file's bytes, UTF-8 apart from the row broken by a windows-1258 byte.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return bytes.toByteArray();
  }

  /**
   * Writes the file.
   *
   * @param path where
   */
  public void writeTo(java.nio.file.Path path) {
    try {
      java.nio.file.Files.write(path, bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
