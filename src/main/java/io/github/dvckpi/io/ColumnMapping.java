package io.github.dvckpi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which header of a dossier export holds which {@link DossierColumn}. The {@link #defaults()}
 * accept the Vietnamese headers and their English aliases; {@link #map(DossierColumn, String...)}
 * names other headers for a column, {@link #withoutColumn(DossierColumn)} declares a column absent
 * from the file (its cells are then read as blank: counter, in progress, granted, not digitized, no
 * fee, not paid online).
 *
 * <pre>{@code
 * ColumnMapping mapping = ColumnMapping.defaults()
 *     .map(DossierColumn.ID, "Số hồ sơ")
 *     .map(DossierColumn.RECEIVED_ON, "Ngày nhận")
 *     .withoutColumn(DossierColumn.INTAKE_DIGITIZED);
 * }</pre>
 *
 * <p>Headers are compared as keys: lower case, without diacritics, words joined by {@code _}. A
 * column named explicitly is required; a header may belong to one column only. Immutable.
 */
public final class ColumnMapping {

  private final ImmutableSet<DossierColumn> mapped;
  private final ImmutableSet<DossierColumn> absent;
  private final Map<DossierColumn, ImmutableList<String>> names;

  private ColumnMapping(
      Map<DossierColumn, ImmutableList<String>> names,
      Set<DossierColumn> mapped,
      Set<DossierColumn> absent) {
    this.names = Maps.immutableEnumMap(names);
    this.mapped = Sets.immutableEnumSet(mapped);
    this.absent = Sets.immutableEnumSet(absent);
  }

  /**
   * The default schema: every column under its Vietnamese header or an English alias ({@link
   * DossierColumn#defaultNames()}); {@link DossierColumn#OUTCOME} optional, every other column
   * required.
   *
   * @return the default mapping
   */
  public static ColumnMapping defaults() {
    Map<DossierColumn, ImmutableList<String>> names = new EnumMap<>(DossierColumn.class);
    for (DossierColumn column : DossierColumn.values()) {
      names.put(column, column.defaultNames());
    }
    return new ColumnMapping(
        names, EnumSet.noneOf(DossierColumn.class), EnumSet.noneOf(DossierColumn.class));
  }

  /**
   * This mapping with a column read from the given headers instead of its default ones; the column
   * becomes required.
   *
   * @param column the column
   * @param headers the headers that hold it, at least one, e.g. {@code "Số hồ sơ"}
   * @return the changed mapping
   * @throws IllegalArgumentException if no header is given, a header is blank, or a header already
   *     belongs to another column
   */
  public ColumnMapping map(DossierColumn column, String... headers) {
    requireNonNull(column, "column");
    checkArgument(headers.length > 0, "name at least one header for %s", column);
    ImmutableList.Builder<String> keys = ImmutableList.builder();
    for (String header : headers) {
      String key = Text.key(requireNonNull(header, "header"));
      checkArgument(
          !key.isEmpty(), "a header for %s has no letter or digit: \"%s\"", column, header);
      DossierColumn other = columnOf(key);
      checkArgument(
          other == null || other == column,
          "header \"%s\" already belongs to column %s",
          header,
          other);
      keys.add(key);
    }
    Map<DossierColumn, ImmutableList<String>> changed = new EnumMap<>(names);
    changed.put(column, keys.build());
    Set<DossierColumn> nowMapped = EnumSet.of(column);
    nowMapped.addAll(mapped);
    Set<DossierColumn> nowAbsent = EnumSet.noneOf(DossierColumn.class);
    nowAbsent.addAll(absent);
    nowAbsent.remove(column);
    return new ColumnMapping(changed, nowMapped, nowAbsent);
  }

  /**
   * This mapping with a column declared absent from the file: every dossier gets the column's blank
   * value.
   *
   * @param column the column, one that {@link DossierColumn#mayBeAbsent() may be absent}
   * @return the changed mapping
   * @throws IllegalArgumentException for id, procedure, agency, received on and due on
   */
  public ColumnMapping withoutColumn(DossierColumn column) {
    checkArgument(column.mayBeAbsent(), "a dossier export cannot do without column %s", column);
    Set<DossierColumn> nowAbsent = EnumSet.of(column);
    nowAbsent.addAll(absent);
    Set<DossierColumn> nowMapped = EnumSet.noneOf(DossierColumn.class);
    nowMapped.addAll(mapped);
    nowMapped.remove(column);
    return new ColumnMapping(names, nowMapped, nowAbsent);
  }

  private @Nullable DossierColumn columnOf(String key) {
    for (Map.Entry<DossierColumn, ImmutableList<String>> e : names.entrySet()) {
      if (e.getValue().contains(key)) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * The headers, as keys, that hold a column.
   *
   * @param column the column
   * @return e.g. {@code [ma_ho_so, so_ho_so, dossier_id, id]}
   */
  public ImmutableList<String> headers(DossierColumn column) {
    ImmutableList<String> keys = names.get(column);
    return keys == null ? ImmutableList.of() : keys;
  }

  /**
   * Whether the column is declared absent from the file.
   *
   * @param column the column
   * @return true after {@link #withoutColumn(DossierColumn)}
   */
  public boolean isAbsent(DossierColumn column) {
    return absent.contains(column);
  }

  /**
   * Whether a file without this column is refused.
   *
   * @param column the column
   * @return true unless absent, or optional by default and not mapped explicitly
   */
  public boolean isRequired(DossierColumn column) {
    return !absent.contains(column) && (column.isRequiredByDefault() || mapped.contains(column));
  }

  /**
   * The accepted header keys of every column present, for resolving a header.
   *
   * @return the keys by column; absent columns have none
   */
  Map<DossierColumn, ImmutableList<String>> headerKeys() {
    Map<DossierColumn, ImmutableList<String>> names = new EnumMap<>(DossierColumn.class);
    for (DossierColumn column : DossierColumn.values()) {
      if (!isAbsent(column)) {
        names.put(column, headers(column));
      }
    }
    return names;
  }

  /**
   * The columns a header must have.
   *
   * @return the required columns
   */
  Set<DossierColumn> requiredColumns() {
    Set<DossierColumn> required = EnumSet.noneOf(DossierColumn.class);
    for (DossierColumn column : DossierColumn.values()) {
      if (isRequired(column)) {
        required.add(column);
      }
    }
    return required;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ColumnMapping m
        && m.names.equals(names)
        && m.mapped.equals(mapped)
        && m.absent.equals(absent);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(names, mapped, absent);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("ColumnMapping[");
    String separator = "";
    for (DossierColumn column : DossierColumn.values()) {
      out.append(separator);
      separator = ", ";
      out.append(column).append('=');
      out.append(absent.contains(column) ? "absent" : headers(column).toString());
    }
    return out.append(']').toString();
  }
}
