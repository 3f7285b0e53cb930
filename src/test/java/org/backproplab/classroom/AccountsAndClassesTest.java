package org.backproplab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.backproplab.exercise.practice.PracticeService;
import org.backproplab.exercise.practice.Workspace;
import org.backproplab.exercise.quiz.QuizService;
import org.backproplab.learner.LearnerService;
import org.backproplab.security.Account;
import org.backproplab.security.AccountService;
import org.backproplab.security.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts, classes and the guest-to-account merge against a real database. Run on H2 (subclass
 * {@code OnH2}) and on PostgreSQL ({@code OnPostgres}), with the same Flyway migrations.
 */
abstract class AccountsAndClassesTest {
    static final String PASSWORD = "a long enough secret";

    @Autowired
    AccountService accounts;
    @Autowired
    ClassroomService classes;
    @Autowired
    StudentRegistration registration;
    @Autowired
    LearnerService learners;
    @Autowired
    PracticeService practice;
    @Autowired
    QuizService quizzes;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    Account student() {
        return accounts.registerStudent(unique("s"), "Student", PASSWORD, Optional.empty());
    }

    UUID teacher() {
        UUID admin = accounts.findByUsername("admin").orElseThrow().id();
        String name = unique("t");
        accounts.createTeacher(admin, name, "Teacher " + name);
        return accounts.findByUsername(name).orElseThrow().id();
    }

    UUID guestWithWork() {
        return learners.learnerForGuestToken("guest-" + UUID.randomUUID()).id();
    }

