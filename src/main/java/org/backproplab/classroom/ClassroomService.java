package org.backproplab.classroom;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.security.AccountDeleting;
import org.backproplab.security.AccountService;
import org.backproplab.security.InvalidFieldException;
import org.backproplab.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes: a teacher creates one and hands out its join code, students join with it, the teacher
 * removes students, archives the class, shares it with another teacher and sets assignments.
 * Every method takes the acting account's id and checks, here on the server, that it may act:
 * a teacher only on classes they teach ({@link #requireTeacherOf}), a student only for themselves.
 */
@Service
public class ClassroomService {
    public static final int NAME_MAX = 80;
    public static final int TITLE_MAX = 120;
    private static final int CODE_TRIES = 5;

    private final ClassroomRepository classes;
    private final AccountService accounts;
    private final ExerciseLibrary library;
    private final Clock clock;

    ClassroomService(ClassroomRepository classes, AccountService accounts, ExerciseLibrary library, Clock clock) {
        this.classes = classes;
        this.accounts = accounts;
        this.library = library;
        this.clock = clock;
    }

    /** A new class taught by the teacher, open to join with a fresh code. */
    @Transactional
    public SchoolClass createClass(UUID teacherId, String name) {
        accounts.requireRole(teacherId, Role.TEACHER);
        String clean = checkedText("name", name, NAME_MAX, "Enter the class's name.");
        for (int i = 0; ; i++) {
            var created = new SchoolClass(UUID.randomUUID(), clean, JoinCodes.generate(), false, now());
            try {
                classes.insertClass(created, teacherId);
                return created;
            } catch (DuplicateKeyException codeTaken) {
                if (i == CODE_TRIES) {
                    throw codeTaken;
                }
            }
        }
    }

    /** The classes the teacher teaches, open ones first. */
    @Transactional(readOnly = true)
    public List<SchoolClass> classesTaughtBy(UUID teacherAccountId) {
        return classes.taughtBy(teacherAccountId);
    }

    /** @throws AccessDeniedException unless the account teaches the class */
    @Transactional(readOnly = true)
    public void requireTeacherOf(UUID teacherAccountId, UUID classId) {
        if (teacherAccountId == null || classId == null || !classes.teaches(teacherAccountId, classId)) {
            throw new AccessDeniedException("not a teacher of this class");
        }
    }

    /** The class, for one of its teachers. */
    @Transactional(readOnly = true)
    public SchoolClass classFor(UUID teacherId, UUID classId) {
        requireTeacherOf(teacherId, classId);
        return classes.find(classId).orElseThrow(() -> new AccessDeniedException("no such class"));
    }

    @Transactional(readOnly = true)
    public List<String> teacherNames(UUID teacherId, UUID classId) {
        requireTeacherOf(teacherId, classId);
        return classes.teacherNames(classId);
    }

    /** A new join code; the old one stops working. */
    @Transactional
    public SchoolClass regenerateCode(UUID teacherId, UUID classId) {
        requireTeacherOf(teacherId, classId);
        for (int i = 0; ; i++) {
            try {
                classes.setCode(classId, JoinCodes.generate());
                return classFor(teacherId, classId);
            } catch (DuplicateKeyException codeTaken) {
                if (i == CODE_TRIES) {
                    throw codeTaken;
                }
            }
        }
    }

    /** No one can join until a new code is made. */
    @Transactional
    public SchoolClass switchOffCode(UUID teacherId, UUID classId) {
        requireTeacherOf(teacherId, classId);
        classes.setCode(classId, null);
        return classFor(teacherId, classId);
    }

    /** An archived class keeps its data but takes no one new and leaves its students' home pages. */
    @Transactional
    public SchoolClass setArchived(UUID teacherId, UUID classId, boolean archived) {
        requireTeacherOf(teacherId, classId);
        classes.setArchived(classId, archived);
        if (archived) {
            classes.setCode(classId, null);
        }
        return classFor(teacherId, classId);
    }

    /** Another teacher (by user name) teaches the class too, with the same rights. */
    @Transactional
    public void share(UUID teacherId, UUID classId, String otherUsername) {
        requireTeacherOf(teacherId, classId);
        var other = accounts.findByUsername(otherUsername).filter(a -> a.role() == Role.TEACHER)
                .orElseThrow(() -> new InvalidFieldException("teacher", "There is no teacher with this user name."));
        if (!classes.teaches(other.id(), classId)) {
            classes.addTeacher(classId, other.id());
        }
    }

    @Transactional(readOnly = true)
    public List<ClassMember> members(UUID teacherId, UUID classId) {
        requireTeacherOf(teacherId, classId);
        return classes.members(classId);
    }

    /** The student leaves the class; their own work stays theirs. */
    @Transactional
    public void removeStudent(UUID teacherId, UUID classId, UUID studentId) {
        requireTeacherOf(teacherId, classId);
        classes.removeMember(classId, studentId);
    }

    /**
     * A teacher gives a student of this class a one-time password, returned to be handed over.
     *
     * @throws AccessDeniedException unless the teacher teaches the class and the student is in it
     */
    @Transactional
    public String resetPassword(UUID teacherId, UUID classId, UUID studentId) {
        requireTeacherOf(teacherId, classId);
        if (!classes.isMember(classId, studentId)) {
            throw new AccessDeniedException("not in this class");
        }
        return accounts.resetStudentPassword(teacherId, studentId);
    }

    /**
     * The student joins the open class with this code; joining twice changes nothing.
     *
     * @throws InvalidFieldException ("joinCode") when no open class has the code
     */
    @Transactional
    public SchoolClass join(UUID studentId, String code) {
        accounts.requireRole(studentId, Role.STUDENT);
        String normalized = JoinCodes.normalize(code);
        var found = normalized.isEmpty() ? java.util.Optional.<SchoolClass>empty()
                : classes.findByCode(normalized).filter(c -> !c.archived());
        var joined = found.orElseThrow(() -> new InvalidFieldException("joinCode",
                "No open class has this code. Check it with your teacher."));
        if (!classes.isMember(joined.id(), studentId)) {
            classes.addMember(joined.id(), studentId, now());
        }
        return joined;
    }

    /** Whether some open class has this code (for a registration form, before the account exists). */
    @Transactional(readOnly = true)
    public boolean isOpenCode(String code) {
        String normalized = JoinCodes.normalize(code);
        return !normalized.isEmpty() && classes.findByCode(normalized).filter(c -> !c.archived()).isPresent();
    }

    @Transactional(readOnly = true)
    public List<SchoolClass> classesOf(UUID studentId) {
        return classes.memberOf(studentId);
    }

    /**
     * Sets a quiz ({@code quizId}) or a set of exercises for the class, with an optional due date.
     * A quiz's exercises are copied in, so the assignment says what was set even if the quiz changes.
     */
    @Transactional
    public Assignment assign(UUID teacherId, UUID classId, String title, String quizId, List<String> exerciseIds, Instant dueAt) {
        requireTeacherOf(teacherId, classId);
        // Every field's problem at once, so that the teacher corrects them in one go.
        Map<String, String> problems = new LinkedHashMap<>();
        String clean = null;
        try {
            clean = checkedText("title", title, TITLE_MAX, "Enter a title for the assignment.");
        } catch (InvalidFieldException e) {
            problems.putAll(e.problems());
        }
        List<String> exercises = List.of();
        if (quizId != null && !quizId.isBlank()) {
            var quiz = library.quiz(quizId);
            if (quiz.isEmpty()) {
                problems.put("work", "There is no such quiz.");
            } else {
                exercises = quiz.get().exerciseIds();
            }
        } else {
            exercises = new ArrayList<>(new LinkedHashSet<>(exerciseIds == null ? List.of() : exerciseIds));
            if (exercises.isEmpty()) {
                problems.put("work", "Choose a quiz or at least one exercise.");
            }
            exercises.stream().filter(id -> library.exercise(id).isEmpty()).findFirst()
                    .ifPresent(id -> problems.put("work", "There is no exercise \"" + id + "\"."));
        }
        if (dueAt != null && dueAt.isBefore(now())) {
            problems.put("due", "That due date has passed: choose today or a later day, or none.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        var className = classes.find(classId).map(SchoolClass::name).orElseThrow();
        var assignment = new Assignment(UUID.randomUUID(), classId, className, clean,
                quizId == null || quizId.isBlank() ? null : quizId, List.copyOf(exercises),
                dueAt == null ? null : dueAt.truncatedTo(ChronoUnit.MICROS), now());
        classes.insertAssignment(assignment);
        return assignment;
    }

    @Transactional
    public void deleteAssignment(UUID teacherId, UUID classId, UUID assignmentId) {
        requireTeacherOf(teacherId, classId);
        classes.deleteAssignment(classId, assignmentId);
    }

    @Transactional(readOnly = true)
    public List<Assignment> assignments(UUID teacherId, UUID classId) {
        requireTeacherOf(teacherId, classId);
        return classes.assignmentsOfClass(classId);
    }

    /** What the student's classes (not archived) have set them, soonest due first. */
    @Transactional(readOnly = true)
    public List<Assignment> assignmentsFor(UUID studentId) {
        return classes.assignmentsOfStudent(studentId);
    }

    /**
     * A teacher's account goes: a class they teach alone must not be left without a teacher while it
     * still has students, so that is refused (share it or archive it first); their archived or empty
     * classes go with them. Students' own work never depends on a class and is untouched.
     */
    @EventListener
    void forget(AccountDeleting deleting) {
        UUID account = deleting.accountId();
        List<SchoolClass> alone = classes.taughtOnlyBy(account);
        List<String> stillTaught = alone.stream().filter(c -> !c.archived() && classes.memberCount(c.id()) > 0)
                .map(c -> "“" + c.name() + "”").toList();
        if (!stillTaught.isEmpty()) {
            throw new InvalidFieldException("password", "You are the only teacher of " + String.join(", ", stillTaught)
                    + ", which still " + (stillTaught.size() == 1 ? "has" : "have")
                    + " students: share " + (stillTaught.size() == 1 ? "it" : "them") + " with another teacher or archive "
                    + (stillTaught.size() == 1 ? "it" : "them") + " before deleting your account.");
        }
        alone.forEach(c -> classes.deleteClass(c.id()));
        classes.forgetAccount(account);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String checkedText(String field, String raw, int max, String whenEmpty) {
        String clean = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new InvalidFieldException(field, whenEmpty);
        }
        if (clean.length() > max) {
            throw new InvalidFieldException(field, "At most " + max + " characters (this has " + clean.length() + ").");
        }
        if (clean.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException(field, "Control characters are not allowed.");
        }
        return clean;
    }
}
