package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The administrative units of a territory as a forest: lookup by code, parent, ancestors, children
 * and descendants.
 *
 * <p>The hierarchy is checked when built: codes are unique, every parent exists, and there is no
 * cycle. The number of tiers is not fixed: a commune may sit under a district (before 1 July 2025)
 * or directly under a province (since). Hierarchies that differ by date are separate instances.
 *
 * <p>Immutable and thread-safe; units keep the order in which they were given.
 */
public final class UnitHierarchy {

  private final ImmutableMap<String, AdministrativeUnit> units;
  private final ImmutableListMultimap<String, AdministrativeUnit> children;
  private final ImmutableMap<String, ImmutableSet<String>> ancestorsAndSelf;

  private UnitHierarchy(
      ImmutableMap<String, AdministrativeUnit> units,
      ImmutableListMultimap<String, AdministrativeUnit> children,
      ImmutableMap<String, ImmutableSet<String>> ancestorsAndSelf) {
    this.units = units;
    this.children = children;
    this.ancestorsAndSelf = ancestorsAndSelf;
  }

  /**
   * A hierarchy of the given units.
   *
   * @param units the units, in any order
   * @return the hierarchy
   * @throws InvalidRecordException if a code is duplicated, a parent is unknown, a parent's level
   *     is not above its child's (a province under a ward), or the parents form a cycle; the
   *     message names the unit
   */
  public static UnitHierarchy of(Iterable<AdministrativeUnit> units) {
    Map<String, AdministrativeUnit> byCode = new LinkedHashMap<>();
    for (AdministrativeUnit unit : units) {
      requireNonNull(unit, "unit");
      if (byCode.putIfAbsent(unit.code(), unit) != null) {
        throw new InvalidRecordException(
            "AdministrativeUnit", unit.code(), "code", "is used by two units");
      }
    }
    ImmutableListMultimap.Builder<String, AdministrativeUnit> children =
        ImmutableListMultimap.builder();
    ImmutableMap.Builder<String, ImmutableSet<String>> ancestors = ImmutableMap.builder();
    for (AdministrativeUnit unit : byCode.values()) {
      ImmutableSet.Builder<String> chain = ImmutableSet.builder();
      Set<String> seen = new HashSet<>();
      AdministrativeUnit current = unit;
      while (true) {
        if (!seen.add(current.code())) {
          throw new InvalidRecordException(
              "AdministrativeUnit", unit.code(), "parentCode", "leads to a cycle through it");
        }
        chain.add(current.code());
        Optional<String> parent = current.parentCode();
        if (parent.isEmpty()) {
          break;
        }
        AdministrativeUnit next = byCode.get(parent.get());
        if (next == null) {
          throw new InvalidRecordException(
              "AdministrativeUnit",
              current.code(),
              "parentCode",
              "names an unknown unit \"" + parent.get() + "\"");
        }
        current = next;
      }
      ancestors.put(unit.code(), chain.build());
      unit.parentCode().ifPresent(p -> children.put(p, unit));
    }
    for (AdministrativeUnit unit : byCode.values()) {
      AdministrativeUnit parent = unit.parentCode().map(byCode::get).orElse(null);
      if (parent != null && parent.level().compareTo(unit.level()) >= 0) {
        throw new InvalidRecordException(
            "AdministrativeUnit",
            unit.code(),
            "parentCode",
            "names \""
                + parent.code()
                + "\" of the "
                + parent.level().englishName()
                + ", not above this unit's "
                + unit.level().englishName());
      }
    }
    return new UnitHierarchy(ImmutableMap.copyOf(byCode), children.build(), ancestors.build());
  }

  /**
   * A hierarchy of the given units.
   *
   * @param units the units
   * @return the hierarchy
   * @throws InvalidRecordException as {@link #of(Iterable)}
   */
  public static UnitHierarchy of(AdministrativeUnit... units) {
    return of(ImmutableList.copyOf(units));
  }

