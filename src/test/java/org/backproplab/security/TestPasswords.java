package org.backproplab.security;

import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For tests: accounts made with a one-time password count as having chosen their own (and so does the admin). */
final class TestPasswords {

    private TestPasswords() {
    }

    static void settle(ApplicationContext context, UUID... accounts) {
        var jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("UPDATE account SET must_change_password = FALSE WHERE username = 'admin'").update();
        for (UUID id : accounts) {
            jdbc.sql("UPDATE account SET must_change_password = FALSE WHERE id = ?").param(id).update();
        }
    }
}
