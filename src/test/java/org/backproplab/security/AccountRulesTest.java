package org.backproplab.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void userNamesAreShortPlainAndLowerCase() {
        assertThat(AccountRules.normalizeUsername("  Ada.L ")).isEqualTo("ada.l");
        assertThat(AccountRules.usernameProblem("ada")).isEmpty();
        assertThat(AccountRules.usernameProblem("ab")).isPresent();
        assertThat(AccountRules.usernameProblem("a".repeat(41))).get().asString().contains("3 to 40");
        assertThat(AccountRules.usernameProblem("<img src=x onerror=alert(1)>")).isPresent();
        assertThat(AccountRules.usernameProblem("ada@example.org")).isPresent();
        assertThat(AccountRules.usernameProblem("ａｄａ")).isPresent(); // full-width letters are not a to z
        assertThat(AccountRules.usernameProblem(null)).isPresent();
    }

    @Test
    void displayNamesAreLimitedButFree() {
        assertThat(AccountRules.displayNameProblem("Zoë Ødegaard")).isEmpty();
        assertThat(AccountRules.displayNameProblem("<img src=x onerror=alert(1)>")).isEmpty(); // shown as text, never as markup
        assertThat(AccountRules.displayNameProblem("   ")).isPresent();
        assertThat(AccountRules.displayNameProblem("x".repeat(81))).get().asString().contains("81");
        assertThat(AccountRules.displayNameProblem("a\u0000b")).isPresent();
    }

    @Test
    void passwordsAreLongEnoughUncommonAndNotTheName() {
        assertThat(AccountRules.passwordProblem("short", "ada")).get().asString().contains("at least 10");
        assertThat(AccountRules.passwordProblem("Password123", "ada")).get().asString().contains("common");
        assertThat(AccountRules.passwordProblem("qwertyuiop", "ada")).get().asString().contains("common");
        assertThat(AccountRules.passwordProblem("xadalovelacex", "ada")).get().asString().contains("user name");
        assertThat(AccountRules.passwordProblem("aaaaaaaaaaaa", "ada")).isPresent();
        assertThat(AccountRules.passwordProblem("x".repeat(30) + "é".repeat(30), "ada")).get().asString().contains("at most");
        assertThat(AccountRules.passwordProblem("correct horse battery", "ada")).isEmpty();
    }
}
