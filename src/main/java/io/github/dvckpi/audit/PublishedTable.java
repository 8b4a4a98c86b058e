package io.github.dvckpi.audit;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  private final String title;
  private final List<Row> rows;
  private final List<Relation> relations;

  private PublishedTable(String title, List<Row> rows, List<Relation> relations) {
    this.title = title;
    this.rows = List.copyOf(rows);
    this.relations = List.copyOf(relations);
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
     * @param numerator the successful dossiers as printed, e.g. {@code "9.979"}
     * @param denominator the dossiers counted as printed
     * @return this builder
     * @throws FigureParseException if a figure cannot be read
     * @throws IllegalArgumentException if the identifier is taken or the figure is not a rate
     */
    public Builder row(
        String id,
        String scope,
        String indicator,
        String figure,
        String numerator,
        String denominator) {
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
      return new PublishedTable(title, new ArrayList<>(rows.values()), relations);
    }
  }
}
