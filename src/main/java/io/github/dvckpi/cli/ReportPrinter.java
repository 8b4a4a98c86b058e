package io.github.dvckpi.cli;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.io.CatalogueImport;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.io.Rejection;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.Chart;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.ReportFormat;
import io.github.dvckpi.target.TargetSet;
import io.github.dvckpi.words.Phrase;
import io.github.dvckpi.words.Words;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The printing of a run: the report on standard output (with a warning above it when rows were
 * rejected), and notes, rejections, warnings and errors on standard error, each in the run's
 * language. A CSV or HTML report keeps standard output to the report alone.
 */
final class ReportPrinter {

  private final PrintStream out;
  private final PrintStream err;
  private final Say say;
  private final ReportFormat format;

  ReportPrinter(PrintStream out, PrintStream err, Say say, ReportFormat format) {
    this.out = out;
    this.err = err;
    this.say = say;
    this.format = format;
  }

  private Words words() {
    return Words.of(say.locale());
  }

  /** Where the reconciliation and the warnings go: with the report, unless it is CSV or HTML. */
  private PrintStream beside() {
    return format == ReportFormat.CSV || format == ReportFormat.HTML ? err : out;
  }

  /**
   * An argument error: one line and a pointer to {@code --help}.
   *
   * @param e the error
   */
  void usage(UsageException e) {
    err.println("dvc-kpi report: " + say.of(e.phrase()));
    err.println(say.text("cli.seeHelp"));
  }

  /**
   * A note on standard error, e.g. a guessed encoding.
   *
   * @param phrase the note
   */
  void note(Phrase phrase) {
    err.println("dvc-kpi: " + say.of(phrase));
  }

  /**
   * A progress line on standard error.
   *
   * @param phrase how far the file has been read
   */
  void progress(Phrase phrase) {
    err.println("… " + say.of(phrase));
  }

  /**
   * A failure: its message and hints on standard error.
   *
   * @param e the failure
   */
  void failure(RunException e) {
    boolean first = true;
    for (Function<Locale, String> line : e.lines()) {
      err.println((first ? "dvc-kpi report: " : "  ") + say.of(line));
      first = false;
    }
  }

  /**
   * A line in the run's language(s) on standard error.
   *
   * @param line the line in a language
   */
  void error(Function<Locale, String> line) {
    err.println("dvc-kpi report: " + say.of(line));
  }

  /**
   * The rejections of the catalogues, summarised by reason, with their reconciliation.
   *
   * @param catalogue the catalogue import
   */
  void catalogueRejections(CatalogueImport catalogue) {
    for (ImportReport report : catalogue.reports()) {
      if (report.rejected() == 0) {
        continue;
      }
      Locale locale = say.locale();
      err.println(words().text("cli.catalogue.rejected", report.reconciliation(locale)));
      RejectionTally tally = RejectionTally.of(report);
      reasons(tally);
    }
  }

  private void reasons(RejectionTally tally) {
    for (Map.Entry<Long, Rejection> e : tally.byReason()) {
      err.println(
          "  "
              + words()
                  .text("cli.rejections.reason", e.getKey(), e.getValue().message(say.locale())));
    }
  }

  /**
   * The warning above the report when dossier rows were rejected: how many, their share, the
   * reconciliation.
   *
   * @param dossiers the dossier import's report
   * @param limit the limit tolerated
   */
  void rejectedWarning(ImportReport dossiers, RejectionLimit limit) {
    PrintStream to = beside();
    to.println(say.of(l -> rejectedShare("cli.warn.rejected", dossiers, limit, l)));
    to.println("  " + dossiers.reconciliation(say.locale()));
    to.println();
  }

  /**
   * The failure of a run whose rejections exceed the limit: no report, the reasons and hints.
   *
   * @param dossiers the dossier import's report
   * @param limit the limit exceeded
   * @param tally the rejections by reason
   * @param hints the likely causes
   */
  void tooManyRejected(
      ImportReport dossiers,
      RejectionLimit limit,
      RejectionTally tally,
      ImmutableList<Phrase> hints) {
    err.println(
        "dvc-kpi report: "
            + say.of(l -> rejectedShare("cli.error.tooManyRejected", dossiers, limit, l)));
    err.println("  " + dossiers.reconciliation(say.locale()));
    err.println(words().text("cli.rejections.byReason"));
    reasons(tally);
    for (Phrase hint : hints) {
      err.println("  " + say.of(hint));
    }
  }

