package io.github.dvckpi.audit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The audit of a whole {@link PublishedTable}: every finding at once, as an immutable report
 * printable in Vietnamese and English.
 *
 * <p>What is checked: each row with counts against its rate ({@link FigureAudit#rate(String,
 * String, String)}); each {@link PublishedTable.Relation.Kind#PARTS} relation as an aggregate of
 * rates ({@link FigureAudit#aggregate(String, String...)}) or a partition of counts ({@link
 * FigureAudit#partition(String, String...)}), and, when all its parts give exact counts, the whole
 * against the parts' summed counts — including whether the parts and the whole use the same
 * denominator; each {@link PublishedTable.Relation.Kind#SHARES} relation ({@link
 * FigureAudit#shares(String...)}).
 *
 * @param title the table's title
 * @param rows the number of rows in the table
 * @param entries one entry per check, in table order
 */
public record TableAudit(String title, int rows, List<TableAudit.Entry> entries) {

  /**
   * One check of a table.
   *
   * @param rows the rows checked: the whole first for a parts relation
   * @param label what was checked, in Vietnamese, e.g. "dòng 1 ← 2, 3 (TP Hà Tĩnh, hai cấp)"
   * @param labelEnglish what was checked, in English
   * @param result what the check found
   */
  public record Entry(List<String> rows, String label, String labelEnglish, AuditResult result) {

    /**
     * An entry.
     *
     * @param rows the rows checked; copied
     * @param label what was checked, in Vietnamese
     * @param labelEnglish what was checked, in English
     * @param result what the check found
     */
    public Entry {
      rows = List.copyOf(rows);
      requireNonNull(label, "label");
      requireNonNull(labelEnglish, "labelEnglish");
      requireNonNull(result, "result");
    }

    /**
     * The entry printed in a language: its label, the check and verdict, then the findings.
     *
     * @param locale the language; Vietnamese for {@code vi}, English otherwise
     * @return the printed entry
     */
    public String format(Locale locale) {
      return (RateFormat.isVietnamese(locale) ? label : labelEnglish)
          + ": "
          + result.format(locale);
    }
  }

  /**
   * A report.
   *
   * @param title the table's title
   * @param rows the number of rows
   * @param entries the checks; copied
   */
  public TableAudit {
    requireNonNull(title, "title");
    entries = List.copyOf(entries);
  }

  /**
   * Audits a table; see the class description for what is checked.
   *
   * @param table the table
   * @return the report
   */
  public static TableAudit of(PublishedTable table) {
    List<Entry> entries = new ArrayList<>();
    for (PublishedTable.Row row : table.rows()) {
      if (row.numerator().isPresent() && row.denominator().isPresent()) {
        PublishedFigure n = row.numerator().get();
        PublishedFigure d = row.denominator().get();
        entries.add(
            entry(
                List.of(row.id()),
                table,
                FigureAudit.rate(
                    "rate(" + q(row.figure()) + ", " + q(n) + ", " + q(d) + ")",
                    row.figure(),
                    n,
                    d)));
      }
    }
    unknownCounts(table, entries);
    for (PublishedTable.Relation relation : table.relations()) {
      List<PublishedTable.Row> rs =
          relation.rows().stream().map(id -> table.row(id).orElseThrow()).toList();
      if (relation.kind() == PublishedTable.Relation.Kind.SHARES) {
        List<PublishedFigure> figures = rs.stream().map(PublishedTable.Row::figure).toList();
        entries.add(
            entry(relation.rows(), table, FigureAudit.shares(call("shares", figures), figures)));
        continue;
      }
      PublishedTable.Row whole = rs.get(0);
      List<PublishedTable.Row> parts = rs.subList(1, rs.size());
      List<PublishedFigure> partFigures = parts.stream().map(PublishedTable.Row::figure).toList();
      List<PublishedFigure> all = rs.stream().map(PublishedTable.Row::figure).toList();
      if (whole.figure().kind() == PublishedFigure.Kind.COUNT) {
        entries.add(
            entry(
                relation.rows(),
                table,
                FigureAudit.partition(call("partition", all), whole.figure(), partFigures)));
        continue;
      }
      entries.add(
          entry(
              relation.rows(),
              table,
              FigureAudit.aggregate(call("aggregate", all), whole.figure(), partFigures)));
      if (parts.stream().allMatch(TableAudit::hasExactCounts)) {
        countsOfParts(table, relation, whole, parts, entries);
      }
    }
    return new TableAudit(table.title(), table.rows().size(), entries);
  }

  /**
   * Each row with an unknown count against its rate, then each unknown over all its rows: every
   * such row ties the unknown to one interval of whole numbers, so the unknown's feasible range is
   * their intersection, and when it is empty the two rows with the highest low end and the lowest
   * high end are the smallest set that cannot hold together.
   */
  private static void unknownCounts(PublishedTable table, List<Entry> entries) {
    Map<String, List<PublishedTable.UnknownCount>> byName = new LinkedHashMap<>();
    Map<PublishedTable.UnknownCount, Range<BigDecimal>> ranges = new LinkedHashMap<>();
    for (PublishedTable.UnknownCount u : table.unknowns()) {
      PublishedTable.Row row = table.row(u.row()).orElseThrow();
      AuditResult r =
          u.isNumerator()
              ? Unknowns.rateDenominator(
                  "rateDenominator(" + q(row.figure()) + ", " + u.other() + ")",
                  row.figure(),
                  u.other())
              : Unknowns.rate(
                  "rate(" + q(row.figure()) + ", " + u.other() + ")", row.figure(), u.other());
      AuditResult named = new AuditResult(r.check(), r.findings(), rename(r, u));
      entries.add(entry(List.of(u.row()), table, named));
      byName.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u);
      named.unknown(u.name()).ifPresent(range -> ranges.put(u, range));
    }
    for (Map.Entry<String, List<PublishedTable.UnknownCount>> e : byName.entrySet()) {
      List<PublishedTable.UnknownCount> us = e.getValue();
      if (us.size() < 2 || !us.stream().allMatch(ranges::containsKey)) {
        continue; // one row: its entry says it all; an impossible row: already inconsistent
      }
      String name = e.getKey();
      List<Range<BigDecimal>> rs = us.stream().map(u -> requireNonNull(ranges.get(u))).toList();
      int highLow = 0;
      int lowHigh = -1;
      Range<BigDecimal> all = rs.get(0);
      for (int i = 0; i < rs.size(); i++) {
        Range<BigDecimal> r = rs.get(i);
        all = all.isConnected(r) ? all.intersection(r) : all;
        if (r.lowerEndpoint().compareTo(rs.get(highLow).lowerEndpoint()) > 0) {
          highLow = i;
        }
        if (r.hasUpperBound()
            && (lowHigh < 0 || r.upperEndpoint().compareTo(rs.get(lowHigh).upperEndpoint()) < 0)) {
          lowHigh = i;
        }
      }
      List<String> ids = us.stream().map(PublishedTable.UnknownCount::row).toList();
      List<Finding> findings = new ArrayList<>();
      Map<String, Range<BigDecimal>> found = new LinkedHashMap<>();
      if (lowHigh >= 0
          && rs.get(lowHigh).upperEndpoint().compareTo(rs.get(highLow).lowerEndpoint()) < 0) {
        String a = us.get(lowHigh).row();
        String b = us.get(highLow).row();
        Range<BigDecimal> ra = rs.get(lowHigh);
        Range<BigDecimal> rb = rs.get(highLow);
        findings.add(
            Unknowns.say(
                Finding.Kind.CONFLICTING_FIGURES,
                Finding.Severity.INCONSISTENT,
                "audit.unknown.table.conflict",
                l -> List.of(name, a, format(ra, l), b, format(rb, l))));
      } else {
        Range<BigDecimal> both = all;
        found.put(name, both);
        findings.add(
            Unknowns.say(
                Finding.Kind.UNKNOWN_RANGE,
                Finding.Severity.NOTE,
                "audit.unknown.table.holds",
                l -> List.of(name, format(both, l), String.join(", ", ids))));
      }
      entries.add(entry(ids, table, new AuditResult("unknown(" + name + ")", findings, found)));
    }
  }

  private static Map<String, Range<BigDecimal>> rename(
      AuditResult r, PublishedTable.UnknownCount u) {
    Map<String, Range<BigDecimal>> out = new LinkedHashMap<>();
    r.unknown(u.isNumerator() ? "n" : "d").ifPresent(range -> out.put(u.name(), range));
    return out;
  }

  private static String format(Range<BigDecimal> r, Locale l) {
    Interval set =
        new Interval(
            Ratio.of(r.lowerEndpoint()),
            true,
            r.hasUpperBound() ? Ratio.of(r.upperEndpoint()) : null,
            true);
    return Texts.interval(set, false, l);
  }

  /**
   * The feasible range of an unknown count of the table, by its name: the intersection over every
   * row it appears in, tight at both ends.
   *
   * @param name the unknown's name, as in {@link PublishedTable.UnknownCount#name()}
   * @return its range; empty if there is no such unknown or its rows cannot hold
   */
  public Optional<Range<BigDecimal>> unknown(String name) {
    requireNonNull(name, "name");
    Optional<Range<BigDecimal>> last = Optional.empty();
    for (Entry e : entries) {
      if (!e.result().isConsistent() && e.result().check().equals("unknown(" + name + ")")) {
        return Optional.empty();
      }
      Optional<Range<BigDecimal>> r = e.result().unknown(name);
      if (r.isPresent()) {
        last = r;
      }
    }
    return last;
  }

  private static void countsOfParts(
      PublishedTable table,
      PublishedTable.Relation relation,
      PublishedTable.Row whole,
      List<PublishedTable.Row> parts,
      List<Entry> entries) {
    long n = 0;
    long d = 0;
    for (PublishedTable.Row p : parts) {
      n = Math.addExact(n, p.numerator().orElseThrow().value().longValueExact());
      d = Math.addExact(d, p.denominator().orElseThrow().value().longValueExact());
    }
    if (!hasExactCounts(whole)) {
      entries.add(
          entry(
              relation.rows(),
              table,
              FigureAudit.rate(
                  "rate(" + q(whole.figure()) + ", Σ " + n + ", Σ " + d + ")",
                  whole.figure(),
                  n,
                  d)));
      return;
    }
    long wn = whole.numerator().orElseThrow().value().longValueExact();
    long wd = whole.denominator().orElseThrow().value().longValueExact();
    List<Finding> findings = new ArrayList<>();
    long sn = n;
    long sd = d;
    String ids = String.join(", ", parts.stream().map(PublishedTable.Row::id).toList());
    if (sd != wd) {
      findings.add(
          FigureAudit.make(
              Finding.Kind.DENOMINATOR_MISMATCH,
              Finding.Severity.INCONSISTENT,
              l ->
                  (vi(l) ? "Mẫu số của các dòng " : "The denominators of rows ")
                      + ids
                      + (vi(l) ? " cộng lại " : " add up to ")
                      + Texts.count(sd, l)
                      + (vi(l) ? ", dòng " : ", row ")
                      + whole.id()
                      + (vi(l) ? " đếm " : " counts ")
                      + Texts.count(wd, l)
                      + (vi(l)
                          ? ": hai mẫu số trong một bảng (lệch "
                          : ": two denominators in one table (off by ")
                      + Texts.count(Math.abs(sd - wd), l)
                      + ")."));
    }
    if (sn != wn) {
      findings.add(
          FigureAudit.make(
              Finding.Kind.PARTITION_MISMATCH,
              Finding.Severity.INCONSISTENT,
              l ->
                  (vi(l) ? "Tử số của các dòng " : "The numerators of rows ")
                      + ids
                      + (vi(l) ? " cộng lại " : " add up to ")
                      + Texts.count(sn, l)
                      + (vi(l) ? ", dòng " : ", row ")
                      + whole.id()
                      + (vi(l) ? " có " : " has ")
                      + Texts.count(wn, l)
                      + (vi(l) ? " (lệch " : " (off by ")
                      + Texts.count(Math.abs(sn - wn), l)
                      + ")."));
    }
    if (findings.isEmpty()) {
      findings.add(
          FigureAudit.make(
              Finding.Kind.HOLDS,
              Finding.Severity.NOTE,
              l ->
                  (vi(l) ? "Số đếm của các dòng " : "The counts of rows ")
                      + ids
                      + (vi(l) ? " cộng lại đúng " : " add up to exactly ")
                      + Texts.count(sn, l)
                      + "/"
                      + Texts.count(sd, l)
                      + (vi(l) ? " của dòng " : " of row ")
                      + whole.id()
                      + "."));
    }
    entries.add(
        entry(relation.rows(), table, new AuditResult("counts(Σ parts = whole)", findings)));
  }

  private static boolean hasExactCounts(PublishedTable.Row row) {
    return row.numerator().map(TableAudit::exactCount).orElse(false)
        && row.denominator().map(TableAudit::exactCount).orElse(false);
  }

  private static boolean exactCount(PublishedFigure f) {
    return f.isExact()
        && f.qualifier() == Qualifier.NONE
        && f.value().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }

  private static Entry entry(List<String> ids, PublishedTable table, AuditResult result) {
    PublishedTable.Row first = table.row(ids.get(0)).orElseThrow();
    String rest = ids.size() == 1 ? "" : " ← " + String.join(", ", ids.subList(1, ids.size()));
    String about = " (" + first.scope() + "; " + first.indicator() + ")";
    return new Entry(
        ids, "dòng " + ids.get(0) + rest + about, "row " + ids.get(0) + rest + about, result);
  }

  private static String q(PublishedFigure f) {
    return "\"" + f.text() + "\"";
  }

  private static String call(String name, List<PublishedFigure> figures) {
    return name + "(" + String.join(", ", figures.stream().map(TableAudit::q).toList()) + ")";
  }

  private static boolean vi(Locale l) {
    return RateFormat.isVietnamese(l);
  }

  /**
   * Whether every figure of the table can be true together: no entry has an inconsistency.
   *
   * @return true if consistent
   */
  public boolean isConsistent() {
    return entries.stream().allMatch(e -> e.result().isConsistent());
  }

  /**
   * Every finding of every entry, in order.
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return entries.stream().flatMap(e -> e.result().findings().stream()).toList();
  }

  /**
   * The entries that found an inconsistency.
   *
   * @return the inconsistent entries, in order
   */
  public List<Entry> inconsistencies() {
    return entries.stream().filter(e -> !e.result().isConsistent()).toList();
  }

  /**
   * The report printed in a language: a summary line, then every entry.
   *
   * @param locale the language; Vietnamese for {@code vi}, English otherwise
   * @return the printed report
   */
  public String format(Locale locale) {
    boolean vi = vi(locale);
    long bad = findings().stream().filter(Finding::isInconsistency).count();
    long notes = findings().size() - bad;
    Function<Long, String> n = x -> RateFormat.count(x, locale);
    StringBuilder b =
        new StringBuilder(vi ? "Kiểm tra bảng \"" : "Audit of table \"")
            .append(title)
            .append("\" (")
            .append(n.apply((long) rows))
            .append(vi ? " dòng, " : " rows, ")
            .append(n.apply((long) entries.size()))
            .append(vi ? " phép kiểm tra): " : " checks): ")
            .append(
                isConsistent()
                    ? (vi ? "nhất quán" : "consistent")
                    : (vi ? "KHÔNG nhất quán" : "INCONSISTENT"))
            .append(" — ")
            .append(n.apply(bad))
            .append(vi ? " mâu thuẫn, " : bad == 1 ? " inconsistency, " : " inconsistencies, ")
            .append(n.apply(notes))
            .append(vi ? " ghi chú" : notes == 1 ? " note" : " notes");
    for (Entry e : entries) {
      b.append('\n').append(e.format(locale));
    }
    return b.toString();
  }

  /**
   * The report in Vietnamese; see {@link #format(Locale)}.
   *
   * @return the Vietnamese form
   */
  @Override
  public String toString() {
    return format(RateFormat.VIETNAMESE);
  }
}
