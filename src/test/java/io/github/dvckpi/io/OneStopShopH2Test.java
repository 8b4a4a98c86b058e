package io.github.dvckpi.io;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The one-stop-shop checks on H2 in memory, so that they run without a server: a database of its
 * own per test, names in lower case as PostgreSQL folds them.
 */
class OneStopShopH2Test extends OneStopShopChecks {

  private static int databases;

  @Override
  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:h2:mem:mot_cua_" + ++databases + ";DATABASE_TO_LOWER=TRUE");
  }
}
