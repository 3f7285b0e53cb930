package org.backproplab.exercise.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Part of the hostile-input corpus: markup, script and injection typed as an answer get a plain message. */
class HostileAnswersTest {

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<b>1</b>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
            "1); DROP TABLE attempt; --", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "1\u0000", "\u202e1", "９^９^９^９",
            "1e999999", "0x10", "1/0", "NaN", "Infinity"})
    void anAnswerThatIsNoNumberGetsAPlainMessage(String answer) {
        var parsed = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> AnswerParser.parse(answer));
        assertThat(parsed.ok()).as(answer).isFalse();
        assertThat(parsed.error()).doesNotContain("Exception").doesNotContain("\tat ").endsWith(".");
    }
}
