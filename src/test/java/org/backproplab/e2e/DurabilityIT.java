package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * An attempt is committed when the learner submits it: the real jar is started, attempts are
 * submitted in the browser, the process is killed with SIGKILL (no shutdown hook, no flush), the
 * jar is started again on the same database, and the exercise's history shows every attempt.
 * Once with the embedded H2 file database, once with PostgreSQL (a database made for the run).
 */
class DurabilityIT {
    private static final Path JAR = Path.of("target", "backprop-lab.jar");
    private static final int ATTEMPTS = 3;

    static {
        // A jar of its own beside the test JVM, on a shared machine: the page may take a while to answer.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @Test
    void attemptsSurviveAKillOnH2() throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e-data")), "kill-");
        submitKillAndFind(List.of("--backproplab.data-dir=" + data));
    }

    @Test
    void attemptsSurviveAKillOnPostgres() throws Exception {
        String database = "bpl_durability_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (!Postgres.createDatabase(database)) {
            Assumptions.abort("PostgreSQL is not reachable at 127.0.0.1:5432: the PostgreSQL durability test is skipped");
        }
        try {
            Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target", "e2e-data")), "kill-pg-");
            submitKillAndFind(List.of("--backproplab.data-dir=" + data,
                    "--spring.datasource.url=" + Postgres.URL + database, "--spring.datasource.username=postgres",
                    "--spring.datasource.password="));
        } finally {
            Postgres.dropDatabase(database);
        }
    }

    private void submitKillAndFind(List<String> settings) throws Exception {
        assertThat(JAR).as("the jar, built by mvn package before the integration tests").exists();
        int port = freePort();
        Process first = start(port, settings, "first");
        BrowserContext context = BrowserTest.browser().newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port + "/"));
        context.setDefaultTimeout(30_000);
        try {
            Page page = context.newPage();
            page.navigate("practice/exercise/sum-times-z");
            for (int i = 1; i <= ATTEMPTS; i++) {
                page.locator("#answer-0 input").waitFor();
                int n = page.locator("[id^='answer-'] input").count();
                for (int part = 0; part < n; part++) {
                    page.locator("#answer-" + part + " input").fill(Integer.toString(i * 10 + part));
                }
                page.locator("#submit").click();
                assertThat(page.locator("#best-mark")).containsText(i + " attempt");
            }
            first.destroyForcibly(); // SIGKILL
            assertThat(first.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)).isTrue();

            Process second = start(port, settings, "second");
            try {
                page.navigate("practice/exercise/sum-times-z");
                assertThat(page.locator("#best-mark")).containsText(ATTEMPTS + " attempts");
            } finally {
                second.destroy();
                second.waitFor();
            }
        } finally {
            context.close();
            first.destroyForcibly();
        }
    }

    private static Process start(int port, List<String> settings, String name) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", JAR.toString(), "--server.port=" + port));
        command.addAll(settings);
        File log = Path.of("target", "durability-" + name + "-" + port + ".log").toFile();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        var http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The jar stopped; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The jar did not start within 3 minutes; see " + log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** PostgreSQL at 127.0.0.1:5432, user postgres (trust): a database per run, dropped after. */
    static final class Postgres {
        static final String URL = "jdbc:postgresql://127.0.0.1:5432/";

        private Postgres() {
        }

        /** False when PostgreSQL is not reachable; with CI=true that is a failure, not a skip. */
        static boolean createDatabase(String name) {
            try (var c = DriverManager.getConnection(URL + "postgres", "postgres", "")) {
                c.createStatement().execute("CREATE DATABASE " + name);
                return true;
            } catch (SQLException e) {
                if ("true".equals(System.getenv("CI"))) {
                    throw new IllegalStateException("CI=true but PostgreSQL is not reachable at 127.0.0.1:5432: " + e.getMessage(), e);
                }
                return false;
            }
        }

        static void dropDatabase(String name) throws SQLException {
            try (var c = DriverManager.getConnection(URL + "postgres", "postgres", "")) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }
}