  /**
   * The unit with a code.
   *
   * @param code the code
   * @return the unit
   * @throws UnknownUnitException if no unit has that code
   */
  public AdministrativeUnit unit(String code) {
    AdministrativeUnit unit = units.get(requireNonNull(code, "code"));
    if (unit == null) {
      throw new UnknownUnitException(code, "a hierarchy of " + units.size() + " units");
    }
    return unit;
  }

  /**
   * The unit with a code, if any.
   *
   * @param code the code
   * @return the unit, or empty
   */
  public Optional<AdministrativeUnit> find(String code) {
    return Optional.ofNullable(units.get(requireNonNull(code, "code")));
  }

  /**
   * Whether a unit with this code is in the hierarchy.
   *
   * @param code the code
   * @return true if known
   */
  public boolean contains(String code) {
    return units.containsKey(requireNonNull(code, "code"));
  }

  /**
   * All units, in the order given.
   *
   * @return the units
   */
  public ImmutableList<AdministrativeUnit> units() {
    return units.values().asList();
  }

  /**
   * The units without a parent (provinces, usually one).
   *
   * @return the roots, in the order given
   */
  public ImmutableList<AdministrativeUnit> roots() {
    return units.values().stream()
        .filter(u -> u.parentCode().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The parent of a unit.
   *
   * @param code the unit's code
   * @return the parent, or empty for a root
   * @throws UnknownUnitException if the code is unknown
   */
  public Optional<AdministrativeUnit> parent(String code) {
    return unit(code).parentCode().map(units::get);
  }

  /**
   * The ancestors of a unit, nearest first (parent, grandparent, …), without the unit itself.
   *
   * @param code the unit's code
   * @return the ancestors
   * @throws UnknownUnitException if the code is unknown
   */
  public ImmutableList<AdministrativeUnit> ancestors(String code) {
    unit(code);
    ImmutableSet<String> chain = ancestorsAndSelf.getOrDefault(code, ImmutableSet.of());
    return chain.stream().skip(1).map(units::get).collect(ImmutableList.toImmutableList());
  }

  /**
   * The direct children of a unit, in the order given.
   *
   * @param code the unit's code
   * @return the children
   * @throws UnknownUnitException if the code is unknown
   */
  public ImmutableList<AdministrativeUnit> children(String code) {
    unit(code);
    return children.get(code);
  }

  /**
   * All units below a unit, depth first, without the unit itself.
   *
   * @param code the unit's code
   * @return the descendants
   * @throws UnknownUnitException if the code is unknown
   */
  public ImmutableList<AdministrativeUnit> descendants(String code) {
    unit(code);
    ImmutableList.Builder<AdministrativeUnit> out = ImmutableList.builder();
    Deque<AdministrativeUnit> stack = new ArrayDeque<>();
    children.get(code).reverse().forEach(stack::push);
    while (!stack.isEmpty()) {
      AdministrativeUnit next = stack.pop();
      out.add(next);
      children.get(next.code()).reverse().forEach(stack::push);
    }
    return out.build();
  }

  /**
   * Whether a unit lies within a territory: it is the territory's unit or one of its descendants.
   *
   * @param code the unit's code
   * @param territoryCode the territory's unit code
   * @return true if {@code territoryCode} is {@code code} or one of its ancestors
   * @throws UnknownUnitException if either code is unknown
   */
  public boolean isWithin(String code, String territoryCode) {
    requireNonNull(code, "code");
    unit(territoryCode);
    ImmutableSet<String> chain = ancestorsAndSelf.get(code);
    if (chain == null) {
      throw new UnknownUnitException(code, "a hierarchy of " + units.size() + " units");
    }
    return chain.contains(territoryCode);
  }

  /**
   * The number of units.
   *
   * @return the size
   */
  public int size() {
    return units.size();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof UnitHierarchy h && h.units.equals(units);
  }

  @Override
  public int hashCode() {
    return units.hashCode();
  }

  @Override
  public String toString() {
    return "UnitHierarchy[" + units.size() + " units, roots " + roots() + "]";
  }
}
