package org.backproplab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The deploy/ example at work: learners in Chromium behind HAProxy, two instances on one PostgreSQL.
 * Each learner stays on one instance; stopping one instance costs its learners their Vaadin session
 * (memory) but no attempt they submitted, and their guest cookie brings their history back on the other.
 */
@Tag("proxy")
class ProxyIT {
    private static final String EXERCISE = "practice/exercise/sum-times-z";
    private static final int LEARNERS = 4;
    private static final int ATTEMPTS_EACH = 2;
    private static ProxyCluster cluster;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<BrowserContext> contexts = new ArrayList<>();

    /** A learner in their own browser context; every answer the proxy gives it is noted with its instance. */
    private record Learner(BrowserContext context, Page page, List<Served> served) {
        Set<String> instances() {
            synchronized (served) {
                return new LinkedHashSet<>(served.stream().map(Served::instance).toList());
            }
        }

        /** The instances that drew a page or answered Vaadin's requests (never from the browser's cache) since {@code from}. */
        Set<String> liveInstancesSince(int from) {
            synchronized (served) {
                return new LinkedHashSet<>(served.subList(from, served.size()).stream()
                        .filter(s -> s.navigation() || s.url().contains("v-r=uidl")).map(Served::instance).toList());
            }
        }

        int responses() {
            synchronized (served) {
                return served.size();
            }
        }

        String cookie(String name) {
            return context.cookies().stream().filter(c -> c.name.equals(name)).map(c -> c.value).findFirst().orElse(null);
        }
    }

    private record Served(String url, String instance, boolean navigation) {
    }

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = ProxyCluster.start();
        // Two more JVMs and a proxy on a shared machine: pages take longer than the usual 5 s here.
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @AfterAll
    static void stopCluster() throws SQLException {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        if (cluster != null) {
            cluster.close();
            assertThat(cluster.databaseExists()).as("the test's database is dropped").isFalse();
        }
    }

