package org.backproplab.classroom;

import java.util.Optional;
import java.util.UUID;

import org.backproplab.security.Account;
import org.backproplab.security.AccountService;
import org.backproplab.security.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering a student, with a join code when they have one: the account, the guest's progress
 * and the class membership in one transaction. A wrong code refuses the whole registration (with
 * the message next to the code), so a student never ends up with an account but without their class.
 */
@Service
public class StudentRegistration {
    private final AccountService accounts;
    private final ClassroomService classes;

    StudentRegistration(AccountService accounts, ClassroomService classes) {
        this.accounts = accounts;
        this.classes = classes;
    }

    /**
     * Every rule the registration form's fields break, by field ("username", "displayName",
     * "password", "joinCode"), so that one try shows them all; empty when all is well.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> problems(String username, String displayName, String password, String joinCode) {
        var problems = new java.util.LinkedHashMap<>(accounts.newAccountProblems(username, displayName, password));
        if (joinCode != null && !joinCode.isBlank() && !classes.isOpenCode(joinCode)) {
            problems.put("joinCode", "No open class has this code. Check it with your teacher, or leave it empty.");
        }
        return problems;
    }

    @Transactional
    public Account register(String username, String displayName, String password, String joinCode, Optional<UUID> guest) {
        boolean withCode = joinCode != null && !joinCode.isBlank();
        var problems = problems(username, displayName, password, joinCode);
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        Account account = accounts.registerStudent(username, displayName, password, guest);
        if (withCode) {
            classes.join(account.id(), joinCode);
        }
        return account;
    }
}
