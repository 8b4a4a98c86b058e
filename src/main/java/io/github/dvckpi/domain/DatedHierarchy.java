package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A unit hierarchy with the days it is valid on: from a first day to a last day, or open-ended.
 *
 * @param label a short name of the hierarchy, e.g. {@code Hà Tĩnh 2024 (13 huyện, 216 xã)}
 * @param first the first day it is valid on
 * @param last the last day it is valid on, inclusive; empty while still in force
 * @param hierarchy the units
 * @param certainty how sure the bundled source is
 */
public record DatedHierarchy(
    String label,
    LocalDate first,
    Optional<LocalDate> last,
    UnitHierarchy hierarchy,
    Certainty certainty) {

  /**
   * Validates the period.
   *
   * @param label not blank
   * @param first the first day
   * @param last the last day, not before {@code first}, or empty
   * @param hierarchy the units
   * @param certainty the certainty of the source
   * @throws IllegalArgumentException if the label is blank or the last day precedes the first
   */
  public DatedHierarchy {
    requireNonNull(label, "label");
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(certainty, "certainty");
    if (label.isBlank()) {
      throw new IllegalArgumentException("a dated hierarchy needs a label");
    }
    if (last.isPresent() && last.get().isBefore(first)) {
      throw new IllegalArgumentException(
          "hierarchy \"" + label + "\" ends on " + last.get() + ", before it starts on " + first);
    }
  }

  /**
   * A hierarchy valid from a first day to a last day, inclusive.
   *
   * @param label the label
   * @param first the first day
   * @param last the last day
   * @param hierarchy the units
   * @param certainty the certainty of the source
   * @return the dated hierarchy
   */
  public static DatedHierarchy between(
      String label, LocalDate first, LocalDate last, UnitHierarchy hierarchy, Certainty certainty) {
    return new DatedHierarchy(label, first, Optional.of(last), hierarchy, certainty);
  }

  /**
   * A hierarchy valid from a day on, still in force.
   *
   * @param label the label
   * @param first the first day
   * @param hierarchy the units
   * @param certainty the certainty of the source
   * @return the dated hierarchy
   */
  public static DatedHierarchy since(
      String label, LocalDate first, UnitHierarchy hierarchy, Certainty certainty) {
    return new DatedHierarchy(label, first, Optional.empty(), hierarchy, certainty);
  }

  /**
   * Whether the hierarchy is valid on a day.
   *
   * @param date the day
   * @return true if {@code first <= date <= last}
   */
  public boolean isValidOn(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(first) && (last.isEmpty() || !date.isAfter(last.get()));
  }

  @Override
  public String toString() {
    return label + " [" + first + " – " + last.map(LocalDate::toString).orElse("…") + "]";
  }
}
