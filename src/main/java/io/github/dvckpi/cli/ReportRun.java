package io.github.dvckpi.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.io.CountingInputStream;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.io.Catalogue;
import io.github.dvckpi.io.CatalogueCsvReader;
import io.github.dvckpi.io.CatalogueImport;
import io.github.dvckpi.io.CsvHeaderException;
import io.github.dvckpi.io.DossierCsvReader;
import io.github.dvckpi.io.DossierImport;
import io.github.dvckpi.io.ImportOptions;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.io.ImportResult;
import io.github.dvckpi.io.RejectionCsvWriter;
import io.github.dvckpi.io.RejectionReason;
import io.github.dvckpi.report.KpiQuery;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.target.TargetSet;
import io.github.dvckpi.target.TargetSetFormatException;
import io.github.dvckpi.words.Phrase;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One run of the {@code report} command: check the files, read the catalogues (and stop if one lost
 * rows), find the territory, read the targets and the dossiers, decide the exit code and hand what
 * to print to the {@link ReportPrinter}.
 */
final class ReportRun {

  private final ReportArguments args;
  private final ReportPrinter printer;

  ReportRun(ReportArguments args, ReportPrinter printer) {
    this.args = args;
    this.printer = printer;
  }

  /**
   * Runs.
   *
   * @return the exit code
   * @throws UsageException if an argument does not fit the files (a territory not in the units)
   * @throws RunException if an input cannot be used
   * @throws IOException if reading fails
   */
  int run() throws UsageException, RunException, IOException {
    for (InputFile file :
        List.of(args.units(), args.agencies(), args.procedures(), args.dossiers())) {
      exists(file);
    }
    InputFile targetsFile = args.targets();
    if (targetsFile != null) {
      exists(targetsFile);
    }
    CatalogueImport catalogue = catalogue();
    if (!catalogue.isClean() || catalogue.catalogue().units().units().isEmpty()) {
      printer.catalogueRejections(catalogue);
      if (catalogue.catalogue().units().units().isEmpty()) {
        throw new RunException(
            Main.INCOMPLETE_CATALOGUE,
            ImmutableList.of(line("cli.error.noUnits", args.units().path().toString())));
      }
      if (!args.partialCatalogue()) {
        throw new RunException(
            Main.INCOMPLETE_CATALOGUE, ImmutableList.of(line("cli.error.partialCatalogue")));
      }
      printer.note(Phrase.of("cli.warn.partialCatalogue"));
    }
    UnitHierarchy hierarchy = catalogue.catalogue().units();
    AdministrativeUnit territory = territory(hierarchy, args.territory());
    TargetSet targets = targets();

    InputFile file = args.dossiers();
    ImportOptions options = options(file);
    RejectionTally tally = new RejectionTally();
    Path rejectionsFile = args.rejections();
    RejectionCsvWriter rejections =
        rejectionsFile == null ? null : RejectionCsvWriter.create(rejectionsFile);
    KpiReport report;
    ImportReport dossiers;
    try (InputStream in = Files.newInputStream(file.path())) {
      CountingInputStream counted = new CountingInputStream(new BufferedInputStream(in, 1 << 16));
      DossierCsvReader reader = DossierCsvReader.of(catalogue.catalogue()).withOptions(options);
      if (args.progressEvery() > 0) {
        Progress progress =
            new Progress(printer, file.path().toString(), counted, Files.size(file.path()));
        reader = reader.withProgress(progress, args.progressEvery());
      }
      String source = file.path().toString();
      try (DossierImport dossierImport =
          reader.open(
              counted,
              source,
              r -> {
                tally.accept(r);
                if (rejections != null) {
                  rejections.accept(r);
                }
              })) {
        report = compute(query(dossierImport, hierarchy, territory));
        dossiers = dossierImport.report();
      } catch (CsvHeaderException e) {
        if (e.problem() == CsvHeaderException.Problem.EMPTY_FILE) {
          throw new RunException(Main.EMPTY, ImmutableList.of(line("cli.warn.emptyFile", source)));
        }
        throw headerFailure(e, file, options);
      }
    } finally {
      if (rejections != null) {
        rejections.close();
      }
    }
    ImmutableList<Phrase> hints = hints(tally, file, options);
    if (dossiers.rejected() > 0
        && args.maxRejected().exceededBy(dossiers.rejected(), dossiers.rowsRead())) {
      printer.tooManyRejected(dossiers, args.maxRejected(), tally, hints);
      return Main.REJECTED;
    }
    if (dossiers.rowsRead() == 0) {
      printer.note(Phrase.of("cli.warn.headerOnly", dossiers.source()));
      printer.report(report, targets, catalogue, dossiers, tally, hints, rejectionsFile);
      return Main.EMPTY;
    }
    if (dossiers.rejected() > 0) {
      printer.rejectedWarning(dossiers, args.maxRejected());
    }
    printer.report(report, targets, catalogue, dossiers, tally, hints, rejectionsFile);
    return Main.OK;
  }

  private static Function<Locale, String> line(String key, Object... args) {
    Phrase phrase = Phrase.of(key, args);
    return phrase::in;
  }

  private static void exists(InputFile file) throws RunException {
    if (!Files.isRegularFile(file.path())) {
      throw new RunException(
          Main.UNREADABLE,
          ImmutableList.of(line("cli.error.noSuchFile", file.option(), file.path().toString())));
    }
  }

