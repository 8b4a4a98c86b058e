package io.github.dvckpi.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dvckpi.audit.AuditResult;
import io.github.dvckpi.audit.Finding;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import io.github.dvckpi.target.Direction;
import io.github.dvckpi.target.Evaluation;
import io.github.dvckpi.target.Judgement;
import io.github.dvckpi.target.Target;
import io.github.dvckpi.target.TargetSet;
import io.github.dvckpi.target.Threshold;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON shape of every type, written to a {@link JsonGenerator} and read from a {@link JsonNode}
 * (docs/json.md documents it). Writing never uses a floating-point number: counts are JSON
 * integers, percents and gaps decimal strings. Optional values are written as {@code null}; on
 * reading, an absent field and {@code null} both mean "none". Fields derived from others (a rate's
 * percent, an evaluation's verdict, gap and shortfall, an audit's consistency) are written for
 * readers and, when present on reading, must agree with what the library computes from the rest.
 */
final class Shapes {

  /** The period of the one-row report an evaluation of a report row is rebuilt from. */
  private static final ReportingPeriod ANY_PERIOD = ReportingPeriod.year(2000);

  private Shapes() {}

  // ------------------------------------------------------------------ Rate

  static void writeRate(JsonGenerator gen, Rate rate) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("numerator", rate.numerator());
    gen.writeNumberField("denominator", rate.denominator());
    gen.writeFieldName("percent");
    if (rate.isUndefined()) {
      gen.writeNull();
    } else {
      gen.writeString(percent(rate, RateFormat.DEFAULT_SCALE).toPlainString());
    }
    gen.writeEndObject();
  }

  static Rate readRate(JsonNode node) {
    requireObject(node, "a rate");
    long numerator = requiredLong(node, "numerator");
    long denominator = requiredLong(node, "denominator");
    Rate rate;
    try {
      rate = Rate.of(numerator, denominator);
    } catch (IllegalArgumentException e) {
      throw new ShapeException(e.getMessage(), e);
    }
    JsonNode percent = node.get("percent");
    if (percent != null && !percent.isNull()) {
      if (rate.isUndefined()) {
        throw new ShapeException(
            "the rate 0/0 is undefined and has no percent, but \"percent\" is " + percent);
      }
      BigDecimal given = decimal(percent, "percent");
      if (given.scale() < 0 || given.scale() > 30) {
        throw new ShapeException(
            "\"percent\" " + percent + " must have 0 to 30 decimals, as a report shows them");
      }
      BigDecimal expected = percent(rate, given.scale());
      if (!given.equals(expected)) {
        throw new ShapeException(
            "\"percent\" is "
                + percent
                + " but "
                + numerator
                + "/"
                + denominator
                + " is "
                + expected.toPlainString()
                + "% ("
                + RateFormat.DEFAULT_ROUNDING
                + ")");
      }
    } else if (percent != null && !rate.isUndefined()) {
      throw new ShapeException(
          "\"percent\" is null, which only the undefined rate 0/0 has, but the counts are "
              + numerator
              + "/"
              + denominator);
    }
    return rate;
  }

  private static BigDecimal percent(Rate rate, int scale) {
    return rate.percent(scale, RateFormat.DEFAULT_ROUNDING);
  }

  // ------------------------------------------------------------------ Tally

  static void writeTally(JsonGenerator gen, Tally tally) throws IOException {
    gen.writeStartObject();
    for (Counter counter : Counter.values()) {
      gen.writeNumberField(counter.name(), tally.count(counter));
    }
    gen.writeEndObject();
  }

  static Tally readTally(JsonNode node) {
    requireObject(node, "a tally");
    Tally tally = Tally.empty();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      Counter counter = constant(Counter.values(), field.getKey(), "a tally's counter");
      long value = asLong(field.getValue(), field.getKey());
      if (value < 0) {
        throw new ShapeException("counter " + field.getKey() + " is negative: " + value);
      }
      tally = tally.with(counter, value);
    }
    return tally;
  }

  // ------------------------------------------------------------------ units, scopes, periods

  static void writeUnit(JsonGenerator gen, AdministrativeUnit unit) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("code", unit.code());
    gen.writeStringField("name", unit.name());
    gen.writeStringField("kind", unit.kind().name());
    gen.writeFieldName("parent");
    writeOptionalString(gen, unit.parentCode());
    gen.writeEndObject();
  }

  static AdministrativeUnit readUnit(JsonNode node) {
    requireObject(node, "a unit");
    return new AdministrativeUnit(
        requiredText(node, "code"),
        requiredText(node, "name"),
        constant(UnitKind.values(), requiredText(node, "kind"), "a unit's kind"),
        optionalText(node, "parent"));
  }

  static void writeScope(JsonGenerator gen, Scope scope) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("code", scope.code());
    if (scope instanceof Scope.Tier tier) {
      gen.writeStringField("tier", tier.level().name());
    } else if (scope instanceof Scope.Unit unit) {
      gen.writeFieldName("unit");
      writeUnit(gen, unit.unit());
    } else if (scope instanceof Scope.OwnAgencies own) {
      gen.writeFieldName("unit");
      writeUnit(gen, own.unit());
    }
    gen.writeEndObject();
  }

  static Scope readScope(JsonNode node) {
    requireObject(node, "a scope");
    String code = requiredText(node, "code");
    Scope scope;
    if (code.equals("total")) {
      scope = Scope.total();
    } else if (code.startsWith("tier:")) {
      JsonNode tier = node.get("tier");
      String level = tier == null || tier.isNull() ? code.substring(5) : text(tier, "tier");
      scope = Scope.tier(constant(AdministrativeLevel.values(), level, "a tier"));
    } else if (code.startsWith("unit:") || code.startsWith("own:")) {
      AdministrativeUnit unit = readUnit(required(node, "unit"));
      scope = code.startsWith("unit:") ? Scope.unit(unit) : Scope.ownAgencies(unit);
    } else {
      throw new ShapeException(
          "scope \"" + code + "\" is none of tier:LEVEL, own:CODE, unit:CODE, total");
    }
    if (!scope.code().equals(code)) {
      throw new ShapeException(
          "scope \"" + code + "\" does not match its content, which is " + scope.code());
    }
    return scope;
  }

  static void writePeriod(JsonGenerator gen, ReportingPeriod period) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("code", period.toString());
    gen.writeStringField("first", period.first().toString());
    gen.writeStringField("last", period.last().toString());
    gen.writeEndObject();
  }

  static ReportingPeriod readPeriod(JsonNode node) {
    requireObject(node, "a reporting period");
    ReportingPeriod period = ReportingPeriod.parse(requiredText(node, "code"));
    checkDerived(node, "first", period.first().toString());
    checkDerived(node, "last", period.last().toString());
    return period;
  }

  static void writeRange(JsonGenerator gen, DateRange range) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("first", range.first().toString());
    gen.writeStringField("last", range.last().toString());
    gen.writeEndObject();
  }

  static DateRange readRange(JsonNode node) {
    requireObject(node, "a date range");
    return DateRange.of(date(node, "first"), date(node, "last"));
  }

  static Indicator readIndicator(JsonNode node) {
    return indicator(text(node, "indicator"));
  }

  static Indicator indicator(String key) {
    try {
      return Indicator.fromKey(key);
    } catch (IllegalArgumentException e) {
      throw new ShapeException(e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ KpiReport

  static void writeReport(JsonGenerator gen, KpiReport report) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName("period");
    writePeriod(gen, report.period());
    gen.writeFieldName("territory");
    if (report.territory().isPresent()) {
      writeUnit(gen, report.territory().get());
    } else {
      gen.writeNull();
    }
    gen.writeArrayFieldStart("indicators");
    for (Indicator indicator : report.indicators()) {
      gen.writeString(indicator.key());
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("rows");
    for (Scope scope : report.scopes()) {
      gen.writeStartObject();
      gen.writeFieldName("scope");
      writeScope(gen, scope);
      gen.writeObjectFieldStart("rates");
      for (Map.Entry<Indicator, Rate> cell : report.row(scope).entrySet()) {
        gen.writeFieldName(cell.getKey().key());
        writeRate(gen, cell.getValue());
      }
      gen.writeEndObject();
      gen.writeFieldName("tally");
      Optional<Tally> tally = report.tally(scope);
      if (tally.isPresent()) {
        writeTally(gen, tally.get());
      } else {
        gen.writeNull();
      }
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  static KpiReport readReport(JsonNode node) {
    requireObject(node, "a report");
    KpiReport.Builder builder = KpiReport.builder(readPeriod(required(node, "period")));
    JsonNode territory = node.get("territory");
    if (territory != null && !territory.isNull()) {
      builder.territory(readUnit(territory));
    }
    List<Indicator> indicators = new ArrayList<>();
    for (JsonNode key : array(node, "indicators")) {
      indicators.add(indicator(text(key, "indicators")));
    }
    builder.indicators(indicators);
    for (JsonNode row : array(node, "rows")) {
      requireObject(row, "a report row");
      Scope scope = readScope(required(row, "scope"));
      JsonNode rates = required(row, "rates");
      requireObject(rates, "a row's rates");
      JsonNode tallyNode = row.get("tally");
      if (tallyNode != null && !tallyNode.isNull()) {
        Tally tally = readTally(tallyNode);
        for (Map.Entry<String, JsonNode> cell : rates.properties()) {
          Indicator indicator = indicator(cell.getKey());
          Rate given = readRate(cell.getValue());
          if (!indicators.contains(indicator) || !tally.rate(indicator).equals(given)) {
            throw new ShapeException(
                "row "
                    + scope.code()
                    + ": the rate of "
                    + indicator.key()
                    + " is "
                    + given
                    + " but its tally gives "
                    + tally.rate(indicator));
          }
        }
        builder.row(scope, tally);
      } else {
        for (Indicator indicator : indicators) {
          JsonNode cell = rates.get(indicator.key());
          if (cell == null) {
            throw new ShapeException(
                "row " + scope.code() + " has no rate for " + indicator.key() + " and no tally");
          }
          builder.put(scope, indicator, readRate(cell));
        }
        if (rates.size() != indicators.size()) {
          throw new ShapeException(
              "row " + scope.code() + " has rates of indicators the report does not list");
        }
      }
    }
    return builder.build();
  }

  // ------------------------------------------------------------------ targets

  static void writeJudgement(JsonGenerator gen, Judgement judgement) throws IOException {
    gen.writeStartObject();
    if (judgement.isExact()) {
      gen.writeStringField("kind", "exact");
    } else {
      gen.writeStringField("kind", "published");
      gen.writeNumberField("scale", judgement.scale());
      gen.writeStringField("rounding", judgement.roundingMode().name());
    }
    gen.writeEndObject();
  }

  static Judgement readJudgement(JsonNode node) {
    requireObject(node, "a judgement");
    String kind = requiredText(node, "kind");
    if (kind.equals("exact")) {
      return Judgement.exact();
    }
    if (kind.equals("published")) {
      long scale = requiredLong(node, "scale");
      if (scale < 0 || scale > 30) {
        throw new ShapeException("a published judgement's scale is 0 to 30, got " + scale);
      }
      return Judgement.published(
          (int) scale,
          constant(RoundingMode.values(), requiredText(node, "rounding"), "a rounding mode"));
    }
    throw new ShapeException("a judgement's kind is \"exact\" or \"published\", got " + kind);
  }

  static void writeTarget(JsonGenerator gen, Target target) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("indicator", target.indicator().key());
    gen.writeStringField("direction", target.direction().name());
    gen.writeStringField("threshold", target.threshold().percent().toPlainString());
    gen.writeArrayFieldStart("tiers");
    for (AdministrativeLevel tier : target.tiers()) {
      gen.writeString(tier.name());
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("units");
    for (String unit : target.units()) {
      gen.writeString(unit);
    }
    gen.writeEndArray();
    gen.writeFieldName("period");
    if (target.period().isPresent()) {
      writeRange(gen, target.period().get());
    } else {
      gen.writeNull();
    }
    gen.writeFieldName("source");
    writeOptionalString(gen, target.source());
    gen.writeFieldName("judgement");
    writeJudgement(gen, target.judgement());
    gen.writeEndObject();
  }

  static Target readTarget(JsonNode node) {
    requireObject(node, "a target");
    Target target =
        Target.of(
            indicator(requiredText(node, "indicator")),
            constant(Direction.values(), requiredText(node, "direction"), "a direction"),
            Threshold.ofPercent(decimal(required(node, "threshold"), "threshold")));
    Set<AdministrativeLevel> tiers = EnumSet.noneOf(AdministrativeLevel.class);
    for (JsonNode tier : optionalArray(node, "tiers")) {
      tiers.add(constant(AdministrativeLevel.values(), text(tier, "tiers"), "a tier"));
    }
    List<String> units = new ArrayList<>();
    for (JsonNode unit : optionalArray(node, "units")) {
      units.add(text(unit, "units"));
    }
    target = target.forTiers(tiers).forUnits(units);
    JsonNode period = node.get("period");
    if (period != null && !period.isNull()) {
      target = target.during(readRange(period));
    }
    Optional<String> source = optionalText(node, "source");
    if (source.isPresent()) {
      target = target.setBy(source.get());
    }
    JsonNode judgement = node.get("judgement");
    if (judgement != null && !judgement.isNull()) {
      target = target.judgedOn(readJudgement(judgement));
    }
    return target;
  }

  static void writeTargetSet(JsonGenerator gen, TargetSet set) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("name", set.name());
    gen.writeFieldName("source");
    writeOptionalString(gen, set.source());
    gen.writeArrayFieldStart("notes");
    for (String note : set.notes()) {
      gen.writeString(note);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("targets");
    for (Target target : set.targets()) {
      writeTarget(gen, target);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  static TargetSet readTargetSet(JsonNode node) {
    requireObject(node, "a target set");
    TargetSet.Builder builder = TargetSet.builder(requiredText(node, "name"));
    optionalText(node, "source").ifPresent(builder::source);
    for (JsonNode note : optionalArray(node, "notes")) {
      builder.note(text(note, "notes"));
    }
    for (JsonNode target : array(node, "targets")) {
      builder.add(readTarget(target));
    }
    return builder.build();
  }

  // ------------------------------------------------------------------ Evaluation

  static void writeEvaluation(JsonGenerator gen, Evaluation evaluation) throws IOException {
    gen.writeStartObject();
    gen.writeFieldName("target");
    writeTarget(gen, evaluation.target());
    gen.writeFieldName("rate");
    writeRate(gen, evaluation.rate());
    gen.writeFieldName("scope");
    if (evaluation.scope().isPresent()) {
      writeScope(gen, evaluation.scope().get());
    } else {
      gen.writeNull();
    }
    gen.writeFieldName("territory");
    if (evaluation.territory().isPresent()) {
      writeUnit(gen, evaluation.territory().get());
    } else {
      gen.writeNull();
    }
    gen.writeFieldName("judgement");
    writeJudgement(gen, evaluation.judgement());
    for (Map.Entry<String, String> derived : derived(evaluation).entrySet()) {
      gen.writeFieldName(derived.getKey());
      String value = derived.getValue();
      if (value == null) {
        gen.writeNull();
      } else if (derived.getKey().equals("shortfall")
          || derived.getKey().equals("moreSuccessfulNewDossiers")) {
        gen.writeNumber(new BigInteger(value));
      } else {
        gen.writeString(value);
      }
    }
    gen.writeObjectFieldStart("message");
    gen.writeStringField("vi", evaluation.message(RateFormat.VIETNAMESE));
    gen.writeStringField("en", evaluation.message(RateFormat.ENGLISH));
    gen.writeEndObject();
    gen.writeEndObject();
  }

  /** The fields an evaluation derives from its target, rate and judgement, in writing order. */
  private static Map<String, String> derived(Evaluation e) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("verdict", e.verdict().name());
    out.put("exactVerdict", e.exactVerdict().name());
    out.put("publishedPercent", e.publishedPercent().map(BigDecimal::toPlainString).orElse(null));
    out.put("gap", e.hasData() ? e.gap().toPlainString() : null);
    out.put("shortfall", e.hasData() ? Long.toString(e.shortfall()) : null);
    out.put(
        "moreSuccessfulNewDossiers",
        e.hasData() ? e.moreSuccessfulNewDossiers().map(BigInteger::toString).orElse(null) : null);
    return out;
  }

  static Evaluation readEvaluation(JsonNode node) {
    requireObject(node, "an evaluation");
    Target target = readTarget(required(node, "target"));
    Rate rate = readRate(required(node, "rate"));
    JsonNode judgementNode = node.get("judgement");
    Judgement judgement =
        judgementNode == null || judgementNode.isNull()
            ? target.judgement()
            : readJudgement(judgementNode);
    JsonNode scopeNode = node.get("scope");
    JsonNode territoryNode = node.get("territory");
    Evaluation evaluation;
    if (scopeNode == null || scopeNode.isNull()) {
      if (territoryNode != null && !territoryNode.isNull()) {
        throw new ShapeException("an evaluation with a territory needs the scope of its row");
      }
      evaluation = target.evaluate(rate, judgement);
    } else {
      if (!judgement.equals(target.judgement())) {
        throw new ShapeException(
            "an evaluation of a report row is judged as its target is ("
                + target.judgement()
                + "), but \"judgement\" is "
                + judgement);
      }
      // Target.evaluate(KpiReport, Scope) is how the library records a row's scope and territory:
      // the evaluation is rebuilt from a report of that one row (the period is not part of an
      // evaluation), which also checks that the scope fits the territory.
      Scope scope = readScope(scopeNode);
      KpiReport.Builder report =
          KpiReport.builder(ANY_PERIOD)
              .indicators(target.indicator())
              .put(scope, target.indicator(), rate);
      if (territoryNode != null && !territoryNode.isNull()) {
        report.territory(readUnit(territoryNode));
      }
      evaluation = target.evaluate(report.build(), scope);
    }
    for (Map.Entry<String, String> derived : derived(evaluation).entrySet()) {
      checkDerived(node, derived.getKey(), derived.getValue());
    }
    return evaluation;
  }

  // ------------------------------------------------------------------ AuditResult

  static void writeFinding(JsonGenerator gen, Finding finding) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("kind", finding.kind().name());
    gen.writeStringField("severity", finding.severity().name());
    gen.writeStringField("vietnamese", finding.vietnamese());
    gen.writeStringField("english", finding.english());
    gen.writeEndObject();
  }

  static Finding readFinding(JsonNode node) {
    requireObject(node, "a finding");
    return new Finding(
        constant(Finding.Kind.values(), requiredText(node, "kind"), "a finding's kind"),
        constant(Finding.Severity.values(), requiredText(node, "severity"), "a severity"),
        requiredText(node, "vietnamese"),
        requiredText(node, "english"));
  }

  static void writeAudit(JsonGenerator gen, AuditResult result) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("check", result.check());
    gen.writeBooleanField("consistent", result.isConsistent());
    gen.writeArrayFieldStart("findings");
    for (Finding finding : result.findings()) {
      writeFinding(gen, finding);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  static AuditResult readAudit(JsonNode node) {
    requireObject(node, "an audit result");
    List<Finding> findings = new ArrayList<>();
    for (JsonNode finding : array(node, "findings")) {
      findings.add(readFinding(finding));
    }
    AuditResult result = new AuditResult(requiredText(node, "check"), findings);
    checkDerived(node, "consistent", Boolean.toString(result.isConsistent()));
    return result;
  }

  // ------------------------------------------------------------------ helpers

  private static void writeOptionalString(JsonGenerator gen, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      gen.writeString(value.get());
    } else {
      gen.writeNull();
    }
  }

  /** A derived field, when present, must be what the library computes (null for none). */
  private static void checkDerived(JsonNode node, String field, String expected) {
    JsonNode given = node.get(field);
    if (given == null) {
      return;
    }
    boolean agrees =
        given.isNull() ? expected == null : expected != null && given.asText().equals(expected);
    if (!agrees) {
      throw new ShapeException(
          "\""
              + field
              + "\" is "
              + given
              + " but the other fields give "
              + (expected == null ? "null" : expected));
    }
  }

  private static void requireObject(JsonNode node, String what) {
    if (!node.isObject()) {
      throw new ShapeException(what + " is a JSON object, got " + node);
    }
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new ShapeException("missing field \"" + field + "\"");
    }
    return value;
  }

  private static String requiredText(JsonNode node, String field) {
    return text(required(node, field), field);
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(text(value, field));
  }

  private static String text(JsonNode value, String field) {
    if (!value.isTextual()) {
      throw new ShapeException("\"" + field + "\" is a string, got " + value);
    }
    return value.asText();
  }

  private static long requiredLong(JsonNode node, String field) {
    return asLong(required(node, field), field);
  }

  /**
   * A count: a JSON integer, or an integer in a string as clients write numbers beyond 2^53 (and as
   * a mapper with {@code WRITE_NUMBERS_AS_STRINGS} writes every number).
   */
  private static long asLong(JsonNode value, String field) {
    if (value.isTextual() && value.asText().matches("-?[0-9]{1,19}")) {
      try {
        return Long.parseLong(value.asText());
      } catch (NumberFormatException e) {
        throw new ShapeException("\"" + field + "\" is beyond a count's range: " + value, e);
      }
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new ShapeException("\"" + field + "\" is an integer (a count), got " + value);
    }
    return value.longValue();
  }

  private static BigDecimal decimal(JsonNode value, String field) {
    if (!value.isTextual()) {
      throw new ShapeException(
          "\"" + field + "\" is a decimal in a string, such as \"99.79\", got " + value);
    }
    try {
      return new BigDecimal(value.asText());
    } catch (NumberFormatException e) {
      throw new ShapeException("\"" + field + "\" is a decimal such as \"99.79\", got " + value, e);
    }
  }

  private static LocalDate date(JsonNode node, String field) {
    String text = requiredText(node, field);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ShapeException("\"" + field + "\" is a date such as 2024-11-14, got " + text, e);
    }
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isArray()) {
      throw new ShapeException("\"" + field + "\" is an array, got " + value);
    }
    return value;
  }

  private static Iterable<JsonNode> optionalArray(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? List.of() : array(node, field);
  }

  private static <E extends Enum<E>> E constant(E[] values, String name, String what) {
    for (E constant : values) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    StringBuilder known = new StringBuilder();
    for (E constant : values) {
      known.append(known.length() == 0 ? "" : ", ").append(constant.name());
    }
    throw new ShapeException(what + " is one of " + known + ", got \"" + name + "\"");
  }
}
