package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.microsoft.playwright.Page;

import org.backproplab.engine.lang.Program;
import org.junit.jupiter.api.Test;

/** A learner takes the first-steps quiz to the end and sees the summary. */
class QuizIT extends BrowserTest {

    private void submitAndNext() {
        page.locator("#submit").click();
        assertThat(page.locator("#summary")).containsText("Mark:");
        page.locator("#quiz-next").click();
    }

    @Test
    void theFirstStepsQuizEndsWithASummary() throws Exception {
        page.navigate("practice");
        page.locator("#quiz-list a", new Page.LocatorOptions().setHasText("First steps")).click();
        assertThat(page.locator("#quiz-progress")).containsText("exercise 1 of 4");

        // 1. A concept exercise: the first option is the right one in both questions.
        assertThat(page.locator("h1")).hasText("Why gradients?");
        assertThat(page.locator("#quiz-next")).isDisabled();
        page.locator("#answer-0 vaadin-radio-button").first().click();
        page.locator("#answer-1 vaadin-radio-button").first().click();
        submitAndNext();

        // 2. Worked out from the numbers on the page.
        assertThat(page.locator("#quiz-progress")).containsText("exercise 2 of 4");
        Map<String, Double> values = new HashMap<>();
        for (String text : page.locator("#values span").allInnerTexts()) {
            String[] kv = text.split(" = ");
            values.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
        }
        var e = Program.parse("q = x + y\nf = q * z").evaluate(values).backward();
        page.locator("#answer-0 input").fill(Double.toString(e.node("q").data()));
        page.locator("#answer-1 input").fill(Double.toString(e.node("z").grad()));
        page.locator("#answer-2 input").fill(Double.toString(e.node("x").grad()));
        submitAndNext();

        // 3. Wrong on purpose: every gradient here is even, so odd answers are never right — and
        // 1, 7, 13 are not consistent with each other either, so follow-through gives nothing back.
        assertThat(page.locator("#quiz-progress")).containsText("exercise 3 of 4");
        page.locator("#answer-0 input").fill("1");
        page.locator("#answer-1 input").fill("7");
        page.locator("#answer-2 input").fill("13");
        submitAndNext();

        // 4. Skipped.
        assertThat(page.locator("#quiz-progress")).containsText("exercise 4 of 4");
        page.locator("#quiz-skip").click();

        assertThat(page.locator("h1")).containsText("Quiz summary");
        assertThat(page.locator("#quiz-total")).hasText("Total: 2.00 of 4.");
        assertThat(page.locator("#quiz-summary")).containsText("skipped");
        assertThat(page.locator("#quiz-review")).containsText("What to review");
        assertThat(page.locator("#quiz-review")).containsText("Fan-out");
        screenshot(page, "quiz-summary");
    }
}
