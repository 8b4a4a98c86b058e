package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The unit hierarchies of a territory over time, each with its validity period, and the links from
 * each to the next: which hierarchy was valid on a day, which unit a code was on a day, and how the
 * units of one day became those of another.
 *
 * <p>Checked when built: the periods follow each other without gap or overlap (each starts the day
 * after the previous one ends), only the last may be open-ended, and the links of each change are
 * checked against its two hierarchies ({@link UnitLinks#checkAgainst(UnitHierarchy,
 * UnitHierarchy)}): every old unit goes somewhere or is declared gone, every new unit lists its old
 * parts. Links only go from a hierarchy to the next one in time, so they cannot form a cycle.
 *
 * <p>Immutable and thread-safe.
 */
public final class HierarchyHistory {

  private final String territory;
  private final ImmutableList<DatedHierarchy> periods;
  private final ImmutableList<UnitLinks> changes;

  private HierarchyHistory(
      String territory, ImmutableList<DatedHierarchy> periods, ImmutableList<UnitLinks> changes) {
    this.territory = territory;
    this.periods = periods;
    this.changes = changes;
  }

  /**
   * A history.
   *
   * @param territory the territory's name, e.g. {@code Hà Tĩnh}
   * @param periods the dated hierarchies, oldest first
   * @param changes the links from each hierarchy to the next: one fewer than the periods
   * @return the history
   * @throws IllegalArgumentException if there is no period, the periods leave a gap or overlap, a
   *     period before the last is open-ended, the number of links is not one fewer than the
   *     periods, or links fail their checks; the message names the periods
   */
  public static HierarchyHistory of(
      String territory, List<DatedHierarchy> periods, List<UnitLinks> changes) {
    requireNonNull(territory, "territory");
    ImmutableList<DatedHierarchy> ps = ImmutableList.copyOf(periods);
    ImmutableList<UnitLinks> cs = ImmutableList.copyOf(changes);
    if (ps.isEmpty()) {
      throw new IllegalArgumentException("a history of " + territory + " needs a hierarchy");
    }
    if (cs.size() != ps.size() - 1) {
      throw new IllegalArgumentException(
          "a history of "
              + ps.size()
              + " hierarchies needs "
              + (ps.size() - 1)
              + " sets of links, one per change; got "
              + cs.size());
    }
    for (int i = 1; i < ps.size(); i++) {
      DatedHierarchy before = ps.get(i - 1);
      DatedHierarchy after = ps.get(i);
      if (before.last().isEmpty()) {
        throw new IllegalArgumentException(
            "hierarchy " + before + " is open-ended but " + after + " follows it");
      }
      LocalDate expected = before.last().get().plusDays(1);
      if (!after.first().equals(expected)) {
        throw new IllegalArgumentException(
            "hierarchy "
                + after
                + " must start on "
                + expected
                + ", the day after "
                + before
                + " ends ("
                + (after.first().isBefore(expected) ? "they overlap" : "they leave a gap")
                + ")");
      }
      try {
        cs.get(i - 1).checkAgainst(before.hierarchy(), after.hierarchy());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "the links from " + before.label() + " to " + after.label() + ": " + e.getMessage(), e);
      }
    }
    return new HierarchyHistory(territory, ps, cs);
  }

  /**
   * A history of one hierarchy that never changes.
   *
   * @param territory the territory's name
   * @param period the one dated hierarchy
   * @return the history
   */
  public static HierarchyHistory of(String territory, DatedHierarchy period) {
    return of(territory, ImmutableList.of(period), ImmutableList.of());
  }

  /**
   * The territory's name.
   *
   * @return e.g. {@code Hà Tĩnh}
   */
  public String territory() {
    return territory;
  }

  /**
   * The dated hierarchies, oldest first.
   *
   * @return the periods
   */
  public ImmutableList<DatedHierarchy> periods() {
    return periods;
  }

  /**
   * The hierarchy valid on a day.
   *
   * @param date the day
   * @return the hierarchy
   * @throws IllegalArgumentException if no hierarchy of the history is valid on that day
   */
  public UnitHierarchy on(LocalDate date) {
    return periodOn(date).hierarchy();
  }

  /**
   * The dated hierarchy valid on a day.
   *
   * @param date the day
   * @return the dated hierarchy
   * @throws IllegalArgumentException if no hierarchy of the history is valid on that day
   */
  public DatedHierarchy periodOn(LocalDate date) {
    return find(date)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no hierarchy of "
                        + territory
                        + " is valid on "
                        + date
                        + "; the history covers "
                        + periods.get(0).first()
                        + " – "
                        + periods
                            .get(periods.size() - 1)
                            .last()
                            .map(LocalDate::toString)
                            .orElse("…")));
  }

  /**
   * The dated hierarchy valid on a day, if any.
   *
   * @param date the day
   * @return the dated hierarchy, or empty outside the history
   */
  public Optional<DatedHierarchy> find(LocalDate date) {
    requireNonNull(date, "date");
    return periods.stream().filter(p -> p.isValidOn(date)).findFirst();
  }

  /**
   * The unit a code named on a day.
   *
   * @param code the unit's code
   * @param date the day
   * @return the unit of the hierarchy valid on that day, or empty if that hierarchy has no such
   *     code or none is valid
   */
  public Optional<AdministrativeUnit> unit(String code, LocalDate date) {
    requireNonNull(code, "code");
    return find(date).flatMap(p -> p.hierarchy().find(code));
  }

  /**
   * The days within a span on which another hierarchy takes over.
   *
   * @param first the span's first day
   * @param last the span's last day
   * @return the first days of the hierarchies that start after {@code first} and on or before
   *     {@code last}, oldest first; empty if one hierarchy covers the whole span
   */
  public ImmutableList<LocalDate> changesWithin(LocalDate first, LocalDate last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    return periods.stream()
        .map(DatedHierarchy::first)
        .filter(d -> d.isAfter(first) && !d.isAfter(last))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The links of each change, oldest first: element {@code i} links period {@code i} to period
   * {@code i + 1}.
   *
   * @return the links
   */
  public ImmutableList<UnitLinks> changes() {
    return changes;
  }

  /**
   * How the units valid on one day became those valid on a later day: the links of every change in
   * between, composed ({@link UnitLinks#then(UnitLinks)}); the identity links if one hierarchy
   * covers both days.
   *
   * @param from the earlier day
   * @param to the later day, not before {@code from}
   * @return the links from the hierarchy on {@code from} to the one on {@code to}
   * @throws IllegalArgumentException if {@code to} precedes {@code from} or a day lies outside the
   *     history
   */
  public UnitLinks links(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("links go forward in time: " + to + " precedes " + from);
    }
    int i = periods.indexOf(periodOn(from));
    int j = periods.indexOf(periodOn(to));
    UnitLinks out = UnitLinks.identity(periods.get(i).hierarchy());
    for (int k = i; k < j; k++) {
      out = out.then(changes.get(k));
    }
    return out;
  }

  @Override
  public String toString() {
    return "HierarchyHistory[" + territory + ": " + periods + "]";
  }
}
