package io.github.dvckpi.bench;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.period.Buckets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB in-process SQL: the dossiers appended to a table through DuckDB's appender, then one query
 * whose final {@code GROUP BY} computes every indicator's numerator and denominator per unit × tier
 * × month. Intake counters are grouped by the intake month, resolution counters by the resolution
 * month, and the in-progress counters by a join with the months (received by the month's last day,
 * not resolved by then). DuckDB runs with its default settings (all cores).
 */
final class DuckDbContender implements AutoCloseable {

  private static final String CREATE =
      "CREATE OR REPLACE TABLE dossier (unit VARCHAR, tier TINYINT, received DATE, due DATE,"
          + " resolved DATE, online BOOLEAN, level TINYINT, intake_digitized BOOLEAN, fee BIGINT,"
          + " paid_online BOOLEAN, outcome TINYINT, issues_result BOOLEAN,"
          + " result_digitized BOOLEAN)";

  private final Connection connection;
  private final String query;

  DuckDbContender(Buckets months) throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:duckdb:");
    this.query = sql(months);
  }

  private static String sql(Buckets months) {
    LocalDate first = months.span().first();
    LocalDate last = months.span().last();
    int base = first.getYear() * 12 + first.getMonthValue() - 1;
    String monthOf = "(year(%1$s) * 12 + month(%1$s) - 1 - " + base + ")";
    String zeros9 = "0, 0, 0, 0, 0, 0, 0, 0, 0";
    return "WITH months AS (SELECT i AS idx, (DATE '"
        + first
        + "' + to_months(i + 1) - INTERVAL 1 DAY)::DATE AS last_day FROM range(0, "
        + months.size()
        + ") t(i)),\n"
        + "counted AS (\n"
        + " SELECT unit, tier, "
        + String.format(monthOf, "received")
        + " AS idx,\n"
        + "  count(*) AS received, count(*) FILTER (WHERE online) AS received_online,\n"
        + "  count(*) FILTER (WHERE level < 2) AS eligible,\n"
        + "  count(*) FILTER (WHERE level < 2 AND online) AS eligible_online,\n"
        + "  count(*) FILTER (WHERE level = 0) AS full_eligible,\n"
        + "  count(*) FILTER (WHERE level = 0 AND online) AS full_filed,\n"
        + "  count(*) FILTER (WHERE intake_digitized) AS intake_digitized,\n"
        + "  count(*) FILTER (WHERE fee > 0) AS fee_charged,\n"
        + "  count(*) FILTER (WHERE fee > 0 AND paid_online) AS paid_online,\n"
        + "  0 AS early, 0 AS on_time, 0 AS late, 0 AS result_issued, 0 AS result_digitized,\n"
        + "  0 AS within, 0 AS overdue\n"
        + " FROM dossier WHERE received BETWEEN DATE '"
        + first
        + "' AND DATE '"
        + last
        + "' GROUP BY ALL\n"
        + " UNION ALL\n"
        + " SELECT unit, tier, "
        + String.format(monthOf, "resolved")
        + ", "
        + zeros9
        + ",\n"
        + "  count(*) FILTER (WHERE resolved < due), count(*) FILTER (WHERE resolved = due),\n"
        + "  count(*) FILTER (WHERE resolved > due),\n"
        + "  count(*) FILTER (WHERE outcome = 0 AND issues_result),\n"
        + "  count(*) FILTER (WHERE outcome = 0 AND issues_result AND result_digitized), 0, 0\n"
        + " FROM dossier WHERE resolved BETWEEN DATE '"
        + first
        + "' AND DATE '"
        + last
        + "' GROUP BY ALL\n"
        + " UNION ALL\n"
        + " SELECT unit, tier, m.idx, "
        + zeros9
        + ", 0, 0, 0, 0, 0,\n"
        + "  count(*) FILTER (WHERE m.last_day <= due), count(*) FILTER (WHERE m.last_day > due)\n"
        + " FROM dossier JOIN months m"
        + " ON received <= m.last_day AND (resolved IS NULL OR resolved > m.last_day)"
        + " GROUP BY ALL)\n"
        + "SELECT unit, tier, idx,\n"
        + " sum(eligible_online)::BIGINT, sum(eligible)::BIGINT,\n"
        + " sum(received_online)::BIGINT, sum(received)::BIGINT,\n"
        + " sum(full_filed)::BIGINT, sum(full_eligible)::BIGINT,\n"
        + " sum(result_digitized)::BIGINT, sum(result_issued)::BIGINT,\n"
        + " sum(paid_online)::BIGINT, sum(fee_charged)::BIGINT,\n"
        + " sum(early + on_time)::BIGINT, sum(early + on_time + late)::BIGINT,\n"
        + " sum(early + on_time + within)::BIGINT,\n"
        + " sum(early + on_time + late + within + overdue)::BIGINT,\n"
        + " sum(intake_digitized)::BIGINT, sum(received)::BIGINT\n"
        + "FROM counted GROUP BY unit, tier, idx";
  }

  /** Creates (or replaces) the table and appends the dossiers to it. */
  void load(List<Dossier> dossiers) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(CREATE);
    }
    try (DuckDBAppender a =
        connection.unwrap(DuckDBConnection.class).createAppender("main", "dossier")) {
      for (Dossier d : dossiers) {
        a.beginRow();
        a.append(d.agency().unitCode());
        a.append((byte) d.tier().ordinal());
        a.append(d.receivedOn());
        a.append(d.dueOn());
        LocalDate resolved = d.resolvedOnOrNull();
        if (resolved == null) {
          a.appendNull();
        } else {
          a.append(resolved);
        }
        a.append(d.isFiledOnline());
        a.append((byte) d.procedure().serviceLevel().ordinal());
        a.append(d.isIntakeDigitized());
        a.append(d.fee());
        a.append(d.isPaidOnline());
        Outcome outcome = d.outcome().orElse(null);
        if (outcome == null) {
          a.appendNull();
        } else {
          a.append((byte) outcome.ordinal());
        }
        a.append(d.procedure().issuesResult());
        a.append(d.isResultDigitized());
        a.endRow();
      }
    }
  }

  /** Runs the query: every indicator's numerator and denominator per cell. */
  Map<String, long[]> query(Buckets months) throws SQLException {
    Map<String, long[]> out = new TreeMap<>();
    AdministrativeLevel[] tiers = AdministrativeLevel.values();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        long[] f = new long[16];
        for (int i = 0; i < 16; i++) {
          f[i] = rs.getLong(4 + i);
        }
        UnitTier group = UnitTier.of(rs.getString(1), tiers[rs.getInt(2)]);
        out.put(Figures.key(group, rs.getInt(3)), f);
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
