package io.github.dvckpi.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.CountingInputStream;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.OnTimeRule;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.io.CatalogueCsvReader;
import io.github.dvckpi.io.CatalogueImport;
import io.github.dvckpi.io.CsvHeaderException;
import io.github.dvckpi.io.DossierCsvReader;
import io.github.dvckpi.io.DossierImport;
import io.github.dvckpi.io.ImportOptions;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.io.RejectedRowException;
import io.github.dvckpi.io.Rejection;
import io.github.dvckpi.io.RejectionCsvWriter;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.Chart;
import io.github.dvckpi.report.KpiQuery;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.ReportFormat;
import io.github.dvckpi.target.TargetSet;
import io.github.dvckpi.target.TargetSetFormatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The {@code report} command: catalogues and dossiers in, a KPI report out. */
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
        --strict             stop at the first rejected row, exit code 1 / dừng ở dòng lỗi đầu tiên
        --by ROWS            tier (default), unit, tier,unit or total: the rows of the report
        --indicators KEYS    comma-separated indicator keys (default: all), e.g.
                             online-submission-eligible,result-digitization
        --on-time-rule RULE  the rule that judges on time: resolved-vs-due (default),
                             portal-index-2.1, dates-only or late-rate-complement; the report
                             names it / quy tắc đúng hạn
        --lang vi|en         language of the report and messages (default vi)
        --encoding CHARSET   encoding of the CSV files (default UTF-8, BOM or not), e.g. windows-1258
        --delimiter CHAR     cell delimiter of the CSV files (default ,), e.g. ;
        --rejections FILE    write every rejected row to FILE (CSV)
        --write-rejections   write them next to the dossier file: ho_so.csv -> ho_so.rejected.csv
        --no-duplicate-check do not detect duplicate dossier ids (saves ~150 bytes per dossier)
        --progress-every N   progress line on stderr every N rows (default 100000)
        --quiet              no progress lines

      Exit codes / mã thoát: 0 report printed, 1 rejected row in strict mode,
        2 bad arguments or unusable input file.
      """;

  private static final ImmutableSet<String> VALUED =
      ImmutableSet.of(
          "units",
          "agencies",
          "procedures",
          "dossiers",
          "period",
          "territory",
          "targets",
          "format",
          "by",
          "indicators",
          "on-time-rule",
          "lang",
          "encoding",
          "delimiter",
          "rejections",
          "progress-every");

  private static final ImmutableSet<String> FLAGS =
      ImmutableSet.of("strict", "write-rejections", "no-duplicate-check", "quiet");

  private static final int SHOWN_REJECTIONS = 10;

  private final PrintStream out;
  private final PrintStream err;
  private Locale locale = RateFormat.VIETNAMESE;

  ReportCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    try {
      return report(Options.parse(args, VALUED, FLAGS));
    } catch (UsageException e) {
      err.println("dvc-kpi report: " + e.getMessage());
      err.print(USAGE);
      return Main.USAGE;
    } catch (CsvHeaderException e) {
      err.println("dvc-kpi report: " + e.message(locale));
      return Main.USAGE;
    } catch (RejectedRowException e) {
      err.println(
          (vi()
                  ? "Dừng ở dòng bị từ chối đầu tiên (--strict): "
                  : "Stopped at the first rejected row (--strict): ")
              + e.rejection().message(locale));
      err.println(e.report().reconciliation(locale));
      return Main.REJECTED;
    } catch (NoSuchFileException e) {
      err.println("dvc-kpi report: " + (vi() ? "không có tệp " : "no such file ") + e.getFile());
      return Main.USAGE;
    } catch (IOException e) {
      err.println("dvc-kpi report: " + (vi() ? "không đọc được: " : "cannot read: ") + e);
      return Main.USAGE;
    } catch (UncheckedIOException e) {
      err.println(
          "dvc-kpi report: " + (vi() ? "không đọc được: " : "cannot read: ") + e.getCause());
      return Main.USAGE;
    }
  }

  private boolean vi() {
    return RateFormat.isVietnamese(locale);
  }

  private int report(Options options) throws UsageException, IOException {
    locale = language(options.get("lang", "vi"));
    ReportFormat format = format(options.get("format", "text"));
    ReportingPeriod period = period(options.required("period"));
    ImmutableList<Indicator> indicators = indicators(options.get("indicators"));
    ImportOptions importOptions = importOptions(options);
    Path units = file(options, "units");
    Path agencies = file(options, "agencies");
    Path procedures = file(options, "procedures");
    Path dossiers = file(options, "dossiers");
    long progressEvery = progressEvery(options);
    TargetSet targets = targets(options, importOptions.charset());

    CatalogueImport catalogue = CatalogueCsvReader.read(units, agencies, procedures, importOptions);
    UnitHierarchy hierarchy = catalogue.catalogue().units();
    AdministrativeUnit territory = territory(hierarchy, options.get("territory"));
    String by = options.get("by", "tier");
    OnTimeRule rule = rule(options.get("on-time-rule", OnTimeRule.defaultRule().key()));

    Path rejectionsFile = rejectionsFile(options, dossiers);
    List<Rejection> shown = new ArrayList<>();
    RejectionCsvWriter rejections =
        rejectionsFile == null ? null : RejectionCsvWriter.create(rejectionsFile);
    Consumer<Rejection> onRejection =
        r -> {
          if (shown.size() < SHOWN_REJECTIONS) {
            shown.add(r);
          }
          if (rejections != null) {
            rejections.accept(r);
          }
        };
    KpiReport report;
    ImportReport dossierReport;
    try (InputStream file = Files.newInputStream(dossiers)) {
      CountingInputStream counted = new CountingInputStream(new BufferedInputStream(file, 1 << 16));
      Progress progress =
          new Progress(err, dossiers.toString(), counted, Files.size(dossiers), locale);
      DossierCsvReader reader =
          DossierCsvReader.of(catalogue.catalogue()).withOptions(importOptions);
      if (progressEvery > 0) {
        reader = reader.withProgress(progress, progressEvery);
      }
      try (DossierImport in = reader.open(counted, dossiers.toString(), onRejection)) {
        report = compute(query(in, hierarchy, period, territory, by).onTimeBy(rule), indicators);
        dossierReport = in.report();
      }
    } finally {
      if (rejections != null) {
        rejections.close();
      }
    }

    out.print(render(report, format, targets));
    PrintStream reconciliation =
        format == ReportFormat.CSV || format == ReportFormat.HTML ? err : out;
    if (targets != null) {
      reconciliation.println();
      reconciliation.println(targets.evaluate(report).format(locale));
    }
    reconciliation.println();
    reconciliation.println(vi() ? "Đối soát nhập liệu:" : "Import reconciliation:");
    for (ImportReport r : catalogue.reports()) {
      reconciliation.println("  " + r.reconciliation(locale));
    }
    reconciliation.println("  " + dossierReport.reconciliation(locale));
    showRejections(catalogue, dossierReport, shown, rejectionsFile);
    return Main.OK;
  }

  /** The report in its format; an HTML page draws the targets of the target set on its charts. */
  private String render(KpiReport report, ReportFormat format, @Nullable TargetSet targets) {
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

  private static KpiReport compute(KpiQuery query, List<Indicator> indicators)
      throws UsageException {
    try {
      return query.compute(indicators);
    } catch (IllegalStateException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
  }

  private static KpiQuery query(
      DossierImport in,
      UnitHierarchy hierarchy,
      ReportingPeriod period,
      @Nullable AdministrativeUnit territory,
      String by)
      throws UsageException {
    Iterator<Dossier> once = in.dossiers().iterator();
    Iterable<Dossier> dossiers = () -> once;
    KpiQuery query = KpiQuery.over(dossiers, hierarchy).period(period);
    if (territory != null) {
      query = query.within(territory);
    }
    for (String rows : by.split(",", -1)) {
      switch (rows.trim()) {
        case "tier" -> query = query.byTier();
        case "unit" -> {
          if (territory == null) {
            throw new UsageException("--by unit needs --territory");
          }
          query = query.byUnit();
        }
        case "total" -> {}
        default ->
            throw new UsageException(
                "--by takes tier, unit, tier,unit or total, got \"" + by + "\"");
      }
    }
    return query;
  }

  private void showRejections(
      CatalogueImport catalogue,
      ImportReport dossiers,
      List<Rejection> shown,
      @Nullable Path rejectionsFile) {
    List<Rejection> all = new ArrayList<>();
    for (ImportReport r : catalogue.reports()) {
      all.addAll(r.rejections());
    }
    all.addAll(shown);
    long total = dossiers.rejected();
    for (ImportReport r : catalogue.reports()) {
      total += r.rejected();
    }
    if (all.isEmpty()) {
      return;
    }
    err.println(vi() ? "Các dòng bị từ chối:" : "Rejected rows:");
    int n = Math.min(all.size(), SHOWN_REJECTIONS);
    for (Rejection r : all.subList(0, n)) {
      err.println("  " + r.message(locale));
    }
    if (total > n) {
      err.println(
          "  … "
              + RateFormat.count(total - n, locale)
              + (vi() ? " dòng nữa" : " more")
              + (rejectionsFile == null
                  ? (vi()
                      ? " (ghi tất cả ra tệp với --rejections TỆP hoặc --write-rejections)"
                      : " (write them all with --rejections FILE or --write-rejections)")
                  : ""));
    }
    if (rejectionsFile != null) {
      err.println(
          (vi() ? "Đã ghi các dòng bị từ chối vào " : "Rejected dossier rows written to ")
              + rejectionsFile);
    }
  }

  private static OnTimeRule rule(String key) throws UsageException {
    try {
      return OnTimeRule.fromKey(key.trim());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--on-time-rule: " + e.getMessage());
    }
  }

  private static Locale language(String lang) throws UsageException {
    return switch (lang.trim().toLowerCase(Locale.ROOT)) {
      case "vi", "vi-vn" -> RateFormat.VIETNAMESE;
      case "en" -> RateFormat.ENGLISH;
      default -> throw new UsageException("--lang takes vi or en, got \"" + lang + "\"");
    };
  }

  private static ReportFormat format(String format) throws UsageException {
    return switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "text", "txt" -> ReportFormat.TEXT;
      case "markdown", "md" -> ReportFormat.MARKDOWN;
      case "csv" -> ReportFormat.CSV;
      case "html", "htm" -> ReportFormat.HTML;
      case "bars" -> ReportFormat.BARS;
      default ->
          throw new UsageException(
              "--format takes text, markdown, csv, html or bars, got \"" + format + "\"");
    };
  }

  private static ReportingPeriod period(String text) throws UsageException {
    try {
      return ReportingPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--period: " + e.getMessage());
    }
  }

  private static ImmutableList<Indicator> indicators(@Nullable String keys) throws UsageException {
    if (keys == null) {
      return ImmutableList.copyOf(Indicator.values());
    }
    ImmutableList.Builder<Indicator> out = ImmutableList.builder();
    for (String key : keys.split(",", -1)) {
      try {
        out.add(Indicator.fromKey(key.trim()));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--indicators: " + e.getMessage());
      }
    }
    ImmutableList<Indicator> list = out.build();
    if (ImmutableSet.copyOf(list).size() != list.size()) {
      throw new UsageException("--indicators names an indicator twice: " + keys);
    }
    return list;
  }

  private static ImportOptions importOptions(Options options) throws UsageException {
    ImportOptions result = ImportOptions.defaults();
    String encoding = options.get("encoding");
    if (encoding != null) {
      try {
        result = result.withCharset(Charset.forName(encoding.trim()));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new UsageException("--encoding: unknown encoding \"" + encoding + "\"");
      }
    }
    String delimiter = options.get("delimiter");
    if (delimiter != null) {
      String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
      if (d.length() != 1) {
        throw new UsageException("--delimiter takes one character, got \"" + delimiter + "\"");
      }
      try {
        result = result.withDelimiter(d.charAt(0));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--delimiter: " + e.getMessage());
      }
    }
    if (options.flag("strict")) {
      result = result.strict();
    }
    if (options.flag("no-duplicate-check")) {
      result = result.withDuplicateCheck(false);
    }
    return result;
  }

  private static long progressEvery(Options options) throws UsageException {
    if (options.flag("quiet")) {
      return 0;
    }
    String every = options.get("progress-every", "100000");
    try {
      long n = Long.parseLong(every.trim());
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--progress-every takes a whole number >= 1, got \"" + every + "\"");
    }
  }

  private static @Nullable TargetSet targets(Options options, Charset charset)
      throws UsageException, IOException {
    if (options.get("targets") == null) {
      return null;
    }
    Path file = file(options, "targets");
    try (Reader in = Files.newBufferedReader(file, charset)) {
      return TargetSet.read(in);
    } catch (TargetSetFormatException e) {
      throw new UsageException("--targets: " + file + ", " + e.getMessage());
    }
  }

  private static Path file(Options options, String name) throws UsageException {
    Path path = Path.of(options.required(name));
    if (!Files.isRegularFile(path)) {
      throw new UsageException("--" + name + ": no such file " + path);
    }
    return path;
  }

  private static @Nullable Path rejectionsFile(Options options, Path dossiers)
      throws UsageException {
    String file = options.get("rejections");
    if (file != null && options.flag("write-rejections")) {
      throw new UsageException("give --rejections FILE or --write-rejections, not both");
    }
    if (file != null) {
      return Path.of(file);
    }
    return options.flag("write-rejections") ? RejectionCsvWriter.nextTo(dossiers) : null;
  }

  private static @Nullable AdministrativeUnit territory(
      UnitHierarchy hierarchy, @Nullable String territory) throws UsageException {
    if (territory == null) {
      return null;
    }
    String wanted = territory.trim();
    if (hierarchy.contains(wanted)) {
      return hierarchy.unit(wanted);
    }
    String folded = fold(wanted);
    List<AdministrativeUnit> byName = new ArrayList<>();
    for (AdministrativeUnit unit : hierarchy.units()) {
      if (fold(unit.name()).equals(folded)) {
        byName.add(unit);
      }
    }
    if (byName.size() == 1) {
      return byName.get(0);
    }
    if (byName.isEmpty()) {
      throw new UsageException(
          "--territory: no unit has the code or name \"" + territory + "\" in the units file");
    }
    throw new UsageException(
        "--territory: several units are named \"" + territory + "\", give a code: " + byName);
  }

  private static String fold(String s) {
    return java.text.Normalizer.normalize(s.trim(), java.text.Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ");
  }
}
