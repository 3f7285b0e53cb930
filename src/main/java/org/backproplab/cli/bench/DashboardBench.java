package org.backproplab.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.backproplab.content.Topics;
import org.backproplab.dashboard.domain.HeatMap;
import org.backproplab.dashboard.service.ClassQueries;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.SourceFile;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The teacher dashboard at class scale: seeds a class of 200 students with 20,000 attempts over 40
 * exercises (and a second class the queries must leave out) into a throw-away database, then times
 * the overview and heat-map queries as the server runs them. H2 in a temporary folder by default;
 * give a JDBC URL of an empty PostgreSQL database to measure there.
 */
public final class DashboardBench {
    static final int STUDENTS = 200;
    static final int ATTEMPTS = 20_000;
    static final int EXERCISES = 40;
    private static final int RUNS = 7;
    private static final String[] CODES = {"M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08"};

    private static final AtomicLong NEXT_ID = new AtomicLong(1_000_000);
    private final PrintStream out;

    public DashboardBench(PrintStream out) {
        this.out = out;
    }

    /** @param jdbcUrl an empty database to seed, or null for a throw-away H2 file database
     * @param plans   whether to print the queries' plans too */
    public void run(String jdbcUrl, String user, boolean plans) throws IOException, SQLException {
        Path folder = null;
        String url = jdbcUrl;
        if (url == null) {
            folder = Files.createTempDirectory("bpl-bench-dashboard");
            url = "jdbc:h2:file:" + folder.resolve("bench") + ";WRITE_DELAY=0";
        }
        var dataSource = new SingleConnectionDataSource(url, user == null ? "sa" : user, "", true);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            Catalog catalog = Catalog.read(SourceFile.bundled(), Topics.bundled(), Set.of());
            List<String> exerciseIds = new ArrayList<>(catalog.exercises().keySet());
            for (int k = 1; exerciseIds.size() < EXERCISES; k++) {
                exerciseIds.add("bench-extra-" + k);
            }
            long seedStart = System.nanoTime();
            UUID[] classes = seed(dataSource.getConnection(), exerciseIds.subList(0, EXERCISES));
            UUID classId = classes[0];
            out.println(String.format(Locale.ROOT, "seeded %s: class of %d students, %d attempts over %d exercises "
                    + "(plus a class of 50 with 5000 attempts) in %.1f s", url.startsWith("jdbc:h2") ? "H2" : url,
                    STUDENTS, ATTEMPTS, EXERCISES, (System.nanoTime() - seedStart) / 1e9));
            ClassQueries queries = ClassQueries.on(dataSource);
            // A running server has its code compiled and warm: one pass over the other class first.
            queries.overview(classes[1]);
            queries.mistakeCounts(classes[1]);
            Topics topics = Topics.bundled();
            double[] overview = time(() -> queries.overview(classId).cells().size());
            double[] heat = time(() -> HeatMap.of(Arrays.asList(CODES), topics.ids(), queries.mistakeCounts(classId),
                    id -> catalog.exercises().containsKey(id) ? catalog.exercises().get(id).topics() : List.of("chain-rule")).max());
            var cells = queries.overview(classId).cells().values().stream().mapToInt(Map::size).sum();
            out.println(String.format(Locale.ROOT, "overview (%d students x %d exercises, %d cells): first %.1f ms, then median %.1f ms of %d runs",
                    STUDENTS, EXERCISES, cells, overview[0], overview[1], RUNS));
            if (plans) {
                out.println(queries.plans(classId));
            }
            out.println(String.format(Locale.ROOT, "heat map (mistakes x topics): first %.1f ms, then median %.1f ms of %d runs", heat[0], heat[1], RUNS));
        } finally {
            dataSource.destroy();
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** The first run (cold: nothing cached) and the median of the next runs, in ms. */
    private double[] time(Supplier<Object> query) {
        long first = System.nanoTime();
        query.get();
        double cold = (System.nanoTime() - first) / 1e6;
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {cold, ms[RUNS / 2]};
    }

    /** The measured class and another one; returns both ids, the measured class first. */
    private static UUID[] seed(Connection c, List<String> exercises) throws SQLException {
        c.setAutoCommit(false);
        var random = new Random(18);
        UUID teacher = account(c, "teacher", "TEACHER");
        UUID measured = schoolClass(c, "Measured class", teacher);
        UUID other = schoolClass(c, "Another class", account(c, "other-teacher", "TEACHER"));
        populate(c, measured, STUDENTS, ATTEMPTS, exercises, random, "s");
        populate(c, other, 50, 5000, exercises, random, "o");
        c.commit();
        return new UUID[] {measured, other};
    }

    private static void populate(Connection c, UUID classId, int students, int attempts, List<String> exercises, Random random,
            String prefix) throws SQLException {
        List<UUID> learners = new ArrayList<>();
        try (PreparedStatement member = c.prepareStatement("INSERT INTO class_member (class_id, account_id, joined_at) VALUES (?, ?, ?)")) {
            for (int s = 0; s < students; s++) {
                UUID account = account(c, prefix + s, "STUDENT");
                learners.add(learnerOf(c, account));
                member.setObject(1, classId);
                member.setObject(2, account);
                member.setTimestamp(3, Timestamp.from(Instant.now()));
                member.addBatch();
            }
            member.executeBatch();
        }
        Instant start = Instant.parse("2026-09-01T08:00:00Z");
        try (PreparedStatement attempt = c.prepareStatement("INSERT INTO attempt (id, learner_id, exercise_id, seed, source_hash, params, mark, "
                        + "max_mark, hints_used, solution_seen, duration_ms, created_at) VALUES (?, ?, ?, ?, 'bench', '{\"x\":1.0}', ?, 4, ?, ?, ?, ?)");
             PreparedStatement part = c.prepareStatement("INSERT INTO attempt_part (attempt_id, part_index, part_id, answer, status, mark, "
                     + "mistake_code) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mistake = c.prepareStatement("INSERT INTO attempt_mistake (attempt_id, part_id, code) VALUES (?, ?, ?)")) {
            for (int i = 0; i < attempts; i++) {
                double mark = random.nextInt(5);
                // Ids given here (the seeded database is thrown away), so that every insert can be batched.
                long id = NEXT_ID.incrementAndGet();
                attempt.setLong(1, id);
                attempt.setObject(2, learners.get(random.nextInt(learners.size())));
                attempt.setString(3, exercises.get(random.nextInt(exercises.size())));
                attempt.setLong(4, random.nextLong());
                attempt.setDouble(5, mark);
                attempt.setInt(6, random.nextInt(3));
                attempt.setBoolean(7, random.nextInt(10) == 0);
                attempt.setLong(8, 20_000 + random.nextInt(600_000));
                attempt.setTimestamp(9, Timestamp.from(start.plusSeconds(random.nextInt(90 * 24 * 3600))));
                attempt.addBatch();
                String code = mark < 4 && random.nextInt(3) == 0 ? CODES[random.nextInt(CODES.length)] : null;
                for (int p = 0; p < 2; p++) {
                    part.setLong(1, id);
                    part.setInt(2, p);
                    part.setString(3, "p" + p);
                    part.setString(4, "0.25");
                    part.setString(5, p == 0 && code != null ? "WRONG" : "CORRECT");
                    part.setDouble(6, p == 0 && code != null ? 0 : 2);
                    part.setString(7, p == 0 ? code : null);
                    part.addBatch();
                }
                if (code != null) {
                    mistake.setLong(1, id);
                    mistake.setString(2, "p0");
                    mistake.setString(3, code);
                    mistake.addBatch();
                }
                if (i % 1000 == 999) {
                    attempt.executeBatch();
                    part.executeBatch();
                    mistake.executeBatch();
                }
            }
            attempt.executeBatch();
            part.executeBatch();
            mistake.executeBatch();
        }
    }

    private static UUID account(Connection c, String username, String role) throws SQLException {
        UUID learner = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement l = c.prepareStatement("INSERT INTO learner (id, guest_token_hash, created_at, last_seen_at) VALUES (?, ?, ?, ?)");
             PreparedStatement a = c.prepareStatement("INSERT INTO account (id, learner_id, username, display_name, password_hash, role, "
                     + "must_change_password, created_at) VALUES (?, ?, ?, ?, 'x', ?, FALSE, ?)")) {
            l.setObject(1, learner);
            l.setString(2, learner.toString());
            l.setTimestamp(3, now);
            l.setTimestamp(4, now);
            l.executeUpdate();
            a.setObject(1, account);
            a.setObject(2, learner);
            a.setString(3, username);
            a.setString(4, "Student " + username);
            a.setString(5, role);
            a.setTimestamp(6, now);
            a.executeUpdate();
        }
        return account;
    }

    private static UUID learnerOf(Connection c, UUID account) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT learner_id FROM account WHERE id = ?")) {
            q.setObject(1, account);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private static UUID schoolClass(Connection c, String name, UUID teacher) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO school_class (id, name, join_code, archived, created_at) VALUES (?, ?, NULL, FALSE, ?)");
             PreparedStatement t = c.prepareStatement("INSERT INTO class_teacher (class_id, account_id) VALUES (?, ?)")) {
            s.setObject(1, id);
            s.setString(2, name);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.executeUpdate();
            t.setObject(1, id);
            t.setObject(2, teacher);
            t.executeUpdate();
        }
        return id;
    }
}
