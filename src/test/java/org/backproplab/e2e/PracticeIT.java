package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;

import org.backproplab.engine.lang.Program;
import org.junit.jupiter.api.Test;

/** A learner works an exercise: bad input, a recognised mistake, the right answer, the solution, the history. */
class PracticeIT extends BrowserTest {

    private void answer(int part, String text) {
        page.locator("#answer-" + part + " input").fill(text);
    }

    @Test
    void aLearnerWorksAnExerciseFromMistakeToSolution() throws Exception {
        page.navigate("practice");
        assertThat(page.locator("#next-up")).containsText("Next up");
        page.locator("#exercise-list a", new Page.LocatorOptions().setHasText("Add, then multiply")).click();
        assertThat(page.locator("h1")).hasText("Add, then multiply");

        var values = valuesOnPage();
        var e = Program.parse("q = x + y\nf = q * z").evaluate(values).backward();
        String q = Double.toString(e.node("q").data());
        String dz = Double.toString(e.node("z").grad());
        double dx = e.node("x").grad();

        // 1. Text is not an answer: a message at the field, and no attempt counted.
        answer(0, "abc");
        answer(1, dz);
        answer(2, Double.toString(dx));
        page.locator("#submit").click();
        assertThat(page.locator("#answer-0")).hasAttribute("invalid", "");
        assertThat(page.locator("#answer-0")).containsText("is not one");
        assertThat(page.locator("#summary")).containsText("nothing was counted");
        assertThat(page.locator("#best-mark")).hasText("No attempts yet.");
        screenshot(page, "practice-invalid");

        // 2. A wrong answer that a known mistake gives: the mistake is named.
        answer(0, q);
        answer(2, Double.toString(-dx));
        page.locator("#submit").click();
        assertThat(page.locator("#feedback-2")).containsText("sign");
        assertThat(page.locator("#feedback-0")).hasText("Correct.");
        assertThat(page.locator("#best-mark")).containsText("1 attempt");
        screenshot(page, "practice-mistake");

        // 3. The right answer (written as a calculation, with a Unicode minus where negative).
        answer(2, Double.toString(dx).replace('-', '−'));
        page.locator("#submit").click();
        assertThat(page.locator("#feedback-2")).hasText("Correct.");
        assertThat(page.locator("#summary")).containsText("Mark: 1.00 of 1.00");

        // The worked solution: the graph drawn, its text alternative, the chain rule typeset.
        var graph = page.locator("#solution-graph canvas").first();
        graph.waitFor();
        assertThat(graph.boundingBox().width).isGreaterThan(100);
        assertThat(page.locator("#solution-table")).containsText("q");
        assertThat(page.locator("#solution .katex").first()).isVisible();
        page.locator("#step-back").click();
        assertThat(page.locator("#solution-step")).containsText("Step 2 of");
        screenshot(page, "practice-solution");
        page.locator("#solution-graph").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "solution-graph.png")));

        // 4. After a reload the history holds both attempts, the mistake named.
        page.reload();
        assertThat(page.locator("#best-mark")).containsText("2 attempts; best mark 1.00");
        assertThat(page.locator("#history")).containsText("The sign flipped");
    }

    @Test
    void aForgedExerciseAddressGetsAFriendlyPage() {
        page.navigate("practice/exercise/no-such-thing");
        assertThat(page.locator("h1")).hasText("This page does not exist");
        page.navigate("practice/exercise/" + "x".repeat(5000));
        assertThat(page.locator("h1")).hasText("This page does not exist");
    }

    @Test
    void theWorkedSolutionAsksOnceAndNewNumbersStartClean() {
        page.navigate("practice/exercise/square-of-product");
        page.locator("#show-solution").click();
        assertThat(page.locator("#solution-warning")).containsText("these numbers earn no more marks after it");
        assertThat(page.locator("#solution")).hasCount(0);
        screenshot(page, "practice-solution-confirm");
        page.locator("#cancel-solution").click();
        assertThat(page.locator("#solution-confirm")).isHidden();

        page.locator("#show-solution").click();
        page.locator("#confirm-solution").click();
        assertThat(page.locator("#solution")).isVisible();
        assertThat(page.locator("#show-solution")).isHidden();
        assertThat(page.locator("#summary")).containsText("These numbers earn no more marks");

        page.locator("#another").click();
        assertThat(page.locator("#summary")).isEmpty();
        assertThat(page.locator("#solution")).hasCount(0);
        assertThat(page.locator("#show-solution")).isVisible();
    }

    @Test
    void aHintAfterAFullMarkLeavesTheMarkStanding() throws Exception {
        page.navigate("practice/exercise/sum-times-z");
        assertThat(page.locator("#values span").first()).isVisible();
        var e = Program.parse("q = x + y\nf = q * z").evaluate(valuesOnPage()).backward();
        answer(0, Double.toString(e.node("q").data()));
        answer(1, Double.toString(e.node("z").grad()));
        answer(2, Double.toString(e.node("x").grad()));
        page.locator("#submit").click();
        assertThat(page.locator("#summary")).containsText("Mark: 1.00 of 1.00. Well done.");
        assertThat(page.locator("#hint-cost")).hasText(
                "If you take the next hint, answers you check after it earn at most 0.80; your best mark on these numbers, 1.00, stands.");
        page.locator("#hint").click();
        page.locator("#submit").click();
        assertThat(page.locator("#summary")).containsText("Mark: 0.80 of 0.80 (the most after 1 hint). All right.");
        assertThat(page.locator("#summary")).containsText("Your best mark on these numbers, 1.00, stands.");
        assertThat(page.locator("#summary")).not().containsText("Well done");
        assertThat(page.locator("#best-mark")).hasText("1 attempt; best mark 1.00.");
        screenshot(page, "practice-hint-after-full-mark");
    }

    @Test
    void aConceptSolutionSaysWhyEachOtherOptionIsWrong() {
        page.navigate("practice/exercise/two-two-two");
        assertThat(page.locator("#submit")).isVisible();
        assertThat(page.locator("#another")).hasCount(1); // its weights are drawn; seed 0 is the published example

        page.navigate("practice/exercise/why-vanishing");
        assertThat(page.locator("h3#question-0")).hasText(
                "In a deep network of sigmoid units, why are the gradients of the first layers so small?");
        page.locator("#show-solution").click();
        page.locator("#confirm-solution").click();
        assertThat(page.locator("#solution")).containsText(
                "Not “More sigmoid layers”: Each extra sigmoid layer adds another factor of at most 0.25");
        page.locator("#solution").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "concept-solution.png")));
    }
}
