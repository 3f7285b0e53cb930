package org.backproplab.classroom;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Classes, their teachers and members, and assignments, in SQL. */
@Repository
class ClassroomRepository {
    private final JdbcClient jdbc;

    ClassroomRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertClass(SchoolClass c, UUID teacher) {
        jdbc.sql("INSERT INTO school_class (id, name, join_code, archived, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(c.id(), c.name(), c.joinCode(), c.archived(), Timestamp.from(c.createdAt())).update();
        addTeacher(c.id(), teacher);
    }

    void addTeacher(UUID classId, UUID teacher) {
        jdbc.sql("INSERT INTO class_teacher (class_id, account_id) VALUES (?, ?)").params(classId, teacher).update();
    }

    Optional<SchoolClass> find(UUID classId) {
        return jdbc.sql("SELECT * FROM school_class WHERE id = ?").param(classId).query(ClassroomRepository::schoolClass).optional();
    }

    Optional<SchoolClass> findByCode(String code) {
        return jdbc.sql("SELECT * FROM school_class WHERE join_code = ?").param(code).query(ClassroomRepository::schoolClass).optional();
    }

    boolean teaches(UUID teacher, UUID classId) {
        return jdbc.sql("SELECT COUNT(*) FROM class_teacher WHERE account_id = ? AND class_id = ?").params(teacher, classId)
                .query(Long.class).single() > 0;
    }

    boolean teachesStudent(UUID teacher, UUID student) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM class_teacher t JOIN class_member m ON m.class_id = t.class_id
                WHERE t.account_id = ? AND m.account_id = ?""").params(teacher, student).query(Long.class).single() > 0;
    }

    List<SchoolClass> taughtBy(UUID teacher) {
        return jdbc.sql("""
                SELECT c.* FROM school_class c JOIN class_teacher t ON t.class_id = c.id
                WHERE t.account_id = ? ORDER BY c.archived, c.name, c.created_at""").param(teacher)
                .query(ClassroomRepository::schoolClass).list();
    }

    List<SchoolClass> memberOf(UUID student) {
        return jdbc.sql("""
                SELECT c.* FROM school_class c JOIN class_member m ON m.class_id = c.id
                WHERE m.account_id = ? ORDER BY c.name""").param(student).query(ClassroomRepository::schoolClass).list();
    }

    List<String> teacherNames(UUID classId) {
        return jdbc.sql("""
                SELECT a.display_name FROM account a JOIN class_teacher t ON t.account_id = a.id
                WHERE t.class_id = ? ORDER BY a.display_name""").param(classId).query(String.class).list();
    }

    void setCode(UUID classId, String code) {
        jdbc.sql("UPDATE school_class SET join_code = ? WHERE id = ?").params(code, classId).update();
    }

    void setArchived(UUID classId, boolean archived) {
        jdbc.sql("UPDATE school_class SET archived = ? WHERE id = ?").params(archived, classId).update();
    }

    boolean isMember(UUID classId, UUID student) {
        return jdbc.sql("SELECT COUNT(*) FROM class_member WHERE class_id = ? AND account_id = ?").params(classId, student)
                .query(Long.class).single() > 0;
    }

    void addMember(UUID classId, UUID student, Instant at) {
        jdbc.sql("INSERT INTO class_member (class_id, account_id, joined_at) VALUES (?, ?, ?)")
                .params(classId, student, Timestamp.from(at)).update();
    }

    int removeMember(UUID classId, UUID student) {
        return jdbc.sql("DELETE FROM class_member WHERE class_id = ? AND account_id = ?").params(classId, student).update();
    }

    List<ClassMember> members(UUID classId) {
        return jdbc.sql("""
                SELECT a.id, a.learner_id, a.username, a.display_name, m.joined_at FROM class_member m
                JOIN account a ON a.id = m.account_id WHERE m.class_id = ? ORDER BY a.display_name, a.username""")
                .param(classId)
                .query((rs, n) -> new ClassMember(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class),
                        rs.getString("username"), rs.getString("display_name"), rs.getTimestamp("joined_at").toInstant()))
                .list();
    }

    /** The classes this teacher teaches with no other teacher. */
    List<SchoolClass> taughtOnlyBy(UUID teacher) {
        return jdbc.sql("""
                SELECT c.* FROM school_class c JOIN class_teacher t ON t.class_id = c.id WHERE t.account_id = ?
                AND NOT EXISTS (SELECT 1 FROM class_teacher o WHERE o.class_id = c.id AND o.account_id <> ?)
                ORDER BY c.name""").params(teacher, teacher).query(ClassroomRepository::schoolClass).list();
    }

    int memberCount(UUID classId) {
        return jdbc.sql("SELECT COUNT(*) FROM class_member WHERE class_id = ?").param(classId).query(Integer.class).single();
    }

    /** Deletes a class with its assignments, teachers and memberships (the students' own work is theirs and stays). */
    void deleteClass(UUID classId) {
        jdbc.sql("DELETE FROM assignment_exercise WHERE assignment_id IN (SELECT id FROM assignment WHERE class_id = ?)")
                .param(classId).update();
        jdbc.sql("DELETE FROM assignment WHERE class_id = ?").param(classId).update();
        jdbc.sql("DELETE FROM class_member WHERE class_id = ?").param(classId).update();
        jdbc.sql("DELETE FROM class_teacher WHERE class_id = ?").param(classId).update();
        jdbc.sql("DELETE FROM school_class WHERE id = ?").param(classId).update();
    }

    /** Removes the account from every class it is in or teaches (the account is being deleted). */
    void forgetAccount(UUID account) {
        jdbc.sql("DELETE FROM class_member WHERE account_id = ?").param(account).update();
        jdbc.sql("DELETE FROM class_teacher WHERE account_id = ?").param(account).update();
    }

    void insertAssignment(Assignment a) {
        jdbc.sql("INSERT INTO assignment (id, class_id, title, quiz_id, due_at, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(a.id(), a.classId(), a.title(), a.quizId(), a.dueAt() == null ? null : Timestamp.from(a.dueAt()),
                        Timestamp.from(a.createdAt()))
                .update();
        for (int i = 0; i < a.exerciseIds().size(); i++) {
            jdbc.sql("INSERT INTO assignment_exercise (assignment_id, exercise_id, position) VALUES (?, ?, ?)")
                    .params(a.id(), a.exerciseIds().get(i), i).update();
        }
    }

    void deleteAssignment(UUID classId, UUID assignmentId) {
        jdbc.sql("DELETE FROM assignment_exercise WHERE assignment_id IN (SELECT id FROM assignment WHERE id = ? AND class_id = ?)")
                .params(assignmentId, classId).update();
        jdbc.sql("DELETE FROM assignment WHERE id = ? AND class_id = ?").params(assignmentId, classId).update();
    }

    List<Assignment> assignmentsOfClass(UUID classId) {
        return assignments("WHERE a.class_id = ?", classId);
    }

    /** The assignments of every class the student is in that is not archived. */
    List<Assignment> assignmentsOfStudent(UUID student) {
        return assignments("JOIN class_member m ON m.class_id = a.class_id WHERE m.account_id = ? AND c.archived = FALSE", student);
    }

    private List<Assignment> assignments(String where, UUID key) {
        Map<UUID, List<String>> exercises = new HashMap<>();
        jdbc.sql("SELECT e.assignment_id, e.exercise_id FROM assignment_exercise e JOIN assignment a ON a.id = e.assignment_id "
                        + "JOIN school_class c ON c.id = a.class_id " + where + " ORDER BY e.assignment_id, e.position")
                .param(key)
                .query(rs -> {
                    exercises.computeIfAbsent(rs.getObject("assignment_id", UUID.class), k -> new ArrayList<>()).add(rs.getString("exercise_id"));
                });
        // Due first (soonest first), then those without a due date, newest first.
        return jdbc.sql("SELECT a.*, c.name AS class_name FROM assignment a JOIN school_class c ON c.id = a.class_id " + where
                        + " ORDER BY CASE WHEN a.due_at IS NULL THEN 1 ELSE 0 END, a.due_at, a.created_at DESC")
                .param(key)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Timestamp due = rs.getTimestamp("due_at");
                    return new Assignment(id, rs.getObject("class_id", UUID.class), rs.getString("class_name"), rs.getString("title"),
                            rs.getString("quiz_id"), List.copyOf(exercises.getOrDefault(id, List.of())),
                            due == null ? null : due.toInstant(), rs.getTimestamp("created_at").toInstant());
                })
                .list();
    }

    private static SchoolClass schoolClass(ResultSet rs, int row) throws SQLException {
        return new SchoolClass(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("join_code"),
                rs.getBoolean("archived"), rs.getTimestamp("created_at").toInstant());
    }
}
