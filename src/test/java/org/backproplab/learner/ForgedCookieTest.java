package org.backproplab.learner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Part of the hostile-input corpus: a forged or damaged guest cookie is no cookie (a new guest), never an error. */
class ForgedCookieTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "../../../../etc/passwd", "' OR '1'='1", "<script>alert(1)</script>",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "ＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡＡ", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"})
    void aForgedTokenIsNotWellFormed(String token) {
        assertThat(GuestToken.isWellFormed(token)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 43 * 1000})
    void aTokenOfAnyLengthButTheRightOneIsRefused(int length) {
        assertThat(GuestToken.isWellFormed("A".repeat(length))).isFalse();
        assertThat(GuestToken.isWellFormed(GuestToken.generate())).isTrue();
    }
}
