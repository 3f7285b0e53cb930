package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learner reads a lesson: the three summary levels, a dialogue read aloud, a term's definition, an exercise and back. */
class LessonIT extends BrowserTest {
    /**
     * Headless Chromium has no voices: a stand-in speechSynthesis with two voices that "speaks" each
     * line in 300 ms and records what it was asked to say, with which voice and rate.
     */
    /**
     * A speech engine under the test's control: an utterance ends only when the test calls
     * {@code window.__endUtterance()}, so no assertion races a timer on a busy machine.
     */
    private static final String SPEECH_STUB = """
            (() => {
              window.__spoken = [];
              const voices = [{name: 'Voice A', lang: 'en-US'}, {name: 'Voice B', lang: 'en-GB'}];
              const synth = {
                paused: false, speaking: false, __current: null,
                getVoices: () => voices,
                addEventListener: () => {},
                speak(u) {
                  this.speaking = true;
                  this.__current = u;
                  window.__spoken.push({text: u.text, voice: u.voice && u.voice.name, rate: u.rate});
                },
                pause() { this.paused = true; },
                resume() { this.paused = false; },
                cancel() { this.__current = null; this.speaking = false; this.paused = false; },
              };
              window.__endUtterance = () => {
                const u = synth.__current;
                if (!u || synth.paused) return false;
                synth.__current = null;
                synth.speaking = false;
                if (u.onend) u.onend();
                return true;
              };
              Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});
              window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
            })();
            """;

    /** Lesson pages are long (KaTeX, three dialogues): on a busy machine the first drawing takes more than 5 s. */
    @BeforeEach
    void patientAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterEach
    void usualAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    private void openLesson(String id) {
        page.navigate("learn/" + id);
        assertThat(page.locator("h1")).isVisible();
        settle(page);
    }

    @Test
    void theSummaryReadsAtEachOfItsThreeLevels() {
        openLesson("what-is-backpropagation");
        var text = page.locator("#summary-text");
        assertThat(text).hasAttribute("data-level", "standard");
        assertThat(text).containsText("Training a network means finding weights");
        page.locator("#summary-level vaadin-radio-button", new Page.LocatorOptions().setHasText("Quick")).click();
        assertThat(text).hasAttribute("data-level", "quick");
        assertThat(text).containsText("A network learns by nudging its weights");
        assertThat(text).not().containsText("Training a network means");
        page.locator("#summary-level vaadin-radio-button", new Page.LocatorOptions().setHasText("Detailed")).click();
        assertThat(text).hasAttribute("data-level", "detailed");
        assertThat(text).containsText("Key points");
        assertThat(text.locator("bpl-math .katex").first()).isAttached(); // KaTeX typeset the math in the summary
        screenshot(page, "lesson-detailed-summary");
    }

    @Test
    void aDialogueIsReadAloudLineByLineWithTheSpokenLineHighlighted() {
        page.addInitScript(SPEECH_STUB);
        openLesson("what-is-backpropagation");
        var dialogue = page.locator("#dialogue-2");
        dialogue.scrollIntoViewIfNeeded();
        assertThat(dialogue.locator(".bpl-dialogue-status")).hasText("Ready to read aloud.");
        assertThat(dialogue.locator("select.bpl-dialogue-voice")).hasCount(3); // Teacher, Chloe, Dev
        dialogue.locator("select.bpl-dialogue-speed").selectOption("1.25");
        Locator lines = dialogue.locator("li[data-speaker]");
        dialogue.locator("button.bpl-dialogue-play").click();
        assertThat(lines.nth(0)).hasClass(Pattern.compile("bpl-speaking"));
        endUtterance();
        assertThat(lines.nth(1)).hasClass(Pattern.compile("bpl-speaking"));
        assertThat(lines.nth(0)).not().hasClass(Pattern.compile("bpl-speaking"));
        endUtterance();
        assertThat(lines.nth(2)).hasClass(Pattern.compile("bpl-speaking"));
        dialogue.locator("button.bpl-dialogue-pause").click();
        assertThat(dialogue.locator(".bpl-dialogue-status")).containsText("Paused at line 3");
        assertThat(page.evaluate("() => window.__endUtterance()")).isEqualTo(false); // paused: nothing ends
        screenshot(page, "lesson-dialogue-playing");

        @SuppressWarnings("unchecked")
        var spoken = (List<java.util.Map<String, Object>>) page.evaluate("() => window.__spoken");
        assertThat(spoken).hasSize(3);
        assertThat(spoken.get(0).get("text")).isEqualTo(lines.nth(0).locator("span").innerText());
        assertThat(spoken.get(1).get("text")).isEqualTo(lines.nth(1).locator("span").innerText());
        assertThat(spoken.get(0).get("voice")).isEqualTo("Voice A"); // the teacher
        assertThat(spoken.get(1).get("voice")).isEqualTo("Voice B"); // a student, in another voice
        assertThat(((Number) spoken.get(0).get("rate")).doubleValue()).isEqualTo(1.25);

        dialogue.locator("button.bpl-dialogue-play").click(); // resumes where it paused, not from the start
        assertThat(dialogue.locator(".bpl-dialogue-status")).containsText("Reading line 3");
        assertThat(lines.nth(2)).hasClass(Pattern.compile("bpl-speaking"));
        endUtterance();
        assertThat(lines.nth(3)).hasClass(Pattern.compile("bpl-speaking"));
        assertThat((List<?>) page.evaluate("() => window.__spoken")).hasSize(4);
    }

