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

  /** The most agency instances the identity table holds. */
  static final int MAX_CACHED = 1 << 14;

  private @Nullable Agency[] cacheKeys = new Agency[1024];
  private int[] cacheIds = new int[1024];
  private int cached;
  private final Map<Agency, Integer> byAgency = new HashMap<>();
  private final Map<UnitTier, Integer> byGroup = new HashMap<>();
  private final List<UnitTier> groups = new ArrayList<>();

  /** The id of the group of an agency's dossiers, assigned if new. */
  @SuppressWarnings("ReferenceEquality") // the table is keyed by identity on purpose
  int idOf(Agency agency) {
    @Nullable Agency[] keys = cacheKeys;
    int mask = keys.length - 1;
    int slot = spread(System.identityHashCode(agency)) & mask;
    for (Agency key = keys[slot]; key != null; key = keys[slot]) {
      if (key == agency) {
        return cacheIds[slot];
      }
      slot = (slot + 1) & mask;
    }
    Integer id = byAgency.get(agency);
    if (id == null) {
      id = idOf(UnitTier.of(agency));
      byAgency.put(agency, id);
    }
    if (cached < MAX_CACHED) {
      if (2 * (cached + 1) > keys.length) {
        grow();
        return idOf(agency);
      }
      keys[slot] = agency;
      cacheIds[slot] = id;
      cached++;
    }
    return id;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private void grow() {
    @Nullable Agency[] oldKeys = cacheKeys;
    int[] oldIds = cacheIds;
    cacheKeys = new Agency[oldKeys.length * 2];
    cacheIds = new int[oldKeys.length * 2];
    int mask = cacheKeys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      Agency key = oldKeys[i];
      if (key != null) {
        int slot = spread(System.identityHashCode(key)) & mask;
        while (cacheKeys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        cacheKeys[slot] = key;
        cacheIds[slot] = oldIds[i];
      }
    }
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
