package io.github.dvckpi.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
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
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The domain generators every property test reuses: a small fixed world (a province, two
 * district-tier units, four commune-tier units, agencies at each tier, a procedure for every
 * combination of service level, fee and result document) and dossiers with consistent dates in
 * 2024.
 */
public final class DomainGen {

  private DomainGen() {}

  /** Hà Tĩnh (42), TP Hà Tĩnh (436) with two wards, TX Kỳ Anh (449) with a ward and a commune. */
  public static final UnitHierarchy HIERARCHY =
      UnitHierarchy.of(
          AdministrativeUnit.root("42", "Hà Tĩnh", UnitKind.PROVINCE),
          AdministrativeUnit.of("436", "TP Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42"),
          AdministrativeUnit.of("449", "TX Kỳ Anh", UnitKind.TOWN, "42"),
          AdministrativeUnit.of("28534", "Phường Thành Sen", UnitKind.WARD, "436"),
          AdministrativeUnit.of("28537", "Phường Trần Phú", UnitKind.WARD, "436"),
          AdministrativeUnit.of("28900", "Phường Hưng Trí", UnitKind.WARD, "449"),
          AdministrativeUnit.of("28903", "Xã Kỳ Ninh", UnitKind.COMMUNE, "449"));

  /** Agencies: two provincial departments, the two district-tier committees, four communes. */
  public static final ImmutableList<Agency> AGENCIES =
      ImmutableList.of(
          Agency.of("STP", "Sở Tư pháp", AdministrativeLevel.PROVINCE, "42"),
          Agency.of("SXD", "Sở Xây dựng", AdministrativeLevel.PROVINCE, "42"),
          Agency.of("UB436", "UBND TP Hà Tĩnh", AdministrativeLevel.DISTRICT, "436"),
          Agency.of("UB449", "UBND TX Kỳ Anh", AdministrativeLevel.DISTRICT, "449"),
          Agency.of("UB28534", "UBND Phường Thành Sen", AdministrativeLevel.COMMUNE, "28534"),
          Agency.of("UB28537", "UBND Phường Trần Phú", AdministrativeLevel.COMMUNE, "28537"),
          Agency.of("UB28900", "UBND Phường Hưng Trí", AdministrativeLevel.COMMUNE, "28900"),
          Agency.of("UB28903", "UBND Xã Kỳ Ninh", AdministrativeLevel.COMMUNE, "28903"));

  /** One procedure for every combination of service level, fee and result document. */
  public static final ImmutableList<Procedure> PROCEDURES = procedures();

  private static ImmutableList<Procedure> procedures() {
    ImmutableList.Builder<Procedure> out = ImmutableList.builder();
    int n = 0;
    for (ServiceLevel level : ServiceLevel.values()) {
      for (boolean fee : new boolean[] {false, true}) {
        for (boolean result : new boolean[] {false, true}) {
          n++;
          out.add(Procedure.of("1." + n, "Thủ tục " + n, level, fee, result));
        }
      }
    }
    return out.build();
  }

  /** The first day dossiers are received. */
  public static final LocalDate START = LocalDate.of(2024, 1, 1);

  /**
   * Any period within 2024 and a little beyond.
   *
   * @return ranges of 1 to 400 days starting in 2024
   */
  public static Gen<DateRange> periods() {
    return integers()
        .between(0, 365)
        .zip(
            integers().between(0, 400),
            (a, len) -> DateRange.of(START.plusDays(a), START.plusDays(a + len)));
  }

  /**
   * Dossiers with consistent dates and flags, ids {@code HS-<n>} not necessarily unique.
   *
   * @return the generator
   */
  public static Gen<Dossier> dossiers() {
    Gen<Integer> agency = integers().between(0, AGENCIES.size() - 1);
    Gen<Integer> procedure = integers().between(0, PROCEDURES.size() - 1);
    Gen<Integer> channel = integers().between(0, Channel.values().length - 1);
    Gen<Integer> day = integers().between(0, 400);
    Gen<Integer> span = integers().between(0, 30);
    Gen<Integer> resolution = integers().between(-1, 45);
    Gen<Integer> outcome = integers().between(0, Outcome.values().length - 1);
    Gen<Boolean> flag = booleans().all();
    Gen<Long> fee = longs().between(0, 500_000);
    Gen<Integer> id = integers().between(0, 1_000_000);
    return in -> {
      Procedure p = PROCEDURES.get(procedure.generate(in));
      LocalDate received = START.plusDays(day.generate(in));
      Dossier.Builder b =
          Dossier.builder()
              .id("HS-" + id.generate(in))
              .agency(AGENCIES.get(agency.generate(in)))
              .procedure(p)
              .channel(Channel.values()[channel.generate(in)])
              .receivedOn(received)
              .dueOn(received.plusDays(span.generate(in)))
              .intakeDigitized(flag.generate(in));
      int resolvedAfter = resolution.generate(in);
      Outcome o = Outcome.values()[outcome.generate(in)];
      if (resolvedAfter >= 0) {
        b.resolved(received.plusDays(resolvedAfter), o);
        if (o == Outcome.GRANTED && p.issuesResult()) {
          b.resultDigitized(flag.generate(in));
        }
      }
      if (p.chargesFee()) {
        long f = fee.generate(in);
        b.fee(f);
        b.paidOnline(f > 0 && flag.generate(in));
      }
      return b.build();
    };
  }

  /**
   * Lists of 0 to {@code max} dossiers.
   *
   * @param max the largest size
   * @return the generator
   */
  public static Gen<List<Dossier>> dossierLists(int max) {
    Gen<Integer> size = integers().between(0, max);
    Gen<Dossier> one = dossiers();
    return in -> {
      int n = size.generate(in);
      List<Dossier> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(one.generate(in));
      }
      return out;
    };
  }

  /**
   * Tallies of generated dossiers over the whole of 2024.
   *
   * @return the generator
   */
  public static Gen<Tally> tallies() {
    DateRange year = DateRange.of(START, LocalDate.of(2024, 12, 31));
    return dossierLists(60).map(list -> Tally.of(list, year));
  }

  /**
   * Rates with denominators up to {@code maxDenominator}, including the undefined rate.
   *
   * @param maxDenominator the largest denominator
   * @return the generator
   */
  public static Gen<Rate> rates(long maxDenominator) {
    return ratesFrom(0, maxDenominator);
  }

  private static Gen<Rate> ratesFrom(long minDenominator, long maxDenominator) {
    Gen<Long> d = longs().between(minDenominator, maxDenominator);
    Gen<Long> fraction = longs().between(0, Long.MAX_VALUE);
    return in -> {
      long den = d.generate(in);
      long num = den == 0 ? 0 : Math.floorMod(fraction.generate(in), den + 1);
      return Rate.of(num, den);
    };
  }

  /**
   * Defined rates (denominator at least 1) with denominators up to {@code maxDenominator}.
   *
   * @param maxDenominator the largest denominator, at least 1
   * @return the generator
   */
  public static Gen<Rate> definedRates(long maxDenominator) {
    return ratesFrom(1, maxDenominator);
  }
}
