package org.backproplab.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A small school in the database, written straight into the tables the accounts issue fixed: teacher
 * Tina with class "Year 12" (Ada and Bob), teacher Oscar with another class (Eve). Bob made mistake
 * M01 on sum-times-z; Eve made M02 on fan-out, in Oscar's class, which Tina must never see.
 */
public final class ClassFixture {
    public static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    private final JdbcClient jdbc;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    public final UUID tina;
    public final UUID oscar;
    public final UUID year12;
    public final UUID otherClass;
    public final UUID ada;
    public final UUID bob;
    public final UUID eve;
    public final UUID week1;

    public ClassFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        tina = account("tina", "Tina Teacher", "TEACHER");
        oscar = account("oscar", "Oscar Other", "TEACHER");
        ada = account("ada", "Ada Lovelace", "STUDENT");
        bob = account("bob", "Bob =Builder", "STUDENT");
        eve = account("eve", "Eve Elsewhere", "STUDENT");
        year12 = schoolClass("Year 12", tina, ada, bob);
        otherClass = schoolClass("Other class", oscar, eve);
        attempt(ada, "sum-times-z", 2, 2, null, "6", 0);
        attempt(bob, "sum-times-z", 1, 2, "M01", "-4", 5);
        attempt(bob, "sum-times-z", 2, 2, null, "6", 9);
        attempt(eve, "fan-out", 0, 2, "M02", "-1", 0);
        week1 = UUID.randomUUID();
        jdbc.sql("INSERT INTO assignment (id, class_id, title, quiz_id, due_at, created_at) VALUES (?, ?, 'Week 1', NULL, ?, ?)")
                .params(week1, year12, Timestamp.from(T0.plusSeconds(86_400)), Timestamp.from(T0)).update();
        jdbc.sql("INSERT INTO assignment_exercise (assignment_id, exercise_id, position) VALUES (?, 'sum-times-z', 0), (?, 'fan-out', 1)")
                .params(week1, week1).update();
    }

    public String username(String name) {
        return name + "-" + suffix;
    }

    public UUID learnerOf(UUID account) {
        return jdbc.sql("SELECT learner_id FROM account WHERE id = ?").param(account).query(UUID.class).single();
    }

    private UUID account(String name, String display, String role) {
        UUID learner = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        Timestamp now = Timestamp.from(T0);
        jdbc.sql("INSERT INTO learner (id, guest_token_hash, created_at, last_seen_at) VALUES (?, ?, ?, ?)")
                .params(learner, "fixture-" + learner, now, now).update();
        jdbc.sql("INSERT INTO account (id, learner_id, username, display_name, password_hash, role, must_change_password, created_at) "
                + "VALUES (?, ?, ?, ?, '{noop}unused', ?, FALSE, ?)").params(account, learner, username(name), display, role, now).update();
        return account;
    }

    private UUID schoolClass(String name, UUID teacher, UUID... students) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO school_class (id, name, join_code, archived, created_at) VALUES (?, ?, NULL, FALSE, ?)")
                .params(id, name, Timestamp.from(T0)).update();
        jdbc.sql("INSERT INTO class_teacher (class_id, account_id) VALUES (?, ?)").params(id, teacher).update();
        for (UUID s : students) {
            jdbc.sql("INSERT INTO class_member (class_id, account_id, joined_at) VALUES (?, ?, ?)").params(id, s, Timestamp.from(T0)).update();
        }
        return id;
    }

    private void attempt(UUID account, String exercise, double mark, double max, String mistake, String answer, int minute) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO attempt (learner_id, exercise_id, seed, source_hash, params, mark, max_mark, hints_used, solution_seen, "
                        + "duration_ms, created_at) VALUES (?, ?, 7, 'fixture', '{\"x\":2.0,\"y\":-3.0}', ?, ?, ?, FALSE, 42000, ?)")
                .params(learnerOf(account), exercise, mark, max, mistake == null ? 0 : 1, Timestamp.from(T0.plusSeconds(60L * minute)))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("INSERT INTO attempt_part (attempt_id, part_index, part_id, answer, status, mark, mistake_code) VALUES (?, 0, 'dLdx', ?, ?, ?, ?)")
                .params(id, answer, mistake == null ? "CORRECT" : "WRONG", mark, mistake).update();
        if (mistake != null) {
            jdbc.sql("INSERT INTO attempt_mistake (attempt_id, part_id, code) VALUES (?, 'dLdx', ?)").params(id, mistake).update();
        }
    }
}
