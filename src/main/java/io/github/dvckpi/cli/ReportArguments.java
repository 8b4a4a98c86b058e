package io.github.dvckpi.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.dvckpi.domain.OnTimeRule;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.io.RejectionCsvWriter;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.ReportFormat;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of the {@code report} command as a value: what to read, how, and what to print.
 * Parsing checks every option's form; whether the files can be read is the run's business.
 *
 * @param say the language of messages ({@code --lang}, or both languages)
 * @param format the report's format
 * @param period the reporting period
 * @param indicators the indicators, in order
 * @param units the units catalogue
 * @param agencies the agencies catalogue
 * @param procedures the procedures catalogue
 * @param dossiers the dossier export
 * @param targets the target set file, or null
 * @param territory the territory's code or name as given, or null for every dossier
 * @param by the rows of the report, e.g. {@code tier,unit}
 * @param rule the rule that judges on time ({@code --on-time-rule})
 * @param strict whether the first rejected row stops the run
 * @param duplicateCheck whether duplicate dossier ids are detected
 * @param maxRejected the rejected dossier rows tolerated
 * @param partialCatalogue whether a catalogue that lost rows is tolerated (with a warning)
 * @param rejections where to write every rejected row, or null
 * @param progressEvery a progress line every so many rows, 0 for none
 */
