package org.backproplab.database;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a test once per database the app supports, H2 and PostgreSQL, each handed in as a
 * {@link TestDatabase} whose {@link TestDatabase#dataSource() data source} has the app's Flyway
 * migrations applied:
 *
 * <pre>{@code
 * @OnEveryDatabase
 * void storesALearner(TestDatabase database) {
 *     var jdbc = JdbcClient.create(database.dataSource());
 *     ...
 * }
 * }</pre>
 *
 * PostgreSQL is the one at 127.0.0.1:5432 (user postgres, trust authentication), in a database
 * made for the test run and dropped after it. Where it cannot be reached, its cases are skipped
 * with a message, unless the environment says {@code CI=true}: there they fail.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "on {0}")
@ArgumentsSource(TestDatabases.class)
public @interface OnEveryDatabase {
}
