package io.github.dvckpi.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the integration tests ({@code *PostgresTest}), named by environment
 * variables: {@code DVCKPI_PG_URL} (e.g. {@code jdbc:postgresql://127.0.0.1:54329/postgres}),
 * optionally {@code DVCKPI_PG_USER} and {@code DVCKPI_PG_PASSWORD}. Without them, or when the
 * server cannot be reached, the tests are skipped with a message — unless {@code
 * DVCKPI_REQUIRE_POSTGRES=1} (as {@code .ci/run} sets after starting a server): then they fail.
 */
final class Postgres {

  private Postgres() {}

  /** The URL, as given. */
  static String url() {
    String url = System.getenv("DVCKPI_PG_URL");
    if (url == null || url.isBlank()) {
      unavailable(
          "DVCKPI_PG_URL is not set: the PostgreSQL integration tests need a server, e.g."
              + " DVCKPI_PG_URL=jdbc:postgresql://127.0.0.1:5432/postgres DVCKPI_PG_USER=postgres"
              + " (.ci/run starts one)");
    }
    return url;
  }

  /** The connection properties: user and password when given. */
  static Properties properties() {
    Properties p = new Properties();
    String user = System.getenv("DVCKPI_PG_USER");
    String password = System.getenv("DVCKPI_PG_PASSWORD");
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    return p;
  }

  /**
   * A connection whose tables live in a schema of their own, emptied first.
   *
   * @param schema the schema, e.g. {@code dvckpi_mot_cua}
   * @return the connection, in auto-commit mode
   */
  static Connection connect(String schema) {
    String url = url();
    try {
      Connection c = DriverManager.getConnection(url, properties());
      try (Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        s.execute("CREATE SCHEMA " + schema);
        s.execute("SET search_path TO " + schema);
      }
      return c;
    } catch (SQLException e) {
      unavailable("PostgreSQL at " + url + " cannot be reached: " + e.getMessage());
      throw new AssertionError(e);
    }
  }

  private static void unavailable(String message) {
    if ("1".equals(System.getenv("DVCKPI_REQUIRE_POSTGRES"))) {
      fail(message + ", and DVCKPI_REQUIRE_POSTGRES=1");
    }
    Assumptions.abort(message);
  }
}
