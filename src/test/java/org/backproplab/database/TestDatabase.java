package org.backproplab.database;

import javax.sql.DataSource;

/** One database a test runs on; {@link #dataSource()} skips or fails the test where it cannot be had. */
public interface TestDatabase {

    /** "H2" or "PostgreSQL": the name in the test's display name. */
    String name();

    /** The database with the app's migrations applied; shared by the tests of one run. */
    DataSource dataSource();

    /** Whether this is PostgreSQL (for the few statements whose text differs between the two). */
    default boolean isPostgreSql() {
        return name().equals(TestDatabases.POSTGRESQL);
    }
}
