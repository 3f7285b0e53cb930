package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.microsoft.playwright.Page;

import org.backproplab.exercise.library.ExerciseLibrary;
import org.backproplab.exercise.model.NumericPart;

/**
 * Every page a learner can reach, in the state worth checking: each kind of exercise, a network
 * exercise with its worked solution open, a quiz, the playground and the not-found page. The
 * accessibility and phone-width tests walk the same list, so a new page is checked by both.
 */
final class Tour {
    /** A page: its address, and what to do once it is drawn (answer, open a solution...). */
    record Stop(String name, String path, Consumer<Page> then) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Tour() {
    }

    static List<Stop> stops() {
        return List.of(
                new Stop("home", "", p -> p.locator("#sigmoid-chart canvas").first().waitFor()),
                new Stop("learn", "learn", p -> { }),
                new Stop("lesson with summaries and dialogues", "learn/what-is-backpropagation", p -> p.locator("#lesson-about").waitFor()),
                new Stop("lesson with matrices", "learn/vectorised-backprop", p -> p.locator("bpl-math .katex").first().waitFor()),
                new Stop("practice", "practice", p -> { }),
                new Stop("graph exercise", "practice/exercise/sum-times-z", p -> { }),
                new Stop("table exercise", "practice/exercise/table-neuron", p -> { }),
                new Stop("concept exercise", "practice/exercise/why-gradients", p -> { }),
                new Stop("network exercise, solved", "practice/exercise/two-two-one-relu", p -> solve(p, "two-two-one-relu")),
                new Stop("quiz", "practice/quiz/first-steps", p -> { }),
                new Stop("playground", "playground", p -> p.locator("#pg-boundary canvas").first().waitFor()),
                new Stop("flashcards", "flashcards", p -> { }),
                new Stop("flashcard revealed", "flashcards", p -> {
                    p.locator("#show-answer").click();
                    p.locator("#rate-3").waitFor();
                    p.locator("#card-info").click();
                }),
                new Stop("flashcard browse", "flashcards/browse", p -> p.locator("#card-grid").waitFor()),
                new Stop("flashcard statistics", "flashcards/stats", p -> p.locator("#forecast-chart canvas").first().waitFor()),
                new Stop("glossary", "glossary", p -> { }),
                new Stop("not found", "no/such/page", p -> { }),
                new Stop("login", "login", p -> { }),
                new Stop("register", "register", p -> { }),
                signedIn("student's start page", () -> Accounts.fixture().student(), ""),
                signedIn("my account", () -> Accounts.fixture().student(), "account"),
                signedIn("change password", () -> Accounts.fixture().student(), "account/password"),
                signedIn("teacher's classes", () -> Accounts.fixture().teacher(), "teach"),
                signedIn("a class", () -> Accounts.fixture().teacher(), () -> "teach/class/" + Accounts.fixture().schoolClass().id()),
                signedIn("accounts (admin)", () -> "admin", "admin"),
                signedIn("dashboard: classes", () -> Accounts.fixture().teacher(), "dashboard"),
                signedIn("dashboard: overview", () -> Accounts.fixture().teacher(), () -> dashboard("")),
                signedIn("dashboard: student", () -> Accounts.fixture().teacher(), () -> dashboard("/student/" + AppServer.bean(
                        org.backproplab.security.AccountService.class).findByUsername(Accounts.fixture().student()).orElseThrow().id())),
                signedIn("dashboard: exercise statistics", () -> Accounts.fixture().teacher(), () -> dashboard("/exercises")),
                signedIn("dashboard: mistakes", () -> Accounts.fixture().teacher(), () -> dashboard("/mistakes")),
                signedIn("dashboard: assignments", () -> Accounts.fixture().teacher(), () -> dashboard("/assignments")));
    }

    /** A page of the tour class's dashboard (issue 18). */
    private static String dashboard(String rest) {
        return "dashboard/" + Accounts.fixture().schoolClass().id() + rest;
    }

    /** A page for a signed-in user: the stop logs in first (from the login page), then opens it. */
    private static Stop signedIn(String name, Supplier<String> user, String path) {
        return signedIn(name, user, () -> path);
    }

    private static Stop signedIn(String name, Supplier<String> user, Supplier<String> path) {
        return new Stop(name, "login", p -> {
            Accounts.logIn(p, user.get(), Accounts.PASSWORD);
            p.navigate(path.get());
            assertThat(p.locator("h1").first()).isVisible();
        });
    }

    /** Opens the stop and waits until it is drawn and the server has nothing more to say. */
    static void visit(Page page, Stop stop) {
        page.navigate(stop.path());
        // A long page (the glossary, a lesson) can take a while to draw on a busy machine.
        assertThat(page.locator("h1").first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        stop.then().accept(page);
        settle(page);
    }

    static void settle(Page p) {
        p.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /**
     * Answers every part right, worked out by the app's own engine from the numbers on the page,
     * so that the worked solution opens as it does for a learner who got everything right.
     */
    static void solve(Page page, String exerciseId) {
        var exercise = AppServer.bean(ExerciseLibrary.class).exercise(exerciseId).orElseThrow();
        var evaluation = exercise.program().evaluate(BrowserTest.valuesOn(page));
        for (int i = 0; i < exercise.parts().size(); i++) {
            if (exercise.parts().get(i) instanceof NumericPart part) {
                page.locator("#answer-" + i + " input").fill(Double.toString(part.answer(evaluation)));
            }
        }
        page.locator("#submit").click();
        page.locator("#solution-graph canvas").first().waitFor();
    }
}
