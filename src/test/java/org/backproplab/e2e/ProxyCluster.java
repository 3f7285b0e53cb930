package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * deploy/run-local.sh driven from a test: two instances of the built jar behind HAProxy, on a fresh
 * PostgreSQL database of their own (created by the script, dropped by {@link #close()}), on free ports.
 * Without HAProxy or PostgreSQL the test is skipped with a message, and fails when CI=true.
 */
final class ProxyCluster implements AutoCloseable {
    static final Path SCRIPT = Path.of("deploy", "run-local.sh").toAbsolutePath();
    static final Path JAR = Path.of("target", "backprop-lab.jar").toAbsolutePath();
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

    final String database = "bpl_proxy_it_" + HexFormat.of().toHexDigits(new Random().nextInt());
    final Map<String, Integer> ports = new HashMap<>();
    final int proxyPort;
    final int statsPort;
    final Path runDir;
    private final Map<String, String> env = new HashMap<>();
    private boolean closed;

    private ProxyCluster() throws IOException {
        runDir = Files.createTempDirectory("bpl-proxy-");
        int[] free = freePorts(4);
        proxyPort = free[0];
        ports.put("a", free[1]);
        ports.put("b", free[2]);
        statsPort = free[3];
        env.putAll(Map.of("BPL_JAR", JAR.toString(), "BPL_RUN_DIR", runDir.toString(), "BPL_DB", database,
                "BPL_PROXY_PORT", Integer.toString(proxyPort), "BPL_PORT_A", Integer.toString(ports.get("a")),
                "BPL_PORT_B", Integer.toString(ports.get("b")), "BPL_STATS_PORT", Integer.toString(statsPort),
                "BPL_JAVA_OPTS", "-Xmx384m", "BPL_START_TIMEOUT", "300"));
    }

    /** Starts the whole example, or skips (fails on CI) when HAProxy or PostgreSQL is missing. */
    static ProxyCluster start() throws IOException, InterruptedException {
        String missing = missing();
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("The proxy test needs " + missing + " (.ci/run installs HAProxy with apt-get)");
            }
            System.err.println("SKIPPED: the proxy test (tag 'proxy') needs " + missing);
            Assumptions.abort("needs " + missing);
        }
        if (!Files.isRegularFile(JAR)) {
            fail("No " + JAR + ": the proxy test runs the built jar (failsafe, after package)");
        }
        var cluster = new ProxyCluster();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        String out = cluster.run(600, "start");
        System.out.println(out);
        return cluster;
    }

    private static String missing() {
        if (Stream.of("/usr/sbin/haproxy", "/usr/bin/haproxy").noneMatch(p -> Files.isExecutable(Path.of(p)))) {
            return "HAProxy (Debian package haproxy)";
        }
        if (!Files.isExecutable(Path.of("/usr/bin/psql"))) {
            return "psql (Debian package postgresql-client)";
        }
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
            return null;
        } catch (SQLException e) {
            return "PostgreSQL on 127.0.0.1:5432 (user postgres): " + e.getMessage();
        }
    }

    String url() {
        return "http://127.0.0.1:" + proxyPort + "/";
    }

    String instanceUrl(String name) {
        return "http://127.0.0.1:" + ports.get(name) + "/";
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(PG + database, "postgres", "");
    }

    boolean databaseExists() throws SQLException {
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "");
                var st = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            st.setString(1, database);
            return st.executeQuery().next();
        }
    }

    /** Starts {@code run-local.sh stop-instance NAME}: the caller watches the instance while it stops. */
    Process stopInstance(String name) throws IOException {
        return process("stop-instance", name).start();
    }

    /** HAProxy's statistics of one instance (columns of its CSV: status, req_tot, ...). */
    Map<String, String> stats(String instance) throws IOException, InterruptedException {
        var http = java.net.http.HttpClient.newHttpClient();
        var csv = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + statsPort + "/;csv")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).replaceFirst("^# ", "").split(",", -1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals("app") && cells[1].equals(instance)) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length && i < cells.length; i++) {
                    row.put(header[i], cells[i]);
                }
                return row;
            }
        }
        throw new IllegalStateException("HAProxy has no instance " + instance + ":\n" + csv);
    }

    String log(String name) {
        try {
            List<String> lines = Files.readAllLines(runDir.resolve(name + ".log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops everything and drops the database. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            System.out.println(run(120, "stop"));
            System.out.println(run(60, "drop-db"));
            try (var files = Files.walk(runDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("Could not stop the proxy example cleanly (" + runDir + "): " + e.getMessage());
        }
    }

    private ProcessBuilder process(String... args) {
        var command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        return builder;
    }

    private String run(int seconds, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(runDir, "script-", ".out");
        Process p = process(args).redirectOutput(out.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroy();
            fail("run-local.sh " + String.join(" ", args) + " took over " + seconds + " s:\n" + Files.readString(out));
        }
        String text = Files.readString(out);
        if (p.exitValue() != 0) {
            fail("run-local.sh " + String.join(" ", args) + " failed (" + p.exitValue() + "):\n" + text
                    + "\n--- a.log\n" + log("a") + "\n--- b.log\n" + log("b"));
        }
        return text.strip();
    }

    private static int[] freePorts(int n) throws IOException {
        ServerSocket[] sockets = new ServerSocket[n];
        int[] ports = new int[n];
        try {
            for (int i = 0; i < n; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    s.close();
                }
            }
        }
        return ports;
    }
}
