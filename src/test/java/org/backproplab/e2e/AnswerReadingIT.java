package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.backproplab.engine.lang.Evaluation;
import org.backproplab.engine.lang.Program;
import org.junit.jupiter.api.Test;

/**
 * What a learner types that is not a plain number, on the small ReLU network: a full-width digit,
 * words, nothing, a number too large, a pasted essay. Each field gets a clear message or a verdict
 * about what is in it now; never an error toast, never an old "Correct." beside new text.
 */
class AnswerReadingIT extends BrowserTest {
    private static final String ERROR_TOAST = "vaadin-notification-card";

    private Evaluation variantOnPage() throws Exception {
        page.locator("#values span").first().waitFor();
        Map<String, Double> values = new HashMap<>();
        for (String text : page.locator("#values span").allInnerTexts()) {
            String[] kv = text.split(" = ");
            values.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
        }
        return Program.parse(page.locator("#program").innerText()).evaluate(values).backward();
    }

    private void answer(int part, String text) {
        page.locator("#answer-" + part + " input").fill(text);
    }

    private void check() {
        page.locator("#submit").click();
        settle(page);
    }

    /** ASCII digits written as full-width ones, as a Japanese or Chinese input method types them. */
    private static String fullWidth(String ascii) {
        StringBuilder s = new StringBuilder();
        ascii.chars().forEach(c -> s.append(c >= '0' && c <= '9' ? (char) ('０' + c - '0') : c == '.' ? '．' : c == '-' ? '－' : (char) c));
        return s.toString();
    }

    @Test
    void unreadableAnswersGetMessagesAndNoStaleVerdict() throws Exception {
        page.navigate("practice/exercise/two-two-one-relu");
        assertThat(page.locator("h1")).hasText("A small ReLU network");
        var e = variantOnPage();
        String out = Double.toString(e.node("a2_1").data());
        String dw2 = Double.toString(e.node("w2_1_1").grad());
        String dw1 = Double.toString(e.node("w1_1_1").grad());

        // Right answers first: three times "Correct.".
        answer(0, out);
        answer(1, dw2);
        answer(2, dw1);
        check();
        for (int i = 0; i < 3; i++) {
            assertThat(page.locator("#feedback-" + i)).hasText("Correct.");
        }

        // Then a full-width 2, words and nothing: each says what it is; no "Correct." is left behind.
        answer(0, "２");
        answer(1, "abc");
        answer(2, "");
        check();
        assertThat(page.locator(ERROR_TOAST)).hasCount(0);
        for (int i = 0; i < 3; i++) {
            assertThat(page.locator("#feedback-" + i)).not().hasText("Correct.");
        }
        assertThat(page.locator("#answer-0")).not().hasAttribute("invalid", "");
        assertThat(page.locator("#answer-1")).hasAttribute("invalid", "");
        assertThat(page.locator("#answer-1")).containsText("Enter a number: 'abc' is not one.");
        assertThat(page.locator("#answer-2")).hasAttribute("invalid", "");
        assertThat(page.locator("#answer-2")).containsText("Enter a number.");
        assertThat(page.locator("#summary")).containsText("nothing was counted");
        screenshot(page, "answers-unreadable");

        // Too large, and too long: said so, not cut or called a division by zero.
        answer(1, "9^9^9");
        answer(2, "1".repeat(5000));
        check();
        assertThat(page.locator("#answer-1")).containsText("That number is too large to work with.");
        assertThat(page.locator("#answer-2")).containsText("That answer is too long (5,000 characters)");
        assertThat(page.locator("#answer-2 input")).hasValue("1".repeat(5000));
        assertThat(page.locator(ERROR_TOAST)).hasCount(0);

        // The output written in full-width digits is read as the number it is.
        answer(0, fullWidth(out));
        answer(1, dw2);
        answer(2, dw1);
        check();
        for (int i = 0; i < 3; i++) {
            assertThat(page.locator("#feedback-" + i)).hasText("Correct.");
        }
        assertThat(page.locator("#summary")).containsText("Mark: 1.00 of 1.00");
        assertThat(page.locator(ERROR_TOAST)).hasCount(0);
        screenshot(page, "answers-full-width");
    }

    @Test
    void aSlipIsNamedInTheTermsOfTheProgramOnThePage() throws Exception {
        page.navigate("practice/exercise/two-two-one-relu");
        var e = variantOnPage();
        answer(0, Double.toString(e.node("a2_1").data()));
        answer(1, Double.toString(e.node("w2_1_1").grad()));
        // The ½ of E forgotten: on this exercise no other slip gives twice the answer, whatever the variant.
        answer(2, Double.toString(2 * e.node("w1_1_1").grad()));
        check();
        String feedback = page.locator("#feedback-2").innerText();
        assertThat(feedback).startsWith("The ½ forgotten.").contains("E = 0.5 * (t1 - a2_1)^2")
                .doesNotContain("×").doesNotContain("at ^");
        assertThat(page.locator("#program")).containsText("E = 0.5 * (t1 - a2_1)^2");
        page.locator("#feedback-2").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "answers-mistake-named.png")));
    }
}
