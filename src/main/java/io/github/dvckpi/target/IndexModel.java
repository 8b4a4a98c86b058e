package io.github.dvckpi.target;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.rate.Fraction;
import io.github.dvckpi.rate.Rate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * An index as data: groups of components, each component scoring a rate as {@code min(1, rate /
 * threshold) × max}, each group with its maximum, the total out of the sum of the groups' maxima
 * (100 for the index of Quyết định 766/QĐ-TTg, see {@link Index766}).
 *
 * <p>Scores are exact {@link Fraction}s, rounded only when shown. Every number carries its {@link
 * Provenance}. Instances are immutable and thread-safe.
 */
public final class IndexModel {

  private final String name;
  private final String source;
  private final ImmutableList<IndexGroup> groups;

  private IndexModel(String name, String source, ImmutableList<IndexGroup> groups) {
    this.name = name;
    this.source = source;
    this.groups = groups;
  }

  /**
   * A model from its groups.
   *
   * @param name the index's name
   * @param source where its definition comes from
   * @param groups the groups, with distinct ids, their components with distinct ids
   * @return the model
   * @throws IllegalArgumentException if there is no group, a name is blank or an id repeats
   */
  public static IndexModel of(String name, String source, List<IndexGroup> groups) {
    checkArgument(!requireNonNull(name, "name").isBlank(), "an index model needs a name");
    requireNonNull(source, "source");
    checkArgument(!groups.isEmpty(), "index model %s has no group", name);
    Set<String> groupIds = new HashSet<>();
    Set<String> componentIds = new HashSet<>();
    for (IndexGroup g : groups) {
      checkArgument(groupIds.add(g.id()), "index model %s: group %s appears twice", name, g.id());
      for (IndexComponent c : g.components()) {
        checkArgument(
            componentIds.add(c.id()), "index model %s: component %s appears twice", name, c.id());
      }
    }
    return new IndexModel(name, source, ImmutableList.copyOf(groups));
  }

  /**
   * The same model with a group's components set.
   *
   * @param groupId the group's id
   * @param components its components; their maxima must add up to the group's maximum
   * @return the model
   * @throws IllegalArgumentException if the group is unknown, the maxima do not add up, or a
   *     component id is already used in the model
   */
  public IndexModel withComponents(String groupId, IndexComponent... components) {
    IndexGroup target = group(groupId);
    List<IndexGroup> replaced = new ArrayList<>();
    for (IndexGroup g : groups) {
      replaced.add(g.id().equals(target.id()) ? g.withComponents(Arrays.asList(components)) : g);
    }
    return of(name, source, replaced);
  }

  /**
   * A group by id.
   *
   * @param groupId the id
   * @return the group
   * @throws IllegalArgumentException naming the known ids if there is no such group
   */
  public IndexGroup group(String groupId) {
    for (IndexGroup g : groups) {
      if (g.id().equals(groupId)) {
        return g;
      }
    }
    throw new IllegalArgumentException(
        "index model " + name + " has no group \"" + groupId + "\"; known: " + groupIds());
  }