    @org.junit.jupiter.api.AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
    }

    private Learner newLearner() {
        BrowserContext context = BrowserTest.browser().newContext(new Browser.NewContextOptions().setBaseURL(cluster.url()));
        context.setDefaultTimeout(60_000);
        contexts.add(context);
        List<Served> served = Collections.synchronizedList(new ArrayList<>());
        Page page = context.newPage();
        page.onResponse((Response r) -> {
            String instance = r.headerValue("x-backprop-instance");
            if (instance != null) {
                served.add(new Served(r.url(), instance, r.request().isNavigationRequest()));
            }
        });
        return new Learner(context, page, served);
    }

    /** Submits a new set of answers (the n-th of this learner) and waits until the history counts it. */
    private static void submitAttempt(Learner learner, int n) {
        Page page = learner.page();
        page.locator("#answer-0 input").fill(Integer.toString(100 + n));
        page.locator("#answer-1 input").fill("1");
        page.locator("#answer-2 input").fill("1");
        page.locator("#submit").click();
        assertThat(page.locator("#best-mark")).containsText(n + (n == 1 ? " attempt;" : " attempts;"));
    }

    private long attemptsStored() throws SQLException {
        try (var c = cluster.database(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM attempt")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<UUID, Long> attemptsPerLearner() throws SQLException {
        Map<UUID, Long> counts = new HashMap<>();
        try (var c = cluster.database();
                var rs = c.createStatement().executeQuery("SELECT learner_id, COUNT(*) FROM attempt GROUP BY learner_id")) {
            while (rs.next()) {
                counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
            }
        }
        return counts;
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0; // the port is closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Test
    void learnersStayOnOneInstanceAndKeepTheirAttemptsWhenItStops() throws Exception {
        // 1. Four learners each submit two attempts. Round robin for new browsers, then the cookie.
        List<Learner> learners = new ArrayList<>();
        Map<String, List<Learner>> byInstance = new TreeMap<>();
        for (int i = 0; i < LEARNERS; i++) {
            Learner learner = newLearner();
            learner.page().navigate(EXERCISE);
            assertThat(learner.page().locator("#best-mark")).hasText("No attempts yet.");
            for (int n = 1; n <= ATTEMPTS_EACH; n++) {
                submitAttempt(learner, n);
            }
            assertThat(learner.instances()).as("learner %d is served by one instance throughout", i).hasSize(1);
            assertThat(learner.cookie("BPL_NODE")).isEqualTo(learner.instances().iterator().next());
            learners.add(learner);
            byInstance.computeIfAbsent(learner.instances().iterator().next(), k -> new ArrayList<>()).add(learner);
        }
        assertThat(byInstance.keySet()).as("both instances serve learners").containsExactly("a", "b");
        long before = attemptsStored();
        assertThat(before).isEqualTo((long) LEARNERS * ATTEMPTS_EACH);

        // 2. Stop the first learner's instance. Readiness goes down first while it still serves, then it ends.
        String stopped = learners.get(0).instances().iterator().next();
        String other = stopped.equals("a") ? "b" : "a";
        Map<String, Long> requestsBeforeStop = Map.of("a", Long.parseLong(cluster.stats("a").get("req_tot")),
                "b", Long.parseLong(cluster.stats("b").get("req_tot")));
        Map<String, String> sessions = new HashMap<>();
        for (Learner l : learners) {
            sessions.put(l.cookie("bpl_guest"), l.cookie("JSESSIONID"));
        }
        Process stopping = cluster.stopInstance(stopped);
        boolean notReadyButServing = false;
        while (stopping.isAlive()) {
            if (status(cluster.instanceUrl(stopped) + "actuator/health/readiness") == 503
                    && status(cluster.instanceUrl(stopped) + "actuator/health/liveness") == 200) {
                notReadyButServing = true;
            }
            Thread.sleep(200);
        }
        assertThat(stopping.waitFor(1, TimeUnit.SECONDS) && stopping.exitValue() == 0)
                .as("run-local.sh stop-instance %s: %s", stopped, new String(stopping.getInputStream().readAllBytes())).isTrue();
        assertThat(notReadyButServing).as("readiness answered 503 while the stopping instance still served").isTrue();
        assertThat(status(cluster.instanceUrl(stopped) + "actuator/health/liveness")).as("its port is closed").isZero();
        assertThat(cluster.stats(stopped).get("status")).startsWith("DOWN");
        long afterStop = attemptsStored();
        assertThat(afterStop).as("no submitted attempt lost").isEqualTo(before);

        // 3. Every learner goes on. Those of the stopped instance reload: a new session on the other
        // instance, the same guest cookie, the same history. The others are not disturbed at all.
        for (Learner l : learners) {
            String guest = l.cookie("bpl_guest");
            int from = l.responses();
            if (byInstance.get(stopped).contains(l)) {
                l.page().navigate(EXERCISE);
                assertThat(l.page().locator("#best-mark")).containsText(ATTEMPTS_EACH + " attempts;");
                assertThat(l.cookie("JSESSIONID")).as("the in-memory session is lost").isNotEqualTo(sessions.get(guest));
            }
            submitAttempt(l, ATTEMPTS_EACH + 1);
            assertThat(l.cookie("bpl_guest")).as("the guest cookie is kept").isEqualTo(guest);
            assertThat(l.liveInstancesSince(from)).as("served by the remaining instance").containsExactly(other);
            if (byInstance.get(other).contains(l)) {
                assertThat(l.cookie("JSESSIONID")).as("an undisturbed session").isEqualTo(sessions.get(guest));
                assertThat(l.instances()).containsExactly(other);
            }
        }
        long atEnd = attemptsStored();
        assertThat(atEnd).isEqualTo(before + LEARNERS);
        assertThat(attemptsPerLearner().values()).as("each learner's attempts under one learner id")
                .containsOnly((long) ATTEMPTS_EACH + 1).hasSize(LEARNERS);

        System.out.printf("Proxy test figures: 2 instances behind HAProxy, %d learners (%d on a, %d on b); "
                        + "requests before the stop: a %d, b %d; after: %s %d more; attempts stored before stopping %s: %d, "
                        + "after stopping it: %d, after every learner answered once more: %d%n",
                LEARNERS, byInstance.get("a").size(), byInstance.get("b").size(), requestsBeforeStop.get("a"),
                requestsBeforeStop.get("b"), other, Long.parseLong(cluster.stats(other).get("req_tot")) - requestsBeforeStop.get(other),
                stopped, before, afterStop, atEnd);
    }
}
