package io.github.dvckpi.cli;

import static java.util.Objects.requireNonNull;

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
 * <p>Exit codes: {@value #OK} the report was printed; {@value #REJECTED} a row was rejected in
 * strict mode; {@value #USAGE} bad arguments or an unusable input file (missing, without a required
 * column), with a usage message. The options are documented in {@code docs/import.md} and by {@code
 * report --help}.
 */
public final class Main {

  /** Exit code: the report was printed (rows may have been rejected in lenient mode). */
  public static final int OK = 0;

  /** Exit code: a row was rejected in strict mode. */
  public static final int REJECTED = 1;

  /** Exit code: bad arguments or an unusable input file. */
  public static final int USAGE = 2;

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
   * @return the exit code: {@value #OK}, {@value #REJECTED} or {@value #USAGE}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    List<String> list = Arrays.asList(args.clone());
    if (list.isEmpty()) {
      err.println("dvc-kpi: missing command / thiếu lệnh");
      err.print(ReportCommand.USAGE);
      return USAGE;
    }
    String command = list.get(0);
    List<String> rest = list.subList(1, list.size());
    if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
      out.print(ReportCommand.USAGE);
      return OK;
    }
    if (!command.equals("report")) {
      err.println("dvc-kpi: unknown command \"" + command + "\" / lệnh không có: " + command);
      err.print(ReportCommand.USAGE);
      return USAGE;
    }
    if (rest.contains("--help") || rest.contains("-h")) {
      out.print(ReportCommand.USAGE);
      return OK;
    }
    return new ReportCommand(out, err).run(rest);
  }
}
