package io.github.dvckpi.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.dvckpi.audit.AuditResult;
import io.github.dvckpi.audit.Finding;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import io.github.dvckpi.target.Evaluation;
import io.github.dvckpi.target.Judgement;
import io.github.dvckpi.target.Target;
import io.github.dvckpi.target.TargetSet;
import java.io.IOException;
import java.util.function.Function;

/**
 * The Jackson 2 module of dvc-kpi: it writes and reads {@link Rate}, {@link KpiReport}, {@link
 * Evaluation}, {@link Target}, {@link TargetSet} and {@link AuditResult}, and their parts {@link
 * Tally}, {@link Scope}, {@link AdministrativeUnit}, {@link ReportingPeriod}, {@link DateRange},
 * {@link Judgement}, {@link Finding} and {@link Indicator} (as its key, also as a map key), so that
 * reading what was written gives an equal value.
 *
 * <p>Register it yourself, or let Jackson find it:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new DvcKpiModule());
 * ObjectMapper found = new ObjectMapper().findAndRegisterModules(); // through ServiceLoader
 * found.writeValueAsString(Rate.of(9979, 10_000));
 * // {"numerator":9979,"denominator":10000,"percent":"99.79"}
 * }</pre>
 *
 * <p>Figures stay exact: counts are JSON integers, percents and gaps are decimal strings (a rate's
 * percent at the reports' 2 decimals, half up; {@code null} for the undefined rate 0/0), never a
 * floating-point number. Fields derived from others — a rate's percent, an evaluation's verdict,
 * gap and shortfall, an audit's consistency — are written for the reader and checked on reading: a
 * JSON whose percent or verdict disagrees with its counts is refused with a {@code
 * JsonMappingException} naming the field, as is any value the library refuses (a numerator above
 * its denominator, rows that do not add up to the total). The shape of each type is documented in
 * {@code docs/json.md}; within a major version fields may be added, never renamed or removed.
 *
 * <p>The module holds no state; one instance may serve any number of mappers.
 */
public final class DvcKpiModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, as {@link #getModuleName()} gives it: {@value}. */
  public static final String NAME = "dvc-kpi";

  /**
   * The module with every serializer and deserializer; {@code ServiceLoader} calls this
   * constructor.
   */
  public DvcKpiModule() {
    super(NAME);
    both(Rate.class, Shapes::writeRate, Shapes::readRate);
    both(Tally.class, Shapes::writeTally, Shapes::readTally);
    both(AdministrativeUnit.class, Shapes::writeUnit, Shapes::readUnit);
    both(Scope.class, Shapes::writeScope, Shapes::readScope);
    both(ReportingPeriod.class, Shapes::writePeriod, Shapes::readPeriod);
    both(DateRange.class, Shapes::writeRange, Shapes::readRange);
    both(KpiReport.class, Shapes::writeReport, Shapes::readReport);
    both(Judgement.class, Shapes::writeJudgement, Shapes::readJudgement);
    both(Target.class, Shapes::writeTarget, Shapes::readTarget);
    both(TargetSet.class, Shapes::writeTargetSet, Shapes::readTargetSet);
    both(Evaluation.class, Shapes::writeEvaluation, Shapes::readEvaluation);
    both(Finding.class, Shapes::writeFinding, Shapes::readFinding);
    both(AuditResult.class, Shapes::writeAudit, Shapes::readAudit);
    both(
        Indicator.class,
        (gen, indicator) -> gen.writeString(indicator.key()),
        Shapes::readIndicator);
    addKeySerializer(Indicator.class, new IndicatorKeySerializer());
    addKeyDeserializer(Indicator.class, new IndicatorKeyDeserializer());
  }

  private <T> void both(
      Class<T> type, ShapeSerializer.Writer<T> writer, Function<JsonNode, T> reader) {
    addSerializer(type, new ShapeSerializer<>(type, writer));
    addDeserializer(type, new ShapeDeserializer<>(type, reader));
  }

  /** An indicator as a map key: its key, e.g. {@code online-submission-eligible}. */
  private static final class IndicatorKeySerializer extends StdSerializer<Indicator> {
    private static final long serialVersionUID = 1L;

    IndicatorKeySerializer() {
      super(Indicator.class);
    }

    @Override
    public void serialize(Indicator value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeFieldName(value.key());
    }
  }

  /** A map key read as an indicator's key (or constant name). */
  private static final class IndicatorKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return Indicator.fromKey(key);
      } catch (IllegalArgumentException e) {
        return ctxt.handleWeirdKey(Indicator.class, key, "%s", e.getMessage());
      }
    }
  }
}
