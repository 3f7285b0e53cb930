package org.backproplab.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;

import org.backproplab.BackpropLabProperties;
import org.junit.jupiter.api.Test;

/** The first admin, when two instances start together on one new database (deploy/run-local.sh does). */
class AdminBootstrapTest {
    private final AccountService accounts = mock(AccountService.class);

    private AdminBootstrap bootstrap(String password) {
        return new AdminBootstrap(accounts, new BackpropLabProperties(Path.of("target/test-data"), null, null, password));
    }

    @Test
    void losingTheRaceToAnotherInstanceIsNotAFailedStart() {
        when(accounts.anyAdmin()).thenReturn(false, true); // none when asked, one made by the other instance since
        when(accounts.createAdmin(anyString(), anyBoolean())).thenThrow(new InvalidFieldException("username", "This user name is taken: choose another."));
        assertThatCode(() -> bootstrap(null).run(null)).doesNotThrowAnyException();
    }

    @Test
    void aConfiguredPasswordThatBreaksTheRulesStopsTheStartWithTheReason() {
        when(accounts.anyAdmin()).thenReturn(false);
        when(accounts.createAdmin(anyString(), anyBoolean())).thenThrow(new InvalidFieldException("password", "At least 12 characters."));
        assertThatThrownBy(() -> bootstrap("short").run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("backproplab.admin-password is not accepted: At least 12 characters.");
    }
}
