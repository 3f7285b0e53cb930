package org.backproplab.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;

/**
 * The databases of {@link OnEveryDatabase}: an H2 in memory and a PostgreSQL database, each made once
 * per test run (kept in JUnit's root store, which closes them when the run ends: the PostgreSQL
 * database is dropped then, and how many test cases ran on it is printed).
 */
public final class TestDatabases implements ArgumentsProvider {
    static final String H2 = "H2";
    static final String POSTGRESQL = "PostgreSQL";
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabases.class);

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        var store = context.getRoot().getStore(NAMESPACE);
        return Stream.of(Arguments.of(store.getOrComputeIfAbsent(H2, name -> new H2Database(), H2Database.class)),
                Arguments.of(store.getOrComputeIfAbsent(POSTGRESQL, name -> new PostgreSqlDatabase(SERVER), PostgreSqlDatabase.class)));
    }

    /** Whether PostgreSQL's cases must run: CI says so with CI=true. */
    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static HikariDataSource pool(String url, String user) {
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(10); // enough for the concurrent tests, few enough for a shared server
        config.setPoolName("test-" + user);
        return new HikariDataSource(config);
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    /** H2 in memory, as the Spring tests use it: always there. */
    static final class H2Database implements TestDatabase, ExtensionContext.Store.CloseableResource {
        private HikariDataSource dataSource;

        @Override
        public String name() {
            return H2;
        }

        @Override
        public synchronized DataSource dataSource() {
            if (dataSource == null) {
                dataSource = pool("jdbc:h2:mem:every-database-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa");
                migrate(dataSource);
            }
            return dataSource;
        }

        @Override
        public synchronized void close() {
            if (dataSource != null) {
                dataSource.close();
            }
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** A database of its own on the local PostgreSQL server, made on first use and dropped when the run ends. */
    static final class PostgreSqlDatabase implements TestDatabase, ExtensionContext.Store.CloseableResource {
        private final String server;
        private final String database = "bpl_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                + "_" + UUID.randomUUID().toString().substring(0, 8);
        private final AtomicInteger cases = new AtomicInteger();
        private HikariDataSource dataSource;
        private String unreachable;

        /** @param server where PostgreSQL listens, as a JDBC URL ending in a slash */
        PostgreSqlDatabase(String server) {
            this.server = server;
        }

        @Override
        public String name() {
            return POSTGRESQL;
        }

        @Override
        public synchronized DataSource dataSource() {
            if (dataSource == null && unreachable == null) {
                create();
            }
            if (unreachable != null) {
                String message = "PostgreSQL is not reachable at " + server + " (" + unreachable + ")";
                if (required()) {
                    Assertions.fail(message + ": with CI=true the PostgreSQL cases must run");
                }
                Assumptions.abort(message + ": PostgreSQL cases skipped");
            }
            cases.incrementAndGet();
            return dataSource;
        }

        private void create() {
            try (Connection admin = admin()) {
                admin.createStatement().execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                unreachable = e.getMessage();
                System.out.println("[test-database] PostgreSQL is not reachable at " + server + " (" + e.getMessage() + "): "
                        + (required() ? "its cases fail (CI=true)" : "its cases are skipped"));
                return;
            }
            dataSource = pool(server + database, "postgres");
            migrate(dataSource);
            System.out.println("[test-database] PostgreSQL database " + database + " created for this run");
        }

        private Connection admin() throws SQLException {
            DriverManager.setLoginTimeout(3);
            return DriverManager.getConnection(server + "postgres?connectTimeout=3", "postgres", "");
        }

        @Override
        public synchronized void close() throws SQLException {
            if (dataSource == null) {
                return;
            }
            dataSource.close();
            try (Connection admin = admin()) {
                admin.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
            System.out.println("[test-database] " + cases.get() + " test case(s) ran on PostgreSQL; database " + database + " dropped");
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
