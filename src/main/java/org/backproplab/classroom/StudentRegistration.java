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

    @Transactional
    public Account register(String username, String displayName, String password, String joinCode, Optional<UUID> guest) {
        boolean withCode = joinCode != null && !joinCode.isBlank();
        if (withCode && !classes.isOpenCode(joinCode)) {
            throw new InvalidFieldException("joinCode", "No open class has this code. Check it with your teacher, or leave it empty.");
        }
        Account account = accounts.registerStudent(username, displayName, password, guest);
        if (withCode) {
            classes.join(account.id(), joinCode);
        }
        return account;
    }
}