  private String groupIds() {
    StringJoiner ids = new StringJoiner(", ");
    groups.forEach(g -> ids.add(g.id()));
    return ids.toString();
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Where the definition comes from, with what is verified.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The groups.
   *
   * @return the groups, in order
   */
  public ImmutableList<IndexGroup> groups() {
    return groups;
  }

  /**
   * The components of all groups.
   *
   * @return the components, group by group
   */
  public ImmutableList<IndexComponent> components() {
    ImmutableList.Builder<IndexComponent> out = ImmutableList.builder();
    groups.forEach(g -> out.addAll(g.components()));
    return out.build();
  }

  /**
   * The total maximum: the sum of the groups' maxima.
   *
   * @return e.g. 100
   */
  public BigDecimal maxPoints() {
    BigDecimal sum = BigDecimal.ZERO;
    for (IndexGroup g : groups) {
      sum = sum.add(g.maxPoints());
    }
    return sum;
  }

  /**
   * Scores rates given by component id.
   *
   * @param ratesByComponentId a rate for each component that has data; missing or undefined rates
   *     leave the component without points and the score incomplete
   * @return the score
   * @throws IllegalArgumentException naming the id if a rate is given for an unknown component
   */
  public IndexScore score(Map<String, Rate> ratesByComponentId) {
    return score(null, ratesByComponentId);
  }

  /**
   * Scores the indicators' rates of a tally: each component with an indicator takes the tally's
   * rate of it; free-standing components have no data.
   *
   * @param tally the counts of a unit
   * @return the score
   */
  public IndexScore score(Tally tally) {
    return score(requireNonNull(tally, "tally"), Map.of());
  }

  /**
   * Scores a tally's rates and free-standing rates: a rate given by component id wins, else a
   * component with an indicator takes the tally's rate of it.
   *
   * @param tally the counts of a unit, or null to use only the given rates
   * @param ratesByComponentId rates by component id
   * @return the score
   * @throws IllegalArgumentException naming the id if a rate is given for an unknown component
   */
  public IndexScore score(@Nullable Tally tally, Map<String, Rate> ratesByComponentId) {
    Map<String, IndexComponent> byId = new HashMap<>();
    components().forEach(c -> byId.put(c.id(), c));
    for (String id : ratesByComponentId.keySet()) {
      checkArgument(
          byId.containsKey(id),
          "index model %s has no component \"%s\"; known: %s",
          name,
          id,
          byId.keySet());
    }
    List<IndexScore.GroupScore> scores = new ArrayList<>();
    for (IndexGroup g : groups) {
      List<IndexScore.ComponentScore> parts = new ArrayList<>();
      for (IndexComponent c : g.components()) {
        Rate rate = ratesByComponentId.get(c.id());
        if (rate == null) {
          Indicator indicator = c.indicator().orElse(null);
          rate = tally == null || indicator == null ? Rate.undefined() : tally.rate(indicator);
        }
        parts.add(new IndexScore.ComponentScore(c, rate));
      }
      scores.add(IndexScore.GroupScore.ofComponents(g, parts));
    }
    return new IndexScore(this, scores);
  }

  /**
   * A score from group points as published (e.g. by the National Public Service Portal), without
   * components: {@code 15.7} out of 18 for "Công khai, minh bạch", and so on.
   *
   * @param pointsByGroupId points by group id; a group left out has no data
   * @return the score
   * @throws IllegalArgumentException naming the group if it is unknown or its points are negative
   *     or above its maximum
   */
  public IndexScore scoreFromGroupPoints(Map<String, BigDecimal> pointsByGroupId) {
    Map<String, BigDecimal> left = new LinkedHashMap<>(pointsByGroupId);
    List<IndexScore.GroupScore> scores = new ArrayList<>();
    for (IndexGroup g : groups) {
      BigDecimal p = left.remove(g.id());
      if (p != null) {
        checkArgument(
            p.signum() >= 0 && p.compareTo(g.maxPoints()) <= 0,
            "index group %s: points %s are outside [0, %s]",
            g.id(),
            p.toPlainString(),
            g.maxPoints().toPlainString());
      }
      scores.add(IndexScore.GroupScore.ofPoints(g, p == null ? null : Fraction.of(p)));
    }
    checkArgument(
        left.isEmpty(),
        "index model %s has no group %s; known: %s",
        name,
        left.keySet(),
        groupIds());
    return new IndexScore(this, scores);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IndexModel m
        && m.name.equals(name)
        && m.source.equals(source)
        && m.groups.equals(groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, source, groups);
  }

  /** The name, total maximum and groups. */
  @Override
  public String toString() {
    return name + " (" + maxPoints().toPlainString() + " điểm): " + groups;
  }
}
