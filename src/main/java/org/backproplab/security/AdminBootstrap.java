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
        if (configured.isPresent()) {
            try {
                accounts.createAdmin(configured.get(), false);
            } catch (InvalidFieldException e) {
                throw new IllegalStateException("backproplab.admin-password is not accepted: " + e.getMessage(), e);
            }
            LOG.info("Created the admin account 'admin' with the password from backproplab.admin-password.");
        } else {
            String password = OneTimePasswords.generate();
            accounts.createAdmin(password, true);
            LOG.warn("Created the admin account 'admin' with the one-time password {} - log in and change it now; "
                    + "it is not shown again.", password);
        }
    }
}
