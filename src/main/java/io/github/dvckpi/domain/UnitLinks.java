package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links from the units of an older hierarchy to those of a newer one (old unit → new unit,
 * whole or partial), with the old units declared gone and the new units declared without old parts.
 *
 * <p>Checked when built: no link is given twice, an old unit that went in whole goes into exactly
 * one new unit, a unit declared gone has no link and a new unit declared without old parts has
 * none. {@link #checkAgainst(UnitHierarchy, UnitHierarchy)} adds the checks that need the two
 * hierarchies: every old unit goes somewhere or is declared gone, every new unit has its old parts
 * listed or is declared without them, every code is known, and, when both sides are the same
 * hierarchy (codes re-linked within one list), the links have no cycle. Between two different
 * hierarchies a code may be reused for another unit (the old Nam Hà, 18073, went into the new Thành
 * Sen, 18073, while the old Trần Phú went elsewhere), so a cycle over codes is no error there; a
 * {@link HierarchyHistory} links each hierarchy only to the next one in time, so its links cannot
 * go round. Every failure is an {@link IllegalArgumentException} whose message names the units.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnitLinks {

  private final ImmutableList<UnitLink> links;
  private final ImmutableListMultimap<String, UnitLink> byOld;
  private final ImmutableListMultimap<String, UnitLink> byNew;
  private final ImmutableSet<String> gone;
  private final ImmutableSet<String> withoutParts;

  private UnitLinks(
      ImmutableList<UnitLink> links, ImmutableSet<String> gone, ImmutableSet<String> withoutParts) {
    this.links = links;
    this.byOld =
        links.stream()
            .collect(ImmutableListMultimap.toImmutableListMultimap(UnitLink::oldCode, l -> l));
    this.byNew =
        links.stream()
            .collect(ImmutableListMultimap.toImmutableListMultimap(UnitLink::newCode, l -> l));
    this.gone = gone;
    this.withoutParts = withoutParts;
  }

  /**
   * Links, checked on their own.
   *
   * @param links the links, in any order
   * @param gone the old units declared gone: their counts go nowhere and are reported as unplaced
   * @param withoutParts the new units declared without old parts (formed from nothing the data
   *     knows)
   * @return the links
   * @throws IllegalArgumentException if a link is given twice, a whole old unit goes into two new
   *     units, a unit declared gone is linked, or a unit declared without parts has parts
   */
  public static UnitLinks of(
      Iterable<UnitLink> links, Iterable<String> gone, Iterable<String> withoutParts) {
    ImmutableList<UnitLink> all = ImmutableList.copyOf(links);
    ImmutableSet<String> goneSet = ImmutableSet.copyOf(gone);
    ImmutableSet<String> newSet = ImmutableSet.copyOf(withoutParts);
    Set<List<String>> seen = new HashSet<>();
    Map<String, UnitLink> whole = new HashMap<>();
    Map<String, UnitLink> anyOf = new HashMap<>();
    for (UnitLink link : all) {
      requireNonNull(link, "link");
      if (!seen.add(List.of(link.oldCode(), link.newCode()))) {
        throw new IllegalArgumentException(
            "the link " + link.oldCode() + " → " + link.newCode() + " is given twice");
      }
      UnitLink earlierWhole = whole.get(link.oldCode());
      UnitLink earlier = anyOf.get(link.oldCode());
      if (earlierWhole != null || (link.kind() == LinkKind.WHOLE && earlier != null)) {
        UnitLink other = earlierWhole != null ? earlierWhole : requireNonNull(earlier);
        throw new IllegalArgumentException(
            "old unit "
                + link.oldCode()
                + " goes whole into "
                + (earlierWhole != null ? earlierWhole.newCode() : link.newCode())
                + " and also into "
                + (earlierWhole != null ? link.newCode() : other.newCode())
                + ": a unit that went in whole has exactly one link; mark its links partial");
      }
      anyOf.put(link.oldCode(), link);
      if (link.kind() == LinkKind.WHOLE) {
        whole.put(link.oldCode(), link);
      }
      if (goneSet.contains(link.oldCode())) {
        throw new IllegalArgumentException(
            "old unit " + link.oldCode() + " is declared gone but links to " + link.newCode());
      }
      if (newSet.contains(link.newCode())) {
        throw new IllegalArgumentException(
            "new unit "
                + link.newCode()
                + " is declared without old parts but "
                + link.oldCode()
                + " links to it");
      }
    }
    return new UnitLinks(all, goneSet, newSet);
  }

  /**
   * Links without declared gone units or new units.
   *
   * @param links the links
   * @return the links
   * @throws IllegalArgumentException as {@link #of(Iterable, Iterable, Iterable)}
   */
  public static UnitLinks of(UnitLink... links) {
    return of(ImmutableList.copyOf(links), ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Every unit of a hierarchy linked whole to itself: the links of a period to itself.
   *
   * @param hierarchy the hierarchy
   * @return the identity links
   */
  public static UnitLinks identity(UnitHierarchy hierarchy) {
    return of(
        hierarchy.units().stream()
            .map(u -> UnitLink.whole(u.code(), u.code()))
            .collect(ImmutableList.toImmutableList()),
        ImmutableList.of(),
        ImmutableList.of());
  }

  private void checkNoCycle() {
    Map<String, List<String>> next = new HashMap<>();
    for (UnitLink link : links) {
      if (!link.oldCode().equals(link.newCode())) {
        next.computeIfAbsent(link.oldCode(), k -> new ArrayList<>()).add(link.newCode());
      }
    }
    Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
    for (String start : next.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      List<String> path = new ArrayList<>();
      List<Integer> position = new ArrayList<>();
      path.add(start);
      position.add(0);
      state.put(start, 1);
      while (!path.isEmpty()) {
        int top = path.size() - 1;
        String code = path.get(top);
        List<String> out = next.getOrDefault(code, List.of());
        int i = position.get(top);
        if (i == out.size()) {
          state.put(code, 2);
          path.remove(top);
          position.remove(top);
          continue;
        }
        position.set(top, i + 1);
        String to = out.get(i);
        Integer s = state.get(to);
        if (s == null) {
          state.put(to, 1);
          path.add(to);
          position.add(0);
        } else if (s == 1) {
          List<String> cycle = new ArrayList<>(path.subList(path.indexOf(to), path.size()));
          cycle.add(to);
          throw new IllegalArgumentException(
              "the links form a cycle: "
                  + String.join(" → ", cycle)
                  + "; within one hierarchy every unit must end somewhere");
        }
      }
    }
  }

  /**
   * Checks the links against the two hierarchies they join.
   *
   * @param older the older hierarchy
   * @param newer the newer hierarchy
   * @return these links
   * @throws IllegalArgumentException if a link names an unknown unit, an old unit goes nowhere and
   *     is not declared gone, or a new unit has no old parts and is not declared without them; the
   *     message names the first such unit and says how many there are; or, when the two hierarchies
   *     are equal, if the links form a cycle over codes other than a unit keeping its own code
   */
  public UnitLinks checkAgainst(UnitHierarchy older, UnitHierarchy newer) {
    requireNonNull(older, "older");
    requireNonNull(newer, "newer");
    if (older.equals(newer)) {
      checkNoCycle();
    }
    for (UnitLink link : links) {
      if (!older.contains(link.oldCode())) {
        throw new IllegalArgumentException(
            "the link "
                + link
                + " names an old unit "
                + link.oldCode()
                + " that the older hierarchy ("
                + older.size()
                + " units) does not hold");
      }
      if (!newer.contains(link.newCode())) {
        throw new IllegalArgumentException(
            "the link "
                + link
                + " names a new unit "
                + link.newCode()
                + " that the newer hierarchy ("
                + newer.size()
                + " units) does not hold");
      }
    }
    for (String code : gone) {
      older.unit(code);
    }
    for (String code : withoutParts) {
      newer.unit(code);
    }
    List<AdministrativeUnit> nowhere =
        older.units().stream()
            .filter(u -> !byOld.containsKey(u.code()) && !gone.contains(u.code()))
            .toList();
    if (!nowhere.isEmpty()) {
      throw new IllegalArgumentException(
          "old unit "
              + nowhere.get(0)
              + " goes nowhere: link it to a new unit or declare it gone ("
              + nowhere.size()
              + " such units)");
    }
    List<AdministrativeUnit> orphans =
        newer.units().stream()
            .filter(u -> !byNew.containsKey(u.code()) && !withoutParts.contains(u.code()))
            .toList();
    if (!orphans.isEmpty()) {
      throw new IllegalArgumentException(
          "new unit "
              + orphans.get(0)
              + " has no old parts listed: link its old parts or declare it without them ("
              + orphans.size()
              + " such units)");
    }
    return this;
  }

  /**
   * These links followed by the next ones: an old unit of these goes where its new units go in the
   * next. A composed link is whole only if every path from the old unit is whole and ends in one
   * unit; an old unit whose every path ends in a unit declared gone is gone; a path that ends in a
   * gone unit makes the old unit's other links partial.
   *
   * @param next the links from these links' new units onwards
   * @return the composed links
   * @throws IllegalArgumentException if a new unit of these links is neither linked nor declared
   *     gone by the next ones
   */
  public UnitLinks then(UnitLinks next) {
    requireNonNull(next, "next");
    List<UnitLink> out = new ArrayList<>();
    Set<String> goneOut = new LinkedHashSet<>(gone);
    for (String old : byOld.keySet()) {
      Map<String, Boolean> targets = new LinkedHashMap<>();
      boolean reachedGone = false;
      for (UnitLink first : byOld.get(old)) {
        if (next.gone.contains(first.newCode())) {
          reachedGone = true;
          continue;
        }
        ImmutableList<UnitLink> seconds = next.byOld.get(first.newCode());
        if (seconds.isEmpty()) {
          throw new IllegalArgumentException(
              "unit "
                  + first.newCode()
                  + " (reached by "
                  + first
                  + ") is neither linked nor declared gone by the next links");
        }
        for (UnitLink second : seconds) {
          boolean whole = first.kind() == LinkKind.WHOLE && second.kind() == LinkKind.WHOLE;
          targets.merge(second.newCode(), whole, Boolean::logicalAnd);
        }
      }
      if (targets.isEmpty()) {
        goneOut.add(old);
        continue;
      }
      boolean whole = targets.size() == 1 && !reachedGone && targets.values().iterator().next();
      targets
          .keySet()
          .forEach(c -> out.add(new UnitLink(old, c, whole ? LinkKind.WHOLE : LinkKind.PARTIAL)));
    }
    Set<String> newOut = new LinkedHashSet<>(next.withoutParts);
    for (String code : next.byNew.keySet()) {
      if (next.byNew.get(code).stream().allMatch(l -> withoutParts.contains(l.oldCode()))) {
        newOut.add(code);
      }
    }
    return of(out, goneOut, newOut);
  }

  /**
   * All links, in the order given.
   *
   * @return the links
   */
  public ImmutableList<UnitLink> links() {
    return links;
  }

  /**
   * The links from an old unit.
   *
   * @param oldCode the old unit's code
   * @return its links; empty if it is gone or unknown
   */
  public ImmutableList<UnitLink> from(String oldCode) {
    return byOld.get(requireNonNull(oldCode, "oldCode"));
  }

  /**
   * The old parts of a new unit: the links into it.
   *
   * @param newCode the new unit's code
   * @return the links into it, in the order given
   */
  public ImmutableList<UnitLink> partsOf(String newCode) {
    return byNew.get(requireNonNull(newCode, "newCode"));
  }

  /**
   * The old units that are linked.
   *
   * @return their codes, in the order first met
   */
  public ImmutableSet<String> oldCodes() {
    return byOld.keySet();
  }

  /**
   * The new units that are linked.
   *
   * @return their codes, in the order first met
   */
  public ImmutableSet<String> newCodes() {
    return byNew.keySet();
  }

  /**
   * The old units declared gone.
   *
   * @return their codes
   */
  public ImmutableSet<String> gone() {
    return gone;
  }

  /**
   * The new units declared without old parts.
   *
   * @return their codes
   */
  public ImmutableSet<String> withoutParts() {
    return withoutParts;
  }

  /**
   * The partial links.
   *
   * @return the links whose kind is {@link LinkKind#PARTIAL}
   */
  public ImmutableList<UnitLink> partial() {
    return links.stream()
        .filter(l -> l.kind() == LinkKind.PARTIAL)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof UnitLinks l
        && ImmutableSet.copyOf(l.links).equals(ImmutableSet.copyOf(links))
        && l.gone.equals(gone)
        && l.withoutParts.equals(withoutParts);
  }

  @Override
  public int hashCode() {
    return ImmutableSet.copyOf(links).hashCode() * 31 + gone.hashCode();
  }

  @Override
  public String toString() {
    return "UnitLinks["
        + links.size()
        + " links ("
        + partial().size()
        + " partial), "
        + gone.size()
        + " gone, "
        + withoutParts.size()
        + " without old parts]";
  }
}
