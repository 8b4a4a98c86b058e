package io.github.dvckpi.cli;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.words.Words;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of dvc-kpi. One command, {@code report}: read the three catalogues and a dossier
 * export (CSV), and print the KPI report of a period and a territory as text, Markdown, CSV, an
 * HTML page with charts or bars for the terminal, optionally against targets, with the import's
 * reconciliation.
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.mainClass=io.github.dvckpi.cli.Main -Dexec.args="report
 *     --units samples/don_vi.csv --agencies samples/co_quan.csv --procedures samples/thu_tuc.csv
 *     --dossiers samples/ho_so.csv --period 2024-YTD@2024-11-14 --territory 436"
 * </pre>
 *
 * <p>Exit codes, so that a scheduled job can trust them (documented in {@code docs/import.md}):
 *
 * <ul>
 *   <li>{@value #OK}: the report was printed; no dossier row was rejected, or no more than {@code
 *       --max-rejected} tolerates (then a warning with the reconciliation is printed above it);
 *   <li>{@value #REJECTED}: more dossier rows were rejected than {@code --max-rejected} tolerates
 *       (default {@code 50%}), or one was in {@code --strict} mode; no report is printed;
 *   <li>{@value #USAGE}: bad arguments, one line and a pointer to {@code --help};
 *   <li>{@value #INCOMPLETE_CATALOGUE}: a catalogue lost rows (its rejections are printed) or has
 *       no unit; {@code --allow-partial-catalogue} makes a lost row a warning;
 *   <li>{@value #UNREADABLE}: an input file cannot be read: missing, a failed header check (with
 *       the header found and the likely cause), an I/O error;
 *   <li>{@value #EMPTY}: the dossier file is empty or has only its header (a warning: nothing to
 *       report);
 *   <li>{@value #INTERNAL}: an internal error (a bug: please report it).
 * </ul>
 *
 * <p>The options are documented in {@code docs/import.md} and by {@code report --help}.
 */
public final class Main {

  /** Exit code 0: the report was printed, with no rejected row or no more than tolerated. */
  public static final int OK = 0;

  /**
   * Exit code 1: more dossier rows were rejected than {@code --max-rejected} tolerates, or one in
   * {@code --strict} mode.
   */
  public static final int REJECTED = 1;

  /** Exit code 2: bad arguments. */
  public static final int USAGE = 2;

  /** Exit code 3: a catalogue lost rows (fatal unless {@code --allow-partial-catalogue}). */
  public static final int INCOMPLETE_CATALOGUE = 3;

  /** Exit code 4: an input file cannot be read (missing, failed header check, I/O error). */
  public static final int UNREADABLE = 4;

  /** Exit code 5: the dossier file is empty or has only its header. */
  public static final int EMPTY = 5;

  /** Exit code 70: an internal error. */
  public static final int INTERNAL = 70;

  private Main() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments, e.g. {@code report --units don_vi.csv …}
   */
  public static void main(String[] args) {
    System.exit(runOnConsole(args));
  }

  /**
   * Runs the command line on the process's standard streams, written in UTF-8.
   *
   * @param args the arguments
   * @return the exit code
   */
  static int runOnConsole(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Runs the command line without exiting: for tests and embedding.
   *
   * @param args the arguments
   * @param out where the report goes
   * @param err where progress, rejections and errors go
   * @return the exit code, one of this class's constants
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    requireNonNull(args, "args");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    try {
      return dispatch(args, out, err);
    } catch (RuntimeException e) {
      err.println("dvc-kpi: " + Words.both("cli.error.internal", String.valueOf(e)));
      return INTERNAL;
    }
  }

  private static int dispatch(String[] args, PrintStream out, PrintStream err) {
    List<String> list = Arrays.asList(args.clone());
    if (list.isEmpty()) {
      err.println("dvc-kpi: " + Words.both("cli.arg.noCommand"));
      err.println(Words.both("cli.seeHelp"));
      return USAGE;
    }
    String command = list.get(0);
    List<String> rest = list.subList(1, list.size());
    if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
      out.print(ReportCommand.USAGE);
      return OK;
    }
    if (!command.equals("report")) {
      err.println("dvc-kpi: " + Words.both("cli.arg.unknownCommand", command));
      err.println(Words.both("cli.seeHelp"));
      return USAGE;
    }
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(ReportCommand.USAGE);
      return OK;
    }
    return new ReportCommand(out, err).run(rest);
  }
}
