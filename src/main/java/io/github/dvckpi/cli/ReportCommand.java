package io.github.dvckpi.cli;

import io.github.dvckpi.io.RejectedRowException;
import io.github.dvckpi.words.Words;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * The {@code report} command: catalogues and dossiers in, a KPI report out. Its jobs are split:
 * {@link ReportArguments} reads the arguments into a value, {@link ReportRun} runs and decides the
 * exit code, {@link ReportPrinter} prints reports, rejections, warnings and errors. This class
 * joins them and maps each failure to its exit code.
 */
final class ReportCommand {

  static final String USAGE =
      """
      Usage / Cách dùng:
        dvc-kpi report --units FILE --agencies FILE --procedures FILE --dossiers FILE
                       --period PERIOD [--territory CODE|NAME] [--targets FILE]
                       [--format text|markdown|csv|html|bars] [--strict] [more options]

      Required / bắt buộc:
        --units FILE         administrative units / đơn vị hành chính (CSV)
        --agencies FILE      agencies / cơ quan (CSV)
        --procedures FILE    procedures / thủ tục hành chính (CSV)
        --dossiers FILE      dossier export / hồ sơ (CSV, one row per dossier)
        --period PERIOD      2024, 2024-05, 2024-Q3, 2024-H1, 2024-9M, 2024-YTD@2024-11-14,
                             2024-01-01..2024-11-14; add /official for the cut-off of
                             Nghị định 09/2019 (e.g. 2024-05/official)
      Optional / tùy chọn:
        --territory CODE     a unit's code or name; the report covers it and the units below
                             (default: every dossier) / địa bàn
        --targets FILE       evaluate the report against a target set (docs/targets.md)
                             / đánh giá theo bộ chỉ tiêu
        --format FORMAT      text (default), markdown, csv, html (a page with charts, to
                             redirect to a file) or bars (bar charts in the terminal)
        --by ROWS            tier (default), unit, tier,unit or total: the rows of the report
        --indicators KEYS    comma-separated indicator keys (default: all), e.g.
                             online-submission-eligible,result-digitization
        --on-time-rule RULE  the rule that judges on time: resolved-vs-due (default),
                             portal-index-2.1, dates-only or late-rate-complement; the report
                             names it / quy tắc đúng hạn
        --lang vi|en         language of the report and messages (default: report in vi,
                             messages in both)
      Reading the files / đọc tệp:
        --encoding CHARSET   encoding of every file (default UTF-8, BOM or not), e.g.
                             windows-1258, or auto to detect it (the guess is printed)
        --delimiter CHAR     cell delimiter of every CSV file, e.g. ; or tab (default: detected
                             from the header line among , ; tab |, the guess is printed)
        --units-encoding, --agencies-encoding, --procedures-encoding, --dossiers-encoding,
        --targets-encoding CHARSET, --units-delimiter, --agencies-delimiter,
        --procedures-delimiter, --dossiers-delimiter CHAR
                             the same for one file, over --encoding and --delimiter
      Rejected rows / dòng bị từ chối:
        --max-rejected N|N%  the most rejected dossier rows tolerated (default 50%): above it
                             no report is printed and the exit code is 1
        --strict             stop at the first rejected row, exit code 1 / dừng ở dòng lỗi đầu tiên
        --allow-partial-catalogue
                             print the report even if a catalogue lost rows (with a warning)
        --rejections FILE    write every rejected row to FILE (CSV)
        --write-rejections   write them next to the dossier file: ho_so.csv -> ho_so.rejected.csv
        --no-duplicate-check do not detect duplicate dossier ids (saves ~150 bytes per dossier)
        --progress-every N   progress line on stderr every N rows (default 100000)
        --quiet              no progress lines

      Exit codes / mã thoát:
        0  report printed; no rejected row, or no more than --max-rejected
        1  more dossier rows rejected than --max-rejected, or one in --strict mode: no report
        2  bad arguments / sai tham số
        3  a catalogue lost rows (report over a partial catalogue refused), or has no unit
        4  an input file cannot be read: missing, wrong header, I/O error
        5  the dossier file is empty or has only its header: nothing to report (warning)
        70 internal error / lỗi nội bộ
      """;

  private final PrintStream out;
  private final PrintStream err;

  ReportCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    ReportArguments arguments;
    try {
      arguments = ReportArguments.parse(args);
    } catch (UsageException e) {
      new ReportPrinter(
              out, err, ReportArguments.language(args), io.github.dvckpi.report.ReportFormat.TEXT)
          .usage(e);
      return Main.USAGE;
    }
    ReportPrinter printer = new ReportPrinter(out, err, arguments.say(), arguments.format());
    try {
      return new ReportRun(arguments, printer).run();
    } catch (UsageException e) {
      printer.usage(e);
      return Main.USAGE;
    } catch (RunException e) {
      printer.failure(e);
      return e.code();
    } catch (RejectedRowException e) {
      printer.error(l -> Words.of(l).text("cli.error.strict", e.rejection().message(l)));
      err.println("  " + e.report().reconciliation(arguments.say().locale()));
      return Main.REJECTED;
    } catch (NoSuchFileException e) {
      printer.error(l -> Words.of(l).text("cli.error.noSuchFileIo", String.valueOf(e.getFile())));
      return Main.UNREADABLE;
    } catch (IOException e) {
      printer.error(l -> Words.of(l).text("cli.error.unreadable", e.toString()));
      return Main.UNREADABLE;
    } catch (UncheckedIOException e) {
      printer.error(l -> Words.of(l).text("cli.error.unreadable", String.valueOf(e.getCause())));
      return Main.UNREADABLE;
    }
  }
}