  /** The options of a file: its encoding and delimiter, given or guessed (and then said). */
  private ImportOptions options(InputFile file) throws IOException {
    ImportOptions options = ImportOptions.defaults();
    if (args.strict()) {
      options = options.strict();
    }
    options = options.withDuplicateCheck(args.duplicateCheck());
    Charset charset = charset(file);
    options = options.withCharset(charset);
    Character delimiter = file.delimiter();
    if (delimiter == null) {
      char guessed = Sniffer.delimiter(file.path(), charset);
      if (guessed != ',') {
        printer.note(
            Phrase.of(
                "cli.guess.delimiter",
                file.path().toString(),
                guessed == '\t' ? "tab" : String.valueOf(guessed),
                file.delimiterOption()));
      }
      delimiter = guessed;
    }
    return options.withDelimiter(delimiter);
  }

  private Charset charset(InputFile file) throws IOException {
    Charset given = file.charset();
    if (given != null) {
      return given;
    }
    if (!file.autoEncoding()) {
      return StandardCharsets.UTF_8;
    }
    Charset guessed = Sniffer.encoding(file.path());
    printer.note(
        Phrase.of(
            "cli.guess.encoding", file.path().toString(), guessed.name(), file.encodingOption()));
    return guessed;
  }

  private CatalogueImport catalogue() throws IOException, RunException {
    InputFile unitsFile = args.units();
    ImportOptions unitsOptions = options(unitsFile);
    ImportResult<UnitHierarchy> units;
    try {
      units = CatalogueCsvReader.readUnits(unitsFile.path(), unitsOptions);
    } catch (CsvHeaderException e) {
      throw headerFailure(e, unitsFile, unitsOptions);
    }
    InputFile agenciesFile = args.agencies();
    ImportOptions agenciesOptions = options(agenciesFile);
    ImportResult<ImmutableList<Agency>> agencies;
    try {
      agencies =
          CatalogueCsvReader.readAgencies(agenciesFile.path(), units.value(), agenciesOptions);
    } catch (CsvHeaderException e) {
      throw headerFailure(e, agenciesFile, agenciesOptions);
    }
    InputFile proceduresFile = args.procedures();
    ImportOptions proceduresOptions = options(proceduresFile);
    ImportResult<ImmutableList<Procedure>> procedures;
    try {
      procedures = CatalogueCsvReader.readProcedures(proceduresFile.path(), proceduresOptions);
    } catch (CsvHeaderException e) {
      throw headerFailure(e, proceduresFile, proceduresOptions);
    }
    return new CatalogueImport(
        Catalogue.of(units.value(), agencies.value(), procedures.value()),
        units.report(),
        agencies.report(),
        procedures.report());
  }

  private static RunException headerFailure(
      CsvHeaderException e, InputFile file, ImportOptions options) {
    ImmutableList.Builder<Function<Locale, String>> lines = ImmutableList.builder();
    lines.add(e::message);
    for (Phrase hint : Sniffer.hints(e, file, options.charset(), options.delimiter())) {
      lines.add(hint::in);
    }
    return new RunException(Main.UNREADABLE, lines.build());
  }

  /** The likely causes of the dossier rejections, with the option that fixes each. */
  private static ImmutableList<Phrase> hints(
      RejectionTally tally, InputFile file, ImportOptions options) {
    List<Phrase> hints = new ArrayList<>();
    if (tally.has(RejectionReason.INVALID_ENCODING)) {
      hints.add(
          Phrase.of(
              "cli.hint.encoding",
              options.charset().name(),
              file.encodingOption() + " " + Sniffer.WINDOWS_VIETNAMESE,
              "--encoding auto"));
    }
    if (tally.has(RejectionReason.WRONG_COLUMN_COUNT)) {
      hints.add(Phrase.of("cli.hint.columnCount"));
    }
    return ImmutableList.copyOf(hints);
  }

  private @Nullable TargetSet targets() throws IOException, RunException {
    InputFile file = args.targets();
    if (file == null) {
      return null;
    }
    try (Reader in = Files.newBufferedReader(file.path(), charset(file))) {
      return TargetSet.read(in);
    } catch (TargetSetFormatException e) {
      String message = String.valueOf(e.getMessage());
      throw new RunException(
          Main.UNREADABLE,
          ImmutableList.of(line("cli.error.targets", file.path().toString(), message)));
    }
  }

  private KpiReport compute(KpiQuery query) throws UsageException {
    try {
      return query.compute(args.indicators());
    } catch (IllegalStateException e) {
      throw new UsageException("cli.error.query", String.valueOf(e.getMessage()));
    }
  }

  private KpiQuery query(
      DossierImport in, UnitHierarchy hierarchy, @Nullable AdministrativeUnit territory) {
    Iterator<Dossier> once = in.dossiers().iterator();
    Iterable<Dossier> dossiers = () -> once;
    // the import rejected duplicate ids already, or was told not to look (--no-duplicate-check)
    KpiQuery query =
        KpiQuery.over(dossiers, hierarchy)
            .period(args.period())
            .onTimeBy(args.rule())
            .allowDuplicateIds();
    if (territory != null) {
      query = query.within(territory);
    }
    for (String rows : args.by().split(",", -1)) {
      switch (rows.trim()) {
        case "tier" -> query = query.byTier();
        case "unit" -> query = query.byUnit();
        default -> {}
      }
    }
    return query;
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
      throw new UsageException("cli.arg.territory", territory);
    }
    throw new UsageException("cli.arg.territoryAmbiguous", territory, byName.toString());
  }

  private static String fold(String s) {
    return Normalizer.normalize(s.trim(), Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ");
  }
}