    private void endUtterance() {
        assertThat(page.evaluate("() => window.__endUtterance()")).isEqualTo(true);
    }

    @Test
    void withoutSpeechTheDialogueSaysReadingAloudIsNotAvailable() {
        page.addInitScript("Object.defineProperty(window, 'speechSynthesis', {value: undefined, configurable: true});");
        openLesson("what-is-backpropagation");
        var status = page.locator("#dialogue-1 .bpl-dialogue-status");
        assertThat(status).hasText("Reading aloud is not available in this browser: read the dialogue below.");
        assertThat(page.locator("#dialogue-1 button.bpl-dialogue-play")).hasCount(0);
        assertThat(page.locator("#dialogue-1 li[data-speaker]").first()).containsText("Teacher:");
    }

    @Test
    void aHeadlessBrowserWithoutVoicesGetsTheSameClearState() {
        page.addInitScript("""
                Object.defineProperty(window, 'speechSynthesis', {value: {getVoices: () => [], addEventListener: () => {}}, configurable: true});
                """);
        openLesson("what-is-backpropagation");
        assertThat(page.locator("#dialogue-3 .bpl-dialogue-status")).hasText(Pattern.compile("not available in this browser"));
    }

    @Test
    void aTermShowsItsDefinitionOnKeyboardFocus() {
        openLesson("what-is-backpropagation");
        Locator terms = page.locator("#summary-text a.bpl-term");
        Locator first = terms.nth(0);
        Locator second = terms.nth(1);
        Locator tipOfSecond = page.locator("#" + second.getAttribute("aria-describedby"));
        assertThat(tipOfSecond).isHidden();
        first.focus();
        page.keyboard().press("Tab"); // the keyboard moves on to the next term
        assertThat(second).isFocused();
        assertThat(tipOfSecond).isVisible();
        assertThat(tipOfSecond).hasAttribute("role", "tooltip");
        assertThat(tipOfSecond).containsText(second.innerText().substring(0, 3), new com.microsoft.playwright.assertions
                .LocatorAssertions.ContainsTextOptions().setIgnoreCase(true));
        screenshot(page, "lesson-term-focused");
        page.keyboard().press("Tab");
        assertThat(tipOfSecond).isHidden();
    }

    @Test
    void aLessonLinksToItsExerciseAndTheExerciseLinksBack() {
        openLesson("chain-rule-on-graphs");
        page.locator("#lesson-exercises a", new Page.LocatorOptions().setHasText("Add, then multiply")).click();
        assertThat(page.locator("h1")).hasText("Add, then multiply");
        var back = page.locator("#lesson-link");
        assertThat(back).hasText("Learn it: The chain rule on a computational graph");
        back.click();
        assertThat(page).hasURL(Pattern.compile("learn/chain-rule-on-graphs#chain-rule$"));
        assertThat(page.locator("h1")).hasText("The chain rule on a computational graph");
        var section = page.locator("h2#chain-rule");
        assertThat(section).hasText("The chain rule at each node");
        // Opened at the section: its heading is on screen, below the app's bar, not at the top of the page.
        // The layout's content area scrolled to it; the document itself stays put (no blank strip above
        // the bar: KaTeX's hidden MathML once made the document taller than the window).
        assertThat(section).isInViewport();
        page.waitForFunction("() => { const top = document.getElementById('chain-rule').getBoundingClientRect().top;"
                + " const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]');"
                + " return content.scrollTop > 0 && window.scrollY === 0"
                + " && top >= document.querySelector('vaadin-app-layout [slot=navbar]').getBoundingClientRect().bottom"
                + " && top < window.innerHeight / 2; }");
        assertThat(page.evaluate("() => document.scrollingElement.scrollHeight <= window.innerHeight")).isEqualTo(true);
        screenshot(page, "lesson-opened-at-section");
    }

    @Test
    void readingALessonShowsOnThePath() {
        openLesson("fan-out");
        page.locator("#mark-read").click();
        assertThat(page.locator("#lesson-read")).containsText("You have read this lesson.");
        page.navigate("learn");
        assertThat(page.locator("#step-fan-out .bpl-read-state")).hasText("read");
        assertThat(page.locator("#course-progress")).containsText("read 1 of 9 lessons");
        screenshot(page, "learn-path");
    }
}