record ReportArguments(
    Say say,
    ReportFormat format,
    ReportingPeriod period,
    ImmutableList<Indicator> indicators,
    InputFile units,
    InputFile agencies,
    InputFile procedures,
    InputFile dossiers,
    @Nullable InputFile targets,
    @Nullable String territory,
    String by,
    OnTimeRule rule,
    boolean strict,
    boolean duplicateCheck,
    RejectionLimit maxRejected,
    boolean partialCatalogue,
    @Nullable Path rejections,
    long progressEvery) {

  private static final ImmutableList<String> FILES =
      ImmutableList.of("units", "agencies", "procedures", "dossiers");

  private static final ImmutableSet<String> VALUED =
      ImmutableSet.<String>builder()
          .addAll(FILES)
          .add(
              "period",
              "territory",
              "targets",
              "format",
              "by",
              "indicators",
              "lang",
              "on-time-rule")
          .add("encoding", "delimiter", "targets-encoding")
          .addAll(FILES.stream().map(f -> f + "-encoding").toList())
          .addAll(FILES.stream().map(f -> f + "-delimiter").toList())
          .add("rejections", "progress-every", "max-rejected")
          .build();

  private static final ImmutableSet<String> FLAGS =
      ImmutableSet.of(
          "strict", "write-rejections", "no-duplicate-check", "quiet", "allow-partial-catalogue");

  /**
   * The language of messages for arguments that may not parse: {@code --lang} if it is readable.
   *
   * @param args the arguments after the command
   * @return the language, or both languages
   */
  static Say language(List<String> args) {
    String lang = Options.language(args);
    try {
      return new Say(lang == null ? null : locale(lang));
    } catch (UsageException e) {
      return new Say(null);
    }
  }

  /**
   * Parses the arguments after {@code report}.
   *
   * @param args the arguments
   * @return the arguments as a value
   * @throws UsageException for anything malformed, missing or contradictory
   */
  static ReportArguments parse(List<String> args) throws UsageException {
    Options options = Options.parse(args, VALUED, FLAGS);
    String lang = options.get("lang");
    Say say = new Say(lang == null ? null : locale(lang));
    ReportFormat format = format(options.get("format", "text"));
    ReportingPeriod period = period(options.required("period"));
    ImmutableList<Indicator> indicators = indicators(options.get("indicators"));
    InputFile units = file(options, "units");
    InputFile agencies = file(options, "agencies");
    InputFile procedures = file(options, "procedures");
    InputFile dossiers = file(options, "dossiers");
    InputFile targets = null;
    if (options.get("targets") != null) {
      String encoding = options.get("targets-encoding", options.get("encoding", ""));
      targets =
          new InputFile(
              "targets",
              Path.of(options.required("targets")),
              charset("targets-encoding", encoding),
              encoding.trim().equalsIgnoreCase("auto"),
              null);
    }
    String by = options.get("by", "tier");
    for (String rows : by.split(",", -1)) {
      switch (rows.trim()) {
        case "tier", "total" -> {}
        case "unit" -> {
          if (options.get("territory") == null) {
            throw new UsageException("cli.arg.byUnitNeedsTerritory");
          }
        }
        default -> throw new UsageException("cli.arg.by", by);
      }
    }
    Path rejections = rejectionsFile(options, dossiers.path());
    return new ReportArguments(
        say,
        format,
        period,
        indicators,
        units,
        agencies,
        procedures,
        dossiers,
        targets,
        options.get("territory"),
        by,
        rule(options.get("on-time-rule", OnTimeRule.defaultRule().key())),
        options.flag("strict"),
        !options.flag("no-duplicate-check"),
        RejectionLimit.parse(options.get("max-rejected", RejectionLimit.DEFAULT)),
        options.flag("allow-partial-catalogue"),
        rejections,
        progressEvery(options));
  }

  private static InputFile file(Options options, String name) throws UsageException {
    Path path = Path.of(options.required(name));
    String encodingOption = name + "-encoding";
    String encoding = options.get(encodingOption, options.get("encoding", ""));
    String delimiterOption = name + "-delimiter";
    String delimiter = options.get(delimiterOption, options.get("delimiter", ""));
    return new InputFile(
        name,
        path,
        charset(options.get(encodingOption) == null ? "encoding" : encodingOption, encoding),
        encoding.trim().equalsIgnoreCase("auto"),
        delimiter(options.get(delimiterOption) == null ? "delimiter" : delimiterOption, delimiter));
  }

  private static @Nullable Charset charset(String option, String encoding) throws UsageException {
    String name = encoding.trim();
    if (name.isEmpty() || name.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageException("cli.arg.encoding", option, encoding);
    }
  }

  private static @Nullable Character delimiter(String option, String delimiter)
      throws UsageException {
    if (delimiter.isEmpty()) {
      return null;
    }
    String d = delimiter.equals("\\t") || delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
    char c = d.charAt(0);
    if (d.length() != 1) {
      throw new UsageException("cli.arg.delimiterLength", option, delimiter);
    }
    if (c == '"' || c == '\r' || c == '\n' || Character.isLetterOrDigit(c)) {
      throw new UsageException("cli.arg.delimiter", option, delimiter);
    }
    return c;
  }

  private static Locale locale(String lang) throws UsageException {
    return switch (lang.trim().toLowerCase(Locale.ROOT)) {
      case "vi", "vi-vn" -> RateFormat.VIETNAMESE;
      case "en" -> RateFormat.ENGLISH;
      default -> throw new UsageException("cli.arg.lang", lang);
    };
  }

  private static ReportFormat format(String format) throws UsageException {
    return switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "text", "txt" -> ReportFormat.TEXT;
      case "markdown", "md" -> ReportFormat.MARKDOWN;
      case "csv" -> ReportFormat.CSV;
      case "html", "htm" -> ReportFormat.HTML;
      case "bars" -> ReportFormat.BARS;
      default -> throw new UsageException("cli.arg.format", format);
    };
  }

  private static ReportingPeriod period(String text) throws UsageException {
    try {
      return ReportingPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("cli.arg.period", String.valueOf(e.getMessage()));
    }
  }

  private static OnTimeRule rule(String key) throws UsageException {
    try {
      return OnTimeRule.fromKey(key.trim());
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "cli.arg.onTimeRule",
          key,
          String.join(", ", Arrays.stream(OnTimeRule.values()).map(OnTimeRule::key).toList()));
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
        throw new UsageException("cli.arg.indicator", String.valueOf(e.getMessage()));
      }
    }
    ImmutableList<Indicator> list = out.build();
    if (ImmutableSet.copyOf(list).size() != list.size()) {
      throw new UsageException("cli.arg.indicatorTwice", keys);
    }
    return list;
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
      throw new UsageException("cli.arg.progressEvery", every);
    }
  }

  private static @Nullable Path rejectionsFile(Options options, Path dossiers)
      throws UsageException {
    String file = options.get("rejections");
    if (file != null && options.flag("write-rejections")) {
      throw new UsageException("cli.arg.rejectionsBoth");
    }
    if (file != null) {
      return Path.of(file);
    }
    return options.flag("write-rejections") ? RejectionCsvWriter.nextTo(dossiers) : null;
  }
}
