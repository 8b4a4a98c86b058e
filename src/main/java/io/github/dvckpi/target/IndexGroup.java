package io.github.dvckpi.target;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A group of index components with its maximum points, such as "Công khai, minh bạch" (18 points)
 * of the index of Quyết định 766/QĐ-TTg. A group may have no components yet (the preset's groups
 * have none, because their sub-indicator points are not verified); once it has components, their
 * maxima must add up to the group's maximum. Instances are immutable and thread-safe.
 */
public final class IndexGroup {

  private final String id;
  private final String vietnameseName;
  private final String englishName;
  private final BigDecimal maxPoints;
  private final Provenance provenance;
  private final ImmutableList<IndexComponent> components;

  private IndexGroup(
      String id,
      String vietnameseName,
      String englishName,
      BigDecimal maxPoints,
      Provenance provenance,
      ImmutableList<IndexComponent> components) {
    this.id = id;
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.maxPoints = maxPoints;
    this.provenance = provenance;
    this.components = components;
  }

  /**
   * A group without components; its maximum is a placeholder until marked otherwise.
   *
   * @param id a short identifier, unique in its model, e.g. {@code digitization}
   * @param vietnameseName the Vietnamese name
   * @param englishName the English name
   * @param maxPoints the group's maximum, e.g. {@code "22"}
   * @return the group
   * @throws IllegalArgumentException if the id or a name is blank or the points are not positive
   */
  public static IndexGroup of(
      String id, String vietnameseName, String englishName, String maxPoints) {
    checkArgument(!requireNonNull(id, "id").isBlank(), "an index group needs an id");
    checkArgument(
        !requireNonNull(vietnameseName, "vietnameseName").isBlank()
            && !requireNonNull(englishName, "englishName").isBlank(),
        "index group %s: name is blank",
        id);
    return new IndexGroup(
        id.strip(),
        vietnameseName,
        englishName,
        IndexComponent.points("index group " + id, maxPoints),
        Provenance.PLACEHOLDER,
        ImmutableList.of());
  }

  /**
   * The same group with the provenance of its maximum recorded.
   *
   * @param provenance how sure the maximum is
   * @return the group
   */
  public IndexGroup withProvenance(Provenance provenance) {
    return new IndexGroup(
        id,
        vietnameseName,
        englishName,
        maxPoints,
        requireNonNull(provenance, "provenance"),
        components);
  }

  /**
   * The same group with these components instead of its current ones.
   *
   * @param components the components; their maxima must add up to the group's maximum and their ids
   *     must be distinct
   * @return the group
   * @throws IllegalArgumentException naming the group if the maxima do not add up or an id repeats
   */
  public IndexGroup withComponents(List<IndexComponent> components) {
    BigDecimal sum = BigDecimal.ZERO;
    Set<String> ids = new HashSet<>();
    for (IndexComponent c : components) {
      checkArgument(ids.add(c.id()), "index group %s: component %s appears twice", id, c.id());
      sum = sum.add(c.maxPoints());
    }
    checkArgument(
        components.isEmpty() || sum.compareTo(maxPoints) == 0,
        "index group %s: its components' maxima add up to %s, not to the group's maximum %s",
        id,
        sum.toPlainString(),
        maxPoints.toPlainString());
    return new IndexGroup(
        id, vietnameseName, englishName, maxPoints, provenance, ImmutableList.copyOf(components));
  }

  /**
   * The identifier.
   *
   * @return e.g. {@code digitization}
   */
  public String id() {
    return id;
  }

  /**
   * The name in a language.
   *
   * @param locale the language
   * @return e.g. {@code Số hóa hồ sơ} / {@code Digitization}
   */
  public String displayName(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnameseName : englishName;
  }

  /**
   * The group's maximum.
   *
   * @return the maximum points, positive
   */
  public BigDecimal maxPoints() {
    return maxPoints;
  }

  /**
   * How sure the maximum is.
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * The components.
   *
   * @return the components, possibly none
   */
  public ImmutableList<IndexComponent> components() {
    return components;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IndexGroup g
        && g.id.equals(id)
        && g.vietnameseName.equals(vietnameseName)
        && g.englishName.equals(englishName)
        && g.maxPoints.equals(maxPoints)
        && g.provenance == provenance
        && g.components.equals(components);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, vietnameseName, englishName, maxPoints, provenance, components);
  }

  /** E.g. {@code digitization Số hóa hồ sơ: tối đa 22 điểm (đã kiểm chứng), 0 thành phần}. */
  @Override
  public String toString() {
    Locale vi = RateFormat.VIETNAMESE;
    return id
        + " "
        + vietnameseName
        + ": tối đa "
        + RateFormat.number(maxPoints, vi)
        + " điểm ("
        + provenance.displayName(vi)
        + "), "
        + components.size()
        + " thành phần";
  }
}
