package io.github.dvckpi.indicator;

import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.InvalidRecordException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The dense numbers of the groups an accumulator has met, and the dossier → group lookup of the hot
 * loop.
 *
 * <p>For a grouping by agency, an agency is looked up first in an open-addressing table keyed by
 * object identity (one array read and one compare, no allocation), then, on a miss, in a map keyed
 * by the agency's value, and only then is the grouping's key function called. Memory is
 * proportional to the number of distinct agencies and groups, never to the number of dossiers. Not
 * thread-safe.
 *
 * @param <K> the group key
 */
final class GroupIndex<K> {

  /** The most agency instances the identity table holds. */
  static final int MAX_CACHED = 1 << 14;

  /** The number of a dossier the grouping leaves out. */
  static final int LEFT_OUT = -1;

  private final Grouping<K> grouping;
  private final @Nullable Function<? super Agency, ? extends @Nullable K> agencyKey;
  private final @Nullable Function<? super Dossier, ? extends @Nullable K> dossierKey;
  private @Nullable Agency[] cacheKeys = new Agency[1024];
  private int[] cacheIds = new int[1024];
  private int cached;
  private final Map<Agency, Integer> byAgency = new HashMap<>();
  private final Map<K, Integer> byKey = new HashMap<>();
  private final List<K> keys = new ArrayList<>();

  GroupIndex(Grouping<K> grouping) {
    this.grouping = grouping;
    this.agencyKey = grouping.agencyKey();
    this.dossierKey = grouping.dossierKey();
  }

  Grouping<K> grouping() {
    return grouping;
  }

  /** The number of a dossier's group, assigned if new, or {@link #LEFT_OUT}. */
  @SuppressWarnings("unchecked") // the key of all() is All.ALL
  int idOf(Dossier d) {
    if (agencyKey != null) {
      return idOf(d.agency(), d);
    }
    if (dossierKey != null) {
      K key = keyOf(dossierKey, d, d, "group");
      return key == null ? LEFT_OUT : idOf(key);
    }
    return keys.isEmpty() ? idOf((K) Grouping.All.ALL) : 0;
  }

  private static <T, K> @Nullable K keyOf(
      Function<? super T, ? extends @Nullable K> fn, T input, Dossier d, String field) {
    try {
      return fn.apply(input);
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException("Dossier", d.id(), field, String.valueOf(e.getMessage()));
    }
  }

  @SuppressWarnings("ReferenceEquality") // the table is keyed by identity on purpose
  private int idOf(Agency agency, Dossier d) {
    @Nullable Agency[] table = cacheKeys;
    int mask = table.length - 1;
    int slot = spread(System.identityHashCode(agency)) & mask;
    for (Agency k = table[slot]; k != null; k = table[slot]) {
      if (k == agency) {
        return cacheIds[slot];
      }
      slot = (slot + 1) & mask;
    }
    Integer id = byAgency.get(agency);
    if (id == null) {
      K key = keyOf(agencyKey(), agency, d, "agency");
      id = key == null ? LEFT_OUT : idOf(key);
      byAgency.put(agency, id);
    }
    if (cached < MAX_CACHED) {
      if (2 * (cached + 1) > table.length) {
        grow();
        return idOf(agency, d);
      }
      table[slot] = agency;
      cacheIds[slot] = id;
      cached++;
    }
    return id;
  }

  private Function<? super Agency, ? extends @Nullable K> agencyKey() {
    Function<? super Agency, ? extends @Nullable K> fn = agencyKey;
    if (fn == null) {
      throw new IllegalStateException("not a grouping by agency: " + grouping);
    }
    return fn;
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

  /** The number of a group, assigned if new. */
  int idOf(K key) {
    Integer id = byKey.get(key);
    if (id == null) {
      id = keys.size();
      keys.add(key);
      byKey.put(key, id);
    }
    return id;
  }

  /** The number of a group, or -1 if it was never met. */
  int find(K key) {
    Integer id = byKey.get(key);
    return id == null ? -1 : id;
  }

  /** The group with a number. */
  K key(int id) {
    return keys.get(id);
  }

  /** The number of groups met. */
  int size() {
    return keys.size();
  }
}
