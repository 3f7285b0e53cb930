package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.backproplab.engine.lang.Program;
import org.junit.jupiter.api.Test;

/** The new kinds in the browser: found by topic and difficulty on the Practice page, worked with 0 as an answer. */
class ExerciseKindsIT extends BrowserTest {
    private static final String RELU_GATE = """
            za = w1 * x + b1
            a = relu(za)
            zc = w2 * x + b2
            c = relu(zc)
            y = a + c
            E = 0.5 * (y - t)^2
            """;

    /** Waits for the page's heading: the first page a fresh server draws can take a while on a busy machine. */
    private void loaded() {
        page.locator("h1").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
    }

    private void choose(String filter, String item) {
        page.locator("#" + filter).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(item)).click();
    }

    @Test
    void aDeadReluExerciseIsFoundByTopicAndAnsweredWithZeros() throws Exception {
        page.navigate("practice");
        loaded();
        choose("topic-filter", "Dead ReLUs and blocked paths");
        var exercises = page.locator("#exercise-list a[href^='practice/exercise/']");
        assertThat(exercises).hasCount(2);
        // The topic's lesson section is offered too, now that a lesson teaches it by name.
        assertThat(page.locator("#exercise-list a.bpl-lesson-link")).hasAttribute("href", "learn/vanishing-and-exploding-gradients#dead-relu");
        choose("difficulty-filter", "2 of 5");
        assertThat(exercises).hasCount(1);
        screenshot(page, "practice-filtered");
        choose("difficulty-filter", "5 of 5");
        assertThat(page.locator("#exercise-list")).containsText("No exercise of this topic at this difficulty");
        choose("difficulty-filter", "2 of 5");
        page.locator("#exercise-list a", new Page.LocatorOptions().setHasText("Which gradients does a ReLU let through?")).click();
        assertThat(page.locator("h1")).hasText("Which gradients does a ReLU let through?");

        var e = Program.parse(RELU_GATE).evaluate(valuesOnPage()).backward();
        // A wrong 0 for the live unit is not right; the dead unit's 0 is.
        page.locator("#answer-0 input").fill("0");
        page.locator("#answer-1 input").fill("0");
        page.locator("#answer-2 input").fill("0");
        page.locator("#answer-3 vaadin-radio-button", new Page.LocatorOptions().setHasText("Nothing — their gradients stay 0")).click();
        page.locator("#submit").click();
        assertThat(page.locator("#feedback-0")).not().hasText("Correct.");
        assertThat(page.locator("#feedback-1")).hasText("Correct.");
        assertThat(page.locator("#feedback-2")).hasText("Correct.");
        assertThat(page.locator("#feedback-3")).hasText("Correct.");

        page.locator("#answer-0 input").fill(Double.toString(e.node("w1").grad()));
        page.locator("#submit").click();
        assertThat(page.locator("#feedback-0")).hasText("Correct.");
        assertThat(page.locator("#summary")).containsText("Mark: 1.00 of 1.00");
        screenshot(page, "dead-relu-solved");
    }

    @Test
    void aPublishedExampleIsCreditedOnItsPage() {
        page.navigate("practice/exercise/two-two-two");
        loaded();
        assertThat(page.locator("#source")).containsText("Matt Mazur");
        assertThat(page.locator("#source")).containsText("A Step by Step Backpropagation Example");
    }
}
