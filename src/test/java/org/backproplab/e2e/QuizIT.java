package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.backproplab.engine.lang.Program;
import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.model.ChoicePart;
import org.junit.jupiter.api.Test;

/** A learner takes the first-steps quiz to the end, with a reload on the way, and sees the summary. */
class QuizIT extends BrowserTest {

    private void submitAndNext() {
        page.locator("#submit").click();
        assertThat(page.locator("#summary")).containsText("Mark:");
        page.locator("#quiz-next").click();
    }

    @Test
    void theFirstStepsQuizIsATestThatSurvivesAReloadAndEndsWithASummary() throws Exception {
        // The worked solution seen on Practice stays there.
        page.navigate("practice/exercise/sum-times-z");
        page.locator("#show-solution").click();
        page.locator("#confirm-solution").click();
        assertThat(page.locator("#solution")).isVisible();

        page.navigate("practice");
        page.locator("#quiz-list a", new Page.LocatorOptions().setHasText("First steps")).click();
        assertThat(page.locator("#quiz-progress")).containsText("exercise 1 of 4");

        // 1. A concept exercise: the questions are headings, the options in this attempt's own order.
        assertThat(page.locator("h1")).hasText("Why gradients?");
        assertThat(page.locator("#quiz-next")).isDisabled();
        assertThat(page.locator("#show-solution")).hasCount(0);
        assertThat(page.locator("#another")).hasCount(0);
        var concept = AppServer.bean(ExerciseLibrary.class).exercise("why-gradients").orElseThrow();
        for (int i = 0; i < concept.parts().size(); i++) {
            var part = (ChoicePart) concept.parts().get(i);
            assertThat(page.locator("h3#question-" + i)).hasText(part.prompt());
            page.locator("#answer-" + i + " vaadin-radio-button", new Page.LocatorOptions().setHasText(part.answer())).click();
        }
        screenshot(page, "quiz-concept");
        submitAndNext();

        // 2. Worked out from the numbers on the page; no worked solution during the quiz.
        assertThat(page.locator("#quiz-progress")).containsText("exercise 2 of 4");
        assertThat(page.locator("#solution")).hasCount(0);
        var e = Program.parse("q = x + y\nf = q * z").evaluate(valuesOnPage()).backward();
        page.locator("#answer-0 input").fill(Double.toString(e.node("q").data()));
        page.locator("#answer-1 input").fill(Double.toString(e.node("z").grad()));
        page.locator("#answer-2 input").fill(Double.toString(-e.node("x").grad())); // a slip first: the sign
        page.locator("#submit").click();
        assertThat(page.locator("#summary")).not().containsText("Well done");
        page.locator("#answer-2 input").fill(Double.toString(e.node("x").grad())); // then put right
        page.locator("#submit").click();
        assertThat(page.locator("#summary")).hasText("Mark: 1.00 of 1.00. Well done.");
        assertThat(page.locator("#solution")).hasCount(0);
        assertThat(page.locator("#show-solution")).hasCount(0);

        // A reload resumes here, with the answers checked.
        page.reload();
        assertThat(page.locator("#quiz-progress")).containsText("exercise 2 of 4");
        assertThat(page.locator("#feedback-2")).hasText("Correct.");
        assertThat(page.locator("#answer-2 input")).hasValue(Double.toString(e.node("x").grad()));
        assertThat(page.locator("#summary")).hasText("Mark: 1.00 of 1.00. Well done.");
        page.locator("#quiz-next").click();

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
        // The slip put right on exercise 2 is still named, so the learner can look at it again.
        assertThat(page.locator("#quiz-summary")).containsText("put right after a check");
        assertThat(page.locator("#quiz-summary")).containsText("first check"); // and what that first check earned
        var review = page.locator("#quiz-review");
        assertThat(review).containsText("What to review");
        assertThat(review).containsText("Fan-out");
        page.locator("#quiz-solution-1").click();
        assertThat(page.locator("#quiz-solutions #solution-graph canvas").first()).isVisible();
        screenshot(page, "quiz-summary");
        review.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "quiz-review.png")));
        page.locator("#quiz-solutions").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target", "screenshots", "quiz-solutions.png")));

        // Each topic links to its exercises and to the lesson.
        review.locator("a[href='practice/exercise/fan-out']").first().click();
        assertThat(page.locator("h1")).hasText("A variable used twice");
        page.goBack();
        assertThat(page.locator("#quiz-total")).hasText("Total: 2.00 of 4.");
        page.locator("#quiz-review a[href^='learn/']").first().click(); // the lesson section that teaches the topic
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/learn/[a-z-]+#[a-z-]+$"));
    }
}
