package io.github.dvckpi.jackson;

import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiQuery;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicktheories.core.Gen;

/** Values built with the library's public API, as the README's "Build your own data" does. */
final class Examples {

  static final Locale ENGLISH = RateFormat.ENGLISH;

  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new DvcKpiModule());

  static final AdministrativeUnit PROVINCE =
      AdministrativeUnit.root("42", "Hà Tĩnh", UnitKind.PROVINCE);
  static final AdministrativeUnit CITY =
      AdministrativeUnit.of("436", "TP Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42");
  static final AdministrativeUnit WARD =
      AdministrativeUnit.of("28252", "Phường Trần Phú", UnitKind.WARD, "436");
  static final UnitHierarchy HIERARCHY = UnitHierarchy.of(PROVINCE, CITY, WARD);

  private Examples() {}

  /** The README's ten dossiers: four at the city hall, six at the ward hall, March 2024. */
  static List<Dossier> dossiers() {
    Agency cityHall = Agency.of("UBND-436", "UBND TP Hà Tĩnh", AdministrativeLevel.DISTRICT, "436");
    Agency wardHall =
        Agency.of("UBND-28252", "UBND phường Trần Phú", AdministrativeLevel.COMMUNE, "28252");
    Procedure birth =
        Procedure.of(
            "1.001193",
            "Đăng ký khai sinh",
            ServiceLevel.FULL_ONLINE,
            Procedure.Fee.FREE,
            Procedure.Result.ISSUED);
    List<Dossier> dossiers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      dossiers.add(
          Dossier.builder()
              .id("HS-" + i)
              .procedure(birth)
              .agency(i < 4 ? cityHall : wardHall)
              .channel(i % 3 == 0 ? Channel.COUNTER : Channel.ONLINE)
              .receivedOn(LocalDate.of(2024, 3, 1 + i))
              .dueOn(LocalDate.of(2024, 3, 8 + i))
              .resolved(LocalDate.of(2024, 3, 5 + i), Outcome.GRANTED)
              .resultDigitized(i != 9)
              .build());
    }
    return dossiers;
  }

  /** The README's query over its dossiers, for March 2024, before the rows are chosen. */
  static KpiQuery query() {
    return Kpi.over(dossiers(), HIERARCHY).period(ReportingPeriod.month(2024, 3));
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rates over the whole range of counts, undefined included. */
  static Gen<Rate> rates() {
    Gen<Long> a = longs().between(0, Long.MAX_VALUE);
    Gen<Long> b = longs().between(0, Long.MAX_VALUE);
    Gen<Rate> huge =
        in -> {
          long x = a.generate(in);
          long y = b.generate(in);
          return Rate.of(Math.min(x, y), Math.max(x, y));
        };
    Gen<Rate> small =
        in -> {
          long x = longs().between(0, 20_000).generate(in);
          long y = longs().between(0, 20_000).generate(in);
          return Rate.of(Math.min(x, y), Math.max(x, y));
        };
    return huge.mix(small, 50).mix(in -> Rate.undefined(), 5);
  }
}
