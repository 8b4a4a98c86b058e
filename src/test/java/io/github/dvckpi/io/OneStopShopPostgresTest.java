package io.github.dvckpi.io;

import java.sql.Connection;

/**
 * The one-stop-shop checks on a real PostgreSQL server (see {@link Postgres} for how it is named,
 * skipped or required): native {@code DATE}, {@code TIMESTAMP}, {@code TIMESTAMPTZ}, {@code
 * BOOLEAN}, {@code SMALLINT} and {@code NUMERIC} columns read by PostgreSQL's own driver, the
 * statement streamed by its fetch size.
 */
class OneStopShopPostgresTest extends OneStopShopChecks {

  @Override
  Connection connect() {
    return Postgres.connect("dvckpi_mot_cua");
  }
}