  private static String rejectedShare(
      String key, ImportReport dossiers, RejectionLimit limit, Locale locale) {
    String share =
        RateFormat.percent(
            Rate.of(dossiers.rejected(), Math.max(1, dossiers.rowsRead())),
            locale,
            RateFormat.DEFAULT_SCALE,
            RateFormat.DEFAULT_ROUNDING);
    return Words.of(locale)
        .text(
            key,
            dossiers.rejected(),
            dossiers.rowsRead(),
            share,
            limit.describe(),
            dossiers.accepted(),
            dossiers.source());
  }

  /**
   * The report, the evaluation against targets, the reconciliation and the rejections.
   *
   * @param report the report
   * @param targets the target set, or null
   * @param catalogue the catalogue import
   * @param dossiers the dossier import's report
   * @param tally the dossier rejections
   * @param hints the likely causes of the dossier rejections
   * @param rejectionsFile where every rejection was written, or null
   */
  void report(
      KpiReport report,
      @Nullable TargetSet targets,
      CatalogueImport catalogue,
      ImportReport dossiers,
      RejectionTally tally,
      ImmutableList<Phrase> hints,
      @Nullable Path rejectionsFile) {
    Locale locale = say.locale();
    out.print(render(report, targets));
    PrintStream reconciliation = beside();
    if (targets != null) {
      reconciliation.println();
      reconciliation.println(targets.evaluate(report).format(locale));
    }
    reconciliation.println();
    reconciliation.println(words().text("cli.reconciliation"));
    for (ImportReport r : catalogue.reports()) {
      reconciliation.println("  " + r.reconciliation(locale));
    }
    reconciliation.println("  " + dossiers.reconciliation(locale));
    rejections(catalogue, dossiers, tally, rejectionsFile);
    for (Phrase hint : hints) {
      err.println("  " + say.of(hint));
    }
  }

  /** The report in its format; an HTML page draws the targets of the target set on its charts. */
  private String render(KpiReport report, @Nullable TargetSet targets) {
    Locale locale = say.locale();
    if (format != ReportFormat.HTML || targets == null) {
      return report.render(format, locale);
    }
    List<Chart> charts = new ArrayList<>();
    for (Indicator indicator : report.indicators()) {
      charts.add(Chart.of(indicator).withTargets(targets.targetsFor(indicator)));
    }
    return ReportFormat.html(
        report, locale, RateFormat.DEFAULT_SCALE, RateFormat.DEFAULT_ROUNDING, charts);
  }

  private void rejections(
      CatalogueImport catalogue,
      ImportReport dossiers,
      RejectionTally tally,
      @Nullable Path rejectionsFile) {
    Locale locale = say.locale();
    List<Rejection> all = new ArrayList<>();
    long total = dossiers.rejected();
    for (ImportReport r : catalogue.reports()) {
      all.addAll(r.rejections());
      total += r.rejected();
    }
    all.addAll(tally.shown());
    if (all.isEmpty()) {
      return;
    }
    err.println(words().text("cli.rejections"));
    int n = Math.min(all.size(), RejectionTally.SHOWN);
    for (Rejection r : all.subList(0, n)) {
      err.println("  " + r.message(locale));
    }
    if (total > n) {
      err.println(
          "  "
              + words()
                  .text(
                      rejectionsFile == null
                          ? "cli.rejections.moreUnwritten"
                          : "cli.rejections.more",
                      total - n));
    }
    if (tally.byReason().size() > 0 && dossiers.rejected() > n) {
      err.println(words().text("cli.rejections.byReason"));
      reasons(tally);
    }
    if (rejectionsFile != null) {
      err.println(words().text("cli.rejections.written", rejectionsFile.toString()));
    }
  }
}
