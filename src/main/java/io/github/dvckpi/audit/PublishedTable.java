package io.github.dvckpi.audit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A published table (bảng số liệu công bố) to audit as a whole: rows of figures with their scope
 * and indicator, optional counts, and which rows are parts of which.
 *
 * <pre>{@code
 * PublishedTable t = PublishedTable.builder("Báo Hà Tĩnh 2024")
 *     .row("1", "TP Hà Tĩnh, 2 cấp", "hồ sơ trực tuyến", "trên 98,75%")
 *     .row("2", "TP Hà Tĩnh, cấp thành phố", "hồ sơ trực tuyến", "99,79%")
 *     .row("3", "TP Hà Tĩnh, cấp xã, phường", "hồ sơ trực tuyến", "99,77%")
 *     .parts("1", "2", "3")
 *     .build();
 * t.audit()   // every finding at once, printable in Vietnamese and English
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the builder is not.
 */
public final class PublishedTable {

  /**
   * One row of a published table.
   *
   * @param id the row's identifier, unique in the table, e.g. {@code "1"}
   * @param scope the territory and tier, e.g. "TP Hà Tĩnh, cấp xã, phường"
   * @param indicator the indicator, e.g. "tỷ lệ hồ sơ trực tuyến"
   * @param figure the published figure, a rate or a count
   * @param numerator the published successful dossiers, if the table gives them
   * @param denominator the published dossiers counted, if the table gives them
   */
  public record Row(
      String id,
      String scope,
      String indicator,
      PublishedFigure figure,
      Optional<PublishedFigure> numerator,
      Optional<PublishedFigure> denominator) {

    /**
     * A row; counts are given both or neither, and only for a rate.
     *
     * @param id the row's identifier
     * @param scope the territory and tier
     * @param indicator the indicator
     * @param figure the published figure
     * @param numerator the successful dossiers, if given
     * @param denominator the dossiers counted, if given
     * @throws IllegalArgumentException if only one count is given, or counts go with a count
     */
    public Row {
      requireNonNull(id, "id");
      requireNonNull(scope, "scope");
      requireNonNull(indicator, "indicator");
      requireNonNull(figure, "figure");
      if (numerator.isPresent() != denominator.isPresent()) {
        throw new IllegalArgumentException("row " + id + ": give both counts or neither");
      }
      if (numerator.isPresent() && figure.kind() != PublishedFigure.Kind.RATE) {
        throw new IllegalArgumentException("row " + id + ": counts go with a rate, not " + figure);
      }
    }
  }

  /**
   * A relation between rows.
   *
   * @param kind what the relation says
   * @param rows the rows it relates: for {@link Kind#PARTS} the whole first, then its parts
   */
  public record Relation(Kind kind, List<String> rows) {

    /** What a relation says. */
    public enum Kind {
      /**
       * The rows after the first are disjoint parts of the first (tiers of a territory, units of a
       * district): a rate aggregates them, a count sums them.
       */
      PARTS,
      /** The rows are the shares of one partition (on time, late): they sum to 100%. */
      SHARES
    }

    /**
     * A relation.
     *
     * @param kind what the relation says
     * @param rows the rows it relates; copied
     */
    public Relation {
      requireNonNull(kind, "kind");
      rows = List.copyOf(rows);
    }
  }

  /**
   * A count of a rate row that the table does not print, written {@code "?"} or given a name
   * ({@code "R"}, {@code "resolved"}): the other count of the row is printed exactly. One name in
   * several rows is one count.
   *
   * @param row the row's identifier
   * @param name the unknown's name: as written, or for {@code "?"} the row's identifier followed by
   *     {@code ".n"} (numerator) or {@code ".d"} (denominator)
   * @param isNumerator whether the unknown is the row's numerator (else its denominator)
   * @param other the row's other count, printed exactly
   */
  public record UnknownCount(String row, String name, boolean isNumerator, long other) {

    /**
     * An unknown count.
     *
     * @param row the row's identifier
     * @param name the unknown's name
     * @param isNumerator whether it is the numerator
     * @param other the other count, {@code >= 0}
     * @throws IllegalArgumentException if the other count is negative
     */
    public UnknownCount {
      requireNonNull(row, "row");
      requireNonNull(name, "name");
      if (other < 0) {
        throw new IllegalArgumentException("row " + row + ": a count must be >= 0");
      }
    }
  }

  private static final Pattern NAME = Pattern.compile("\\?|\\p{L}[\\p{L}\\p{N}_]*");

  private final String title;
  private final List<Row> rows;
  private final List<Relation> relations;
  private final List<UnknownCount> unknowns;

  private PublishedTable(
      String title, List<Row> rows, List<Relation> relations, List<UnknownCount> unknowns) {
    this.title = title;
    this.rows = List.copyOf(rows);
    this.relations = List.copyOf(relations);
    this.unknowns = List.copyOf(unknowns);
  }

  /**
   * The counts the table does not print, in row order.
   *
   * @return the unknown counts, immutable
   */
  public List<UnknownCount> unknowns() {
    return unknowns;
  }

  /**
   * Starts a table.
   *
   * @param title the table's source or title, e.g. "Báo Hà Tĩnh 2024"
   * @return a builder
   */
  public static Builder builder(String title) {
    return new Builder(requireNonNull(title, "title"));
  }

  /**
   * The table's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The rows, in order.
   *
   * @return the rows, immutable
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The relations between rows, in order.
   *
   * @return the relations, immutable
   */
  public List<Relation> relations() {
    return relations;
  }

  /**
   * A row by its identifier.
   *
   * @param id the identifier
   * @return the row, or empty if there is none
   */
  public Optional<Row> row(String id) {
    return rows.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Audits the whole table: every row against its counts, every relation; see {@link
   * TableAudit#of(PublishedTable)}.
   *
   * @return the report
   */
  public TableAudit audit() {
    return TableAudit.of(this);
  }

  /**
   * The table as title and row count.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "PublishedTable["
        + title
        + ", "
        + rows.size()
        + " rows, "
        + relations.size()
        + " relations]";
  }

  /** Builds a {@link PublishedTable}: rows, then relations. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private @Nullable Locale language;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<UnknownCount> unknowns = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /**
     * The language the table is printed in, which settles figures such as {@code "7.600"}; set it
     * before the rows. Without it, such figures are refused (counts given as counts are read as
     * whole numbers anyway).
     *
     * @param locale {@link io.github.dvckpi.rate.RateFormat#VIETNAMESE} or English
     * @return this builder
     */
    public Builder language(Locale locale) {
      this.language = requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Adds a row with a figure only.
     *
     * @param id the row's identifier, unique
     * @param scope the territory and tier
     * @param indicator the indicator
     * @param figure the figure as printed, e.g. {@code "trên 98,75%"}
     * @return this builder
     * @throws FigureParseException if the figure cannot be read
     * @throws IllegalArgumentException if the identifier is taken
     */
    public Builder row(String id, String scope, String indicator, String figure) {
      return add(new Row(id, scope, indicator, read(figure), Optional.empty(), Optional.empty()));
    }

    /**
     * Adds a row with a rate and the counts behind it.
     *
     * @param id the row's identifier, unique
     * @param scope the territory and tier
     * @param indicator the indicator
     * @param figure the rate as printed
     *     <p>One of the two counts may be unknown, written {@code "?"} or given a name such as
     *     {@code "R"} (a letter, then letters, digits or {@code _}); the other must then be printed
     *     exactly. The audit finds the range of every unknown ({@link TableAudit#unknown(String)}),
     *     a name used in several rows being one count.
     * @param numerator the successful dossiers as printed, e.g. {@code "9.979"}, or an unknown
     * @param denominator the dossiers counted as printed, or an unknown
     * @return this builder
     * @throws FigureParseException if a figure cannot be read
     * @throws IllegalArgumentException if the identifier is taken, the figure is not a rate, both
     *     counts are unknown, or the count beside an unknown is not exact
     */
    public Builder row(
        String id,
        String scope,
        String indicator,
        String figure,
        String numerator,
        String denominator) {
      boolean unknownN = NAME.matcher(numerator.strip()).matches();
      boolean unknownD = NAME.matcher(denominator.strip()).matches();
      if (unknownN && unknownD) {
        throw new IllegalArgumentException("row " + id + ": at most one count may be unknown");
      }
      if (unknownN || unknownD) {
        PublishedFigure known = PublishedFigure.parseCount(unknownN ? denominator : numerator);
        if (!known.isExact() || known.qualifier() != Qualifier.NONE) {
          throw new IllegalArgumentException(
              "row " + id + ": the count beside an unknown must be exact, got " + known.text());
        }
        String written = (unknownN ? numerator : denominator).strip();
        String name = written.equals("?") ? id + (unknownN ? ".n" : ".d") : written;
        add(new Row(id, scope, indicator, read(figure), Optional.empty(), Optional.empty()));
        if (known(id).figure().kind() != PublishedFigure.Kind.RATE) {
          throw new IllegalArgumentException("row " + id + ": counts go with a rate");
        }
        unknowns.add(new UnknownCount(id, name, unknownN, known.value().longValueExact()));
        return this;
      }
      return add(
          new Row(
              id,
              scope,
              indicator,
              read(figure),
              Optional.of(PublishedFigure.parseCount(numerator)),
              Optional.of(PublishedFigure.parseCount(denominator))));
    }

    private PublishedFigure read(String figure) {
      Locale l = language;
      return l == null ? PublishedFigure.parse(figure) : PublishedFigure.parse(figure, l);
    }

    private Builder add(Row row) {
      if (rows.putIfAbsent(row.id(), row) != null) {
        throw new IllegalArgumentException("row " + row.id() + " is already in the table");
      }
      return this;
    }

    /**
     * Says that rows are disjoint parts of a whole row: the parts' rates must aggregate to the
     * whole's, or the parts' counts sum to it.
     *
     * @param whole the whole row's identifier
     * @param parts the parts' identifiers, at least one
     * @return this builder
     * @throws IllegalArgumentException if a row is unknown, there is no part, or rates and counts
     *     are mixed
     */
    public Builder parts(String whole, String... parts) {
      if (parts.length == 0) {
        throw new IllegalArgumentException("row " + whole + " needs at least one part");
      }
      List<String> ids = new ArrayList<>();
      ids.add(whole);
      ids.addAll(List.of(parts));
      PublishedFigure.Kind kind = known(whole).figure().kind();
      for (String id : ids) {
        if (known(id).figure().kind() != kind || kind == PublishedFigure.Kind.NUMBER) {
          throw new IllegalArgumentException(
              "rows " + ids + " mix rates and counts, or are not rates or counts");
        }
      }
      relations.add(new Relation(Relation.Kind.PARTS, ids));
      return this;
    }

    /**
     * Says that rows are the shares of one partition: their rates must be able to sum to 100%.
     *
     * @param ids the rows' identifiers, at least one
     * @return this builder
     * @throws IllegalArgumentException if a row is unknown, there is none, or one is not a rate
     */
    public Builder shares(String... ids) {
      if (ids.length == 0) {
        throw new IllegalArgumentException("shares need at least one row");
      }
      for (String id : ids) {
        if (known(id).figure().kind() != PublishedFigure.Kind.RATE) {
          throw new IllegalArgumentException("row " + id + " is not a rate");
        }
      }
      relations.add(new Relation(Relation.Kind.SHARES, List.of(ids)));
      return this;
    }

    private Row known(String id) {
      Row row = rows.get(id);
      if (row == null) {
        throw new IllegalArgumentException("no row " + id + " in the table");
      }
      return row;
    }

    /**
     * The table.
     *
     * @return an immutable table
     */
    public PublishedTable build() {
      return new PublishedTable(title, new ArrayList<>(rows.values()), relations, unknowns);
    }
  }
}
