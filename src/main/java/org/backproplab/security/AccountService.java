package org.backproplab.security;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.backproplab.learner.LearnerService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: registering a student, creating teachers, passwords, deleting an account with its data
 * and exporting it. Every method that acts for someone takes the acting account's id (from
 * {@link CurrentUser}) and checks its role and rights here, whatever a page shows or hides.
 */
@Service
public class AccountService {
    private final AccountRepository accounts;
    private final LearnerService learners;
    private final PasswordEncoder encoder;
    private final StudentOversight oversight;
    private final List<AccountRecords> records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AccountRepository accounts, LearnerService learners, PasswordEncoder encoder, StudentOversight oversight,
            List<AccountRecords> records, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.learners = learners;
        this.encoder = encoder;
        this.oversight = oversight;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new student account. A guest's progress in this browser ({@code guest}, when they stored
     * any) becomes the account's in the same transaction.
     *
     * @throws InvalidFieldException when a field breaks a rule or the user name is taken
     */
    @Transactional
    public Account registerStudent(String username, String displayName, String password, Optional<UUID> guest) {
        Account account = create(username, displayName, password, Role.STUDENT, false);
        guest.ifPresent(g -> learners.merge(g, account.learnerId()));
        return account;
    }

    /** After a login: the guest's progress in this browser becomes the account's. */
    @Transactional
    public void adoptGuest(UUID accountId, UUID guest) {
        accounts.find(accountId).ifPresent(a -> learners.merge(guest, a.learnerId()));
    }

    /** A teacher account, made by an admin. Returns the one-time password to hand over; it must be changed on first login. */
    @Transactional
    public String createTeacher(UUID adminId, String username, String displayName) {
        requireRole(adminId, Role.ADMIN);
        String password = OneTimePasswords.generate();
        create(username, displayName, password, Role.TEACHER, true);
        return password;
    }

    /** The first admin, made on start when there is none (see {@link AdminBootstrap}). */
    @Transactional
    Account createAdmin(String password, boolean mustChange) {
        return create("admin", "Administrator", password, Role.ADMIN, mustChange);
    }

    /**
     * Every rule a new account's fields break, by field in the form's order ("username",
     * "displayName", "password"); empty when all is well. {@code password} null: a one-time password,
     * random, not held to the rules for passwords people choose.
     */
    @Transactional(readOnly = true)
    public Map<String, String> newAccountProblems(String username, String displayName, String password) {
        Map<String, String> problems = new LinkedHashMap<>();
        AccountRules.usernameProblem(username)
                .or(() -> accounts.findByUsername(AccountRules.normalizeUsername(username)).map(taken -> "This user name is taken: choose another."))
                .ifPresent(m -> problems.put("username", m));
        AccountRules.displayNameProblem(displayName).ifPresent(m -> problems.put("displayName", m));
        if (password != null) {
            AccountRules.passwordProblem(password, username).ifPresent(m -> problems.put("password", m));
        }
        return problems;
    }

    private Account create(String username, String displayName, String password, Role role, boolean mustChange) {
        var problems = newAccountProblems(username, displayName, mustChange ? null : password);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        String name = AccountRules.normalizeUsername(username);
        var account = new Account(UUID.randomUUID(), learners.createForAccount(), name, AccountRules.normalizeDisplayName(displayName),
                role, mustChange, clock.instant().truncatedTo(ChronoUnit.MICROS));
        try {
            accounts.insert(account, encoder.encode(password));
        } catch (DuplicateKeyException raced) {
            throw new InvalidFieldException("username", "This user name is taken: choose another.");
        }
        return account;
    }

    /**
     * A teacher gives a student of one of their classes a new one-time password (there is no
     * e-mail to reset it by); the student must choose their own at the next login.
     *
     * @throws AccessDeniedException unless the teacher teaches the student
     */
    @Transactional
    public String resetStudentPassword(UUID teacherId, UUID studentId) {
        requireRole(teacherId, Role.TEACHER);
        var student = accounts.find(studentId).filter(a -> a.role() == Role.STUDENT)
                .orElseThrow(() -> new AccessDeniedException("not a student"));
        if (!oversight.teaches(teacherId, student.id())) {
            throw new AccessDeniedException("not a student of this teacher");
        }
        String password = OneTimePasswords.generate();
        accounts.setPassword(student.id(), encoder.encode(password), true);
        return password;
    }

    /**
     * An admin gives a teacher or a student a new one-time password (a teacher who forgot theirs has
     * no one else to ask); they must choose their own at the next login. Admins' passwords are not
     * reset this way: each admin changes their own.
     *
     * @throws AccessDeniedException unless {@code adminId} is an admin and the account is not
     */
    @Transactional
    public String resetPasswordAsAdmin(UUID adminId, UUID accountId) {
        requireRole(adminId, Role.ADMIN);
        var account = accounts.find(accountId).filter(a -> a.role() != Role.ADMIN)
                .orElseThrow(() -> new AccessDeniedException("no such teacher or student"));
        String password = OneTimePasswords.generate();
        accounts.setPassword(account.id(), encoder.encode(password), true);
        return password;
    }

    /** @throws InvalidFieldException ("current" when the current password is wrong, "password" when the new one breaks a rule) */
    @Transactional
    public void changePassword(UUID accountId, String current, String chosen) {
        var account = accounts.find(accountId).orElseThrow(() -> new AccessDeniedException("no account"));
        requirePassword(account, current, "current");
        AccountRules.passwordProblem(chosen, account.username()).ifPresent(m -> {
            throw new InvalidFieldException("password", m);
        });
        if (encoder.matches(chosen, accounts.passwordHash(accountId).orElseThrow())) {
            throw new InvalidFieldException("password", "Choose a password other than the current one.");
        }
        accounts.setPassword(accountId, encoder.encode(chosen), false);
    }

    /**
     * Deletes the account with everything about it: its progress, class memberships (listeners of
     * {@link AccountDeleting}) and the account itself, in one transaction. The password is asked again.
     */
    @Transactional
    public void deleteAccount(UUID accountId, String password) {
        var account = accounts.find(accountId).orElseThrow(() -> new AccessDeniedException("no account"));
        requirePassword(account, password, "password");
        if (account.role() == Role.ADMIN && accounts.all().stream().filter(a -> a.role() == Role.ADMIN).count() == 1) {
            throw new InvalidFieldException("password", "The last admin account cannot be deleted.");
        }
        events.publishEvent(new AccountDeleting(accountId));
        accounts.delete(accountId);
        learners.delete(account.learnerId());
    }

    /** Everything kept about the account, for "download my data". */
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID accountId) {
        var account = accounts.find(accountId).orElseThrow(() -> new AccessDeniedException("no account"));
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("username", account.username());
        about.put("displayName", account.displayName());
        about.put("role", account.role().name());
        about.put("createdAt", account.createdAt().toString());
        data.put("account", about);
        data.putAll(learners.export(account.learnerId()));
        records.forEach(r -> data.putAll(r.export(accountId)));
        return data;
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(UUID accountId) {
        return accounts.find(accountId);
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(AccountRules.normalizeUsername(username));
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(UUID accountId) {
        return accounts.find(accountId).map(Account::mustChangePassword).orElse(false);
    }

    /** Every account, for an admin. */
    @Transactional(readOnly = true)
    public List<Account> all(UUID adminId) {
        requireRole(adminId, Role.ADMIN);
        return accounts.all();
    }

    @Transactional(readOnly = true)
    boolean anyAdmin() {
        return accounts.anyWithRole(Role.ADMIN);
    }

    /** @throws AccessDeniedException unless the account exists and has the role */
    @Transactional(readOnly = true)
    public Account requireRole(UUID accountId, Role role) {
        return accounts.find(accountId).filter(a -> a.role() == role)
                .orElseThrow(() -> new AccessDeniedException("requires " + role));
    }

    private void requirePassword(Account account, String password, String field) {
        if (password == null || !encoder.matches(password, accounts.passwordHash(account.id()).orElseThrow())) {
            throw new InvalidFieldException(field, "The password is not right.");
        }
    }
}
