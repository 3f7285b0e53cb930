package org.backproplab.database;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * For a test that needs the whole app (a Spring context: services, views, Karibu) rather than one
 * data source ({@link OnEveryDatabase} hands in a data source): runs it on PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), in a database
 * made for this test run and dropped when the JVM ends. Use it as an extension
 * ({@code @ExtendWith(OnPostgres.class)}) and register {@link #properties} with
 * {@code @DynamicPropertySource}. Without PostgreSQL the class is skipped with a message; with
 * {@code CI=true} it fails instead, never falling back to H2. After each class it says how many
 * tests ran on PostgreSQL.
 */
public final class OnPostgres implements BeforeAllCallback, AfterAllCallback, TestWatcher {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final AtomicInteger PASSED = new AtomicInteger();
    private static String database;
    private static String unreachable;

    private final AtomicInteger inClass = new AtomicInteger();

    public OnPostgres() {
    }

    /** The run's database, created on first use; null when PostgreSQL cannot be reached. */
    static synchronized String database() {
        if (database == null && unreachable == null) {
            String name = "bpl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (var c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
                c.createStatement().execute("CREATE DATABASE " + name);
                database = name;
                Runtime.getRuntime().addShutdownHook(new Thread(OnPostgres::drop));
            } catch (SQLException e) {
                unreachable = e.getMessage();
            }
        }
        return database;
    }

    private static void drop() {
        try (var c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop the test database " + database + ": " + e.getMessage());
        }
    }

    /** The data source of the run's database, for {@code @DynamicPropertySource}. */
    public static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> SERVER + database());
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (database() == null) {
            String message = "PostgreSQL is not reachable at 127.0.0.1:5432 (" + unreachable + ")";
            if (TestDatabases.required()) {
                throw new IllegalStateException("CI=true: " + message + ". The PostgreSQL tests must run in CI; start PostgreSQL.");
            }
            System.out.println("SKIPPED on PostgreSQL: " + context.getDisplayName() + " - " + message);
            Assumptions.abort(message);
        }
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        inClass.incrementAndGet();
        PASSED.incrementAndGet();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            System.out.println("PostgreSQL: " + inClass.get() + " tests of " + context.getDisplayName() + " passed on PostgreSQL ("
                    + PASSED.get() + " in this run so far)");
        }
    }
}
