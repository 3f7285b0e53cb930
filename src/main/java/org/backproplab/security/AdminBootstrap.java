package org.backproplab.security;

import org.backproplab.BackpropLabProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a start with no admin account (a new database), creates the user "admin": with the password
 * from {@code backproplab.admin-password} when it is set, otherwise with a one-time password written
 * once to the log, to be changed at the first login.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final BackpropLabProperties properties;

    AdminBootstrap(AccountService accounts, BackpropLabProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdmin()) {
            return;
        }
        var configured = properties.adminPasswordIfSet();
        String password = configured.orElseGet(OneTimePasswords::generate);
        try {
            accounts.createAdmin(password, configured.isEmpty());
        } catch (InvalidFieldException e) {
            // Several instances started together on one new database: the first one made the admin.
            if ("username".equals(e.field()) && accounts.anyAdmin()) {
                LOG.info("Another instance created the admin account first.");
                return;
            }
            throw new IllegalStateException("backproplab.admin-password is not accepted: " + e.getMessage(), e);
        }
        if (configured.isPresent()) {
            LOG.info("Created the admin account 'admin' with the password from backproplab.admin-password.");
        } else {
            LOG.warn("Created the admin account 'admin' with the one-time password {} - log in and change it now; "
                    + "it is not shown again.", password);
        }
    }
}
