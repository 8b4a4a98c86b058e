package io.github.dvckpi.engine;

import io.github.dvckpi.domain.Agency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Dense ids of the groups met so far, and the agency → group lookup of the hot loop.
 *
 * <p>An agency is looked up first in a direct-mapped cache keyed by object identity (one array read
 * and one compare, no allocation), then, on a miss, in a map keyed by the agency's value; a group's
 * id is assigned on the first dossier of the group. Memory is proportional to the number of
 * distinct agencies and groups, never to the number of dossiers. Not thread-safe.
 */
final class GroupIndex {

  private static final int CACHE_SIZE = 1024;

  private final @Nullable Agency[] cacheKeys = new Agency[CACHE_SIZE];
  private final int[] cacheIds = new int[CACHE_SIZE];
  private final Map<Agency, Integer> byAgency = new HashMap<>();
  private final Map<UnitTier, Integer> byGroup = new HashMap<>();
  private final List<UnitTier> groups = new ArrayList<>();

  /** The id of the group of an agency's dossiers, assigned if new. */
  @SuppressWarnings("ReferenceEquality") // the cache is keyed by identity on purpose
  int idOf(Agency agency) {
    int slot = System.identityHashCode(agency) & (CACHE_SIZE - 1);
    if (cacheKeys[slot] == agency) {
      return cacheIds[slot];
    }
    Integer id = byAgency.get(agency);
    if (id == null) {
      id = idOf(UnitTier.of(agency));
      byAgency.put(agency, id);
    }
    cacheKeys[slot] = agency;
    cacheIds[slot] = id;
    return id;
  }

  /** The id of a group, assigned if new. */
  int idOf(UnitTier group) {
    Integer id = byGroup.get(group);
    if (id == null) {
      id = groups.size();
      groups.add(group);
      byGroup.put(group, id);
    }
    return id;
  }

  /** The id of a group, or -1 if it was never met. */
  int find(UnitTier group) {
    Integer id = byGroup.get(group);
    return id == null ? -1 : id;
  }

  /** The group with an id. */
  UnitTier group(int id) {
    return groups.get(id);
  }

  /** The number of groups met. */
  int size() {
    return groups.size();
  }
}
