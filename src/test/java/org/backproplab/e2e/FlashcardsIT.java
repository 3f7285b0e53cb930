package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backproplab.engine.lang.Program;
import org.junit.jupiter.api.Test;

/**
 * A learner reviews five cards with the keyboard alone (timing each reveal and answer round trip),
 * undoes one, makes a mistake in an exercise and finds its card due, and sees the statistics change.
 */
class FlashcardsIT extends BrowserTest {

    private String counters() {
        return page.locator("#counters").innerText();
    }

    @Test
    void reviewByKeyboardThenAMistakeBringsItsCard() throws Exception {
        page.setDefaultTimeout(45_000); // the first page of a cold server on a busy machine
        page.navigate("flashcards/stats");
        page.locator("#reviews-chart canvas").first().waitFor();
        settle(page); // drawn again once the browser has told its time zone
        page.locator("#reviews-chart-table").click();
        assertThat(cells("#reviews-chart-table tbody tr")).endsWith("0", "0", "0", "0");

        page.navigate("flashcards");
        assertThat(page.locator("#counters")).hasText("New 20 · Learning 0 · Review 0");
        settle(page);
        List<Long> reveal = new ArrayList<>();
        List<Long> answer = new ArrayList<>();
        String[] keys = {"3", "2", "4", "3", "3"}; // no Again: a 1-minute step could fall due mid-test
        for (String key : keys) {
            String front = page.locator("#card-front").innerText();
            long t0 = System.nanoTime();
            page.keyboard().press("Space");
            page.locator("#card-back").waitFor();
            assertThat(page.locator("#rate-1")).isVisible();
            reveal.add((System.nanoTime() - t0) / 1_000_000);
            settle(page);
            long t1 = System.nanoTime();
            page.keyboard().press(key);
            page.waitForFunction("f => document.querySelector('#card-front').innerText !== f", front);
            answer.add((System.nanoTime() - t1) / 1_000_000);
            settle(page);
        }
        screenshot(page, "flashcards-after-five");
        // Easy on a new card graduates it; the other four are in their learning steps
        assertThat(page.locator("#counters")).hasText("New 15 · Learning 4 · Review 0");
        assertThat(page.locator("#review-status")).containsText("Answered Good");

        page.keyboard().press("Control+z");
        assertThat(page.locator("#counters")).hasText("New 16 · Learning 3 · Review 0");
        assertThat(page.locator("#review-status")).hasText("Last answer undone.");

        Files.createDirectories(Path.of("target"));
        String report = String.format(Locale.ROOT, "reveal ms %s (median %d); answer ms %s (median %d)%n", reveal, median(reveal), answer,
                median(answer));
        Files.writeString(Path.of("target", "flashcard-timings.txt"), report);
        System.out.print("FLASHCARD TIMINGS " + report);

        // A mistake in an exercise: the sign flipped (M02) on an exercise about the chain rule
        page.navigate("practice/exercise/sum-times-z");
        page.locator("#values span").first().waitFor();
        Map<String, Double> values = new HashMap<>();
        for (String text : page.locator("#values span").allInnerTexts()) {
            String[] kv = text.split(" = ");
            values.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
        }
        var e = Program.parse("q = x + y\nf = q * z").evaluate(values).backward();
        page.locator("#answer-0 input").fill(Double.toString(e.node("q").data()));
        page.locator("#answer-1 input").fill(Double.toString(e.node("z").grad()));
        page.locator("#answer-2 input").fill(Double.toString(-e.node("x").grad()));
        page.locator("#submit").click();
        assertThat(page.locator("#feedback-2")).containsText("sign");
        assertThat(page.locator("#added-flashcards")).containsText("Added to your flashcards: The sign flipped; The chain rule.");
        screenshot(page, "flashcards-added-from-mistake");
        page.locator("#added-flashcards a").click();
        assertThat(page.locator("h1")).hasText("Flashcards");

        // The start page counts today's cards the same way, the mistake's cards among them
        page.navigate("");
        assertThat(page.locator("#cards-due-summary")).hasText("19 cards waiting: 0 to review, 3 in learning, 16 new.");
        page.locator("#cards-due a").click();
        assertThat(page.locator("h1")).hasText("Flashcards");
        assertThat(page.locator("#card-front")).containsText("Common slip — the sign flipped");
        assertThat(page.locator("#counters")).hasText("New 16 · Learning 3 · Review 0"); // mistake cards count towards the 20
        page.keyboard().press("Enter");
        assertThat(page.locator("#card-back")).containsText("y - t");
        page.keyboard().press("3");
        assertThat(page.locator("#card-front")).containsText("chain rule");

        page.navigate("flashcards/stats");
        page.locator("#reviews-chart canvas").first().waitFor();
        settle(page); // drawn again once the browser has told its time zone
        page.locator("#reviews-chart-table").click();
        // today: no Again, 1 Hard, 3 Good (one more was undone; one is the mistake's card), 1 Easy
        assertThat(cells("#reviews-chart-table tbody tr")).endsWith("0", "1", "3", "1");
        page.locator("#states-chart-table").click();
        assertThat(cells("#states-chart-table tbody tr:nth-child(2)")).containsExactly("Learning", "4");
        screenshot(page, "flashcards-statistics");
    }

    private List<String> cells(String rows) {
        var row = page.locator(rows).last();
        row.waitFor();
        return row.locator("td").allInnerTexts();
    }

    private static long median(List<Long> xs) {
        var sorted = xs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
