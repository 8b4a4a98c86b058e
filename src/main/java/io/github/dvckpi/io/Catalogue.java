package io.github.dvckpi.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.UnitHierarchy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogues (danh mục) a dossier export refers to: administrative units, agencies and
 * procedures, by code. Every agency's unit is in the hierarchy; codes are unique.
 *
 * @param units the administrative units
 * @param agencies the agencies by code, in the order given
 * @param procedures the procedures by code, in the order given
 */
public record Catalogue(
    UnitHierarchy units,
    ImmutableMap<String, Agency> agencies,
    ImmutableMap<String, Procedure> procedures) {

  /**
   * Validates the catalogue.
   *
   * @param units the units
   * @param agencies the agencies, each under its own code
   * @param procedures the procedures, each under its own code
   * @throws InvalidRecordException if an agency's unit is not in the hierarchy or a map key is not
   *     its value's code
   */
  public Catalogue {
    requireNonNull(units, "units");
    requireNonNull(agencies, "agencies");
    requireNonNull(procedures, "procedures");
    agencies.forEach(
        (code, agency) -> {
          if (!code.equals(agency.code())) {
            throw new InvalidRecordException(
                "Agency", agency.code(), "code", "is filed as " + code);
          }
          if (!units.contains(agency.unitCode())) {
            throw new InvalidRecordException(
                "Agency",
                agency.code(),
                "unitCode",
                "names an unknown unit \"" + agency.unitCode() + "\"");
          }
        });
    procedures.forEach(
        (code, procedure) -> {
          if (!code.equals(procedure.code())) {
            throw new InvalidRecordException(
                "Procedure", procedure.code(), "code", "is filed as " + code);
          }
        });
  }

  /**
   * A catalogue of units, agencies and procedures.
   *
   * @param units the units
   * @param agencies the agencies
   * @param procedures the procedures
   * @return the catalogue
   * @throws InvalidRecordException if a code is used twice or an agency's unit is unknown
   */
  public static Catalogue of(
      UnitHierarchy units, Iterable<Agency> agencies, Iterable<Procedure> procedures) {
    Map<String, Agency> a = new LinkedHashMap<>();
    for (Agency agency : agencies) {
      if (a.putIfAbsent(agency.code(), agency) != null) {
        throw new InvalidRecordException(
            "Agency", agency.code(), "code", "is used by two agencies");
      }
    }
    Map<String, Procedure> p = new LinkedHashMap<>();
    for (Procedure procedure : procedures) {
      if (p.putIfAbsent(procedure.code(), procedure) != null) {
        throw new InvalidRecordException(
            "Procedure", procedure.code(), "code", "is used by two procedures");
      }
    }
    return new Catalogue(units, ImmutableMap.copyOf(a), ImmutableMap.copyOf(p));
  }

  /**
   * The agency with a code.
   *
   * @param code the code
   * @return the agency, or empty
   */
  public Optional<Agency> agency(String code) {
    return Optional.ofNullable(agencies.get(code));
  }

  /**
   * The procedure with a code.
   *
   * @param code the code
   * @return the procedure, or empty
   */
  public Optional<Procedure> procedure(String code) {
    return Optional.ofNullable(procedures.get(code));
  }

  @Override
  public String toString() {
    return "Catalogue["
        + units.size()
        + " units, "
        + agencies.size()
        + " agencies, "
        + procedures.size()
        + " procedures]";
  }
}