    void answer(UUID learner, String exerciseId) {
        Workspace w = practice.open(learner, exerciseId).orElseThrow();
        Map<String, String> answers = new LinkedHashMap<>();
        w.exercise().parts().forEach(p -> answers.put(p.id(), String.valueOf(w.variant().answer(p.id()))));
        practice.submit(learner, w, answers);
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void passwordsAreStoredAsDelegatedBcryptHashes() {
        var s = student();
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE id = ?").param(s.id()).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void aGuestWhoRegistersKeepsEveryAttemptAndQuizOnceAndTheGuestIsGone() {
        UUID guest = guestWithWork();
        answer(guest, "sum-times-z");
        answer(guest, "sigmoid-neuron");
        quizzes.again(guest, "first-steps");
        long guestAttempts = count("SELECT COUNT(*) FROM attempt WHERE learner_id = ?", guest);
        long allAttempts = count("SELECT COUNT(*) FROM attempt");
        assertThat(guestAttempts).isEqualTo(2);

        var account = accounts.registerStudent(unique("g"), "Guest no more", PASSWORD, Optional.of(guest));

        assertThat(count("SELECT COUNT(*) FROM attempt WHERE learner_id = ?", account.learnerId())).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM attempt")).isEqualTo(allAttempts);
        assertThat(count("SELECT COUNT(*) FROM quiz_attempt WHERE learner_id = ?", account.learnerId())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM learner WHERE id = ?", guest)).isZero();
        assertThat(practice.history(account.learnerId(), "sum-times-z")).hasSize(1);
    }

    @Test
    void loggingInFromAGuestBrowserAddsItsWorkAfterTheAccountsOwn() {
        var account = student();
        answer(account.learnerId(), "sum-times-z");
        quizzes.again(account.learnerId(), "first-steps");
        UUID guest = guestWithWork();
        answer(guest, "sum-times-z");
        quizzes.again(guest, "first-steps");

        accounts.adoptGuest(account.id(), guest);

        assertThat(practice.history(account.learnerId(), "sum-times-z")).hasSize(2);
        assertThat(jdbc.sql("SELECT attempt_no FROM quiz_attempt WHERE learner_id = ? ORDER BY attempt_no").param(account.learnerId())
                .query(Integer.class).list()).containsExactly(1, 2);
        assertThat(count("SELECT COUNT(*) FROM exercise_progress WHERE learner_id = ? AND exercise_id = 'sum-times-z'",
                account.learnerId())).isEqualTo(1);
        // Adopting again (a second login from the same browser) changes nothing.
        accounts.adoptGuest(account.id(), guest);
        assertThat(practice.history(account.learnerId(), "sum-times-z")).hasSize(2);
    }

    @Test
    void deletingAnAccountDeletesItsDataAndOnlyItsData() {
        var other = student();
        answer(other.learnerId(), "sum-times-z");
        UUID teacher = teacher();
        var c = classes.createClass(teacher, "Doomed");
        var s = student();
        classes.join(s.id(), c.joinCode());
        answer(s.learnerId(), "sum-times-z");
        quizzes.again(s.learnerId(), "first-steps");

        assertThatThrownBy(() -> accounts.deleteAccount(s.id(), "not the password")).isInstanceOf(InvalidFieldException.class);
        accounts.deleteAccount(s.id(), PASSWORD);

        assertThat(accounts.find(s.id())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM learner WHERE id = ?", s.learnerId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM attempt WHERE learner_id = ?", s.learnerId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM quiz_attempt WHERE learner_id = ?", s.learnerId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM class_member WHERE account_id = ?", s.id())).isZero();
        assertThat(practice.history(other.learnerId(), "sum-times-z")).hasSize(1);
    }

    @Test
    void aTeacherCannotLeaveAClassWithStudentsWithoutATeacherButTheirEmptyAndArchivedClassesGoWithThem() {
        UUID admin = accounts.findByUsername("admin").orElseThrow().id();
        String name = unique("t");
        String password = accounts.createTeacher(admin, name, "Leaving");
        UUID leaving = accounts.findByUsername(name).orElseThrow().id();
        UUID staying = teacher();
        var taught = classes.createClass(leaving, "Still taught");
        var s = student();
        classes.join(s.id(), taught.joinCode());
        var shared = classes.createClass(leaving, "Shared");
        classes.share(leaving, shared.id(), accounts.find(staying).orElseThrow().username());
        classes.join(s.id(), shared.joinCode());
        var empty = classes.createClass(leaving, "Empty");
        classes.assign(leaving, empty.id(), "Homework", null, List.of("sum-times-z"), null);

        assertThatThrownBy(() -> accounts.deleteAccount(leaving, password)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("only teacher of “Still taught”").hasMessageContaining("share it with another teacher or archive it");
        assertThat(accounts.find(leaving)).isPresent(); // nothing happened

        classes.setArchived(leaving, taught.id(), true);
        accounts.deleteAccount(leaving, password);
        assertThat(accounts.find(leaving)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM school_class WHERE id IN (?, ?)", taught.id(), empty.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM assignment WHERE class_id = ?", empty.id())).isZero();
        assertThat(classes.members(staying, shared.id())).extracting(ClassMember::accountId).containsExactly(s.id());
        assertThat(count("SELECT COUNT(*) FROM class_teacher WHERE class_id = ?", shared.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM account WHERE id = ?", s.id())).isEqualTo(1); // the student's work is theirs
    }

    @Test
    void theDownloadListsTheClassesOfAStudentAndOfATeacher() {
        UUID teacher = teacher();
        var c = classes.createClass(teacher, "Group B");
        classes.assign(teacher, c.id(), "Chain rule practice", null, List.of("sum-times-z"), null);
        var s = student();
        classes.join(s.id(), c.joinCode());
        var mine = (List<?>) accounts.export(s.id()).get("classes");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).toString()).contains("class=Group B", "as=student", "Chain rule practice");
        var taught = (List<?>) accounts.export(teacher).get("classes");
        assertThat(taught.get(0).toString()).contains("class=Group B", "as=teacher", "students=1");
    }

    @Test
    void theDownloadHoldsTheAccountsAttemptsAndQuizzes() {
        var s = student();
        answer(s.learnerId(), "sum-times-z");
        quizzes.again(s.learnerId(), "first-steps");
        var data = accounts.export(s.id());
        assertThat(data).containsKeys("account", "practice", "quizzes");
        assertThat(data.get("account").toString()).contains(s.username());
        assertThat(((List<?>) ((Map<?, ?>) data.get("practice")).get("attempts"))).hasSize(1);
        assertThat(data.get("practice").toString()).contains("sum-times-z").doesNotContain("password");
        assertThat(((List<?>) ((Map<?, ?>) data.get("quizzes")).get("attempts"))).hasSize(1);
    }

    @Test
    void aJoinCodeIsUnambiguousWorksOnceOpenAndNotWhenSwitchedOffOrArchived() {
        UUID teacher = teacher();
        var c = classes.createClass(teacher, "Group A");
        assertThat(c.joinCode()).hasSize(8).matches("[" + JoinCodes.ALPHABET + "]+").doesNotContain("0", "O", "1", "I", "L");
        var s = student();
        String typed = c.joinCode().toLowerCase().substring(0, 4) + " - " + c.joinCode().substring(4);
        assertThat(classes.join(s.id(), typed).id()).isEqualTo(c.id());
        classes.join(s.id(), c.joinCode()); // twice: still one membership
        assertThat(classes.members(teacher, c.id())).extracting(ClassMember::accountId).containsExactly(s.id());

        var regenerated = classes.regenerateCode(teacher, c.id());
        assertThat(regenerated.joinCode()).isNotEqualTo(c.joinCode());
        assertThatThrownBy(() -> classes.join(student().id(), c.joinCode())).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("joinCode");
        classes.switchOffCode(teacher, c.id());
        assertThatThrownBy(() -> classes.join(student().id(), regenerated.joinCode())).isInstanceOf(InvalidFieldException.class);
        var again = classes.regenerateCode(teacher, c.id());
        classes.setArchived(teacher, c.id(), true);
        assertThatThrownBy(() -> classes.join(student().id(), again.joinCode())).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void registeringWithAWrongCodeMakesNoAccount() {
        String name = unique("w");
        assertThatThrownBy(() -> registration.register(name, "W", PASSWORD, "WRONGCODE", Optional.empty()))
                .isInstanceOf(InvalidFieldException.class).extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("joinCode");
        assertThat(accounts.findByUsername(name)).isEmpty();
    }

    @Test
    void aTeacherActsOnlyOnTheirOwnClassesAndStudents() {
        UUID mine = teacher();
        UUID other = teacher();
        var c = classes.createClass(mine, "Mine");
        var s = student();
        classes.join(s.id(), c.joinCode());

        assertThatThrownBy(() -> classes.members(other, c.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.resetPassword(other, c.id(), s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetStudentPassword(other, s.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPasswordAsAdmin(mine, other)).as("only an admin").isInstanceOf(AccessDeniedException.class);
        UUID admin = accounts.findByUsername("admin").orElseThrow().id();
        assertThatThrownBy(() -> accounts.resetPasswordAsAdmin(admin, admin)).as("not an admin's").isInstanceOf(AccessDeniedException.class);
        String fresh = accounts.resetPasswordAsAdmin(admin, other);
        assertThat(fresh).hasSizeGreaterThanOrEqualTo(12);
        assertThat(accounts.mustChangePassword(other)).isTrue();
        assertThatThrownBy(() -> classes.assign(other, c.id(), "x", "first-steps", List.of(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.createClass(s.id(), "A student's class")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createTeacher(mine, unique("x"), "x")).isInstanceOf(AccessDeniedException.class);
        assertThat(classes.classesTaughtBy(other)).isEmpty();

        classes.share(mine, c.id(), accounts.find(other).orElseThrow().username());
        assertThat(classes.members(other, c.id())).hasSize(1);
        assertThat(classes.classesTaughtBy(other)).extracting(SchoolClass::id).containsExactly(c.id());
    }

    @Test
    void aResetPasswordWorksOnceAndMustBeChanged() {
        UUID teacher = teacher();
        var c = classes.createClass(teacher, "Reset");
        var s = student();
        classes.join(s.id(), c.joinCode());
        String oneTime = classes.resetPassword(teacher, c.id(), s.id());
        assertThat(accounts.mustChangePassword(s.id())).isTrue();
        assertThatThrownBy(() -> accounts.changePassword(s.id(), PASSWORD, "another long secret")).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> accounts.changePassword(s.id(), oneTime, "password123")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("common");
        accounts.changePassword(s.id(), oneTime, "another long secret");
        assertThat(accounts.mustChangePassword(s.id())).isFalse();
    }

    @Test
    void assignmentsReachTheClassesStudentsSoonestDueFirst() {
        UUID teacher = teacher();
        var c = classes.createClass(teacher, "Assigned");
        var s = student();
        classes.join(s.id(), c.joinCode());
        classes.assign(teacher, c.id(), "Later", null, List.of("sum-times-z", "sum-times-z", "sigmoid-neuron"), null);
        classes.assign(teacher, c.id(), "The quiz", "first-steps", List.of(), Instant.parse("2030-01-01T23:59:00Z"));
        assertThatThrownBy(() -> classes.assign(teacher, c.id(), "none", null, List.of(), null)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> classes.assign(teacher, c.id(), "Late", null, List.of("sum-times-z"), Instant.parse("2020-01-01T23:59:00Z")))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("due date has passed")
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("due"));
        assertThatThrownBy(() -> classes.assign(teacher, c.id(), " ", null, List.of(), Instant.parse("2020-01-01T23:59:00Z")))
                .as("every problem at once").isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("title", "work", "due"));
        assertThatThrownBy(() -> classes.assign(teacher, c.id(), "bad", null, List.of("no-such"), null)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> classes.assign(teacher, c.id(), " ", "first-steps", List.of(), null)).isInstanceOf(InvalidFieldException.class);

        var mine = classes.assignmentsFor(s.id());
        assertThat(mine).extracting(Assignment::title).containsExactly("The quiz", "Later");
        assertThat(mine.get(0).exerciseIds()).isNotEmpty();
        assertThat(mine.get(1).exerciseIds()).containsExactly("sum-times-z", "sigmoid-neuron");
        assertThat(classes.assignmentsFor(student().id())).isEmpty();
        classes.setArchived(teacher, c.id(), true);
        assertThat(classes.assignmentsFor(s.id())).isEmpty();
    }
}
