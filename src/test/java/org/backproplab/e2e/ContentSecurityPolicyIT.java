package org.backproplab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Content-Security-Policy is in force and Vaadin works under it: on every page of the tour,
 * drawn and used (a solved exercise, a training chart), the browser reports no violation.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    static List<Tour.Stop> stops() {
        return Tour.stops();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stops")
    void noPageBreaksThePolicy(Tour.Stop stop) {
        // Collected in the page from its first script on, as the browser reports them.
        browserContext.addInitScript("window.__cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
                + "e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));");
        Page p = page;
        List<String> console = new ArrayList<>();
        p.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                console.add(message.text());
            }
        });
        List<String> policies = new ArrayList<>();
        p.onResponse(response -> {
            if (response.request().isNavigationRequest()) {
                policies.add(String.valueOf(response.headers().get("content-security-policy")));
            }
        });
        Tour.visit(p, stop);
        assertThat(policies).as("the policy is sent with the page").isNotEmpty()
                .allSatisfy(policy -> assertThat(policy).contains("default-src 'self'"));
        p.waitForTimeout(300); // a report is dispatched as a task after the blocked load
        assertThat(console).as("console on " + stop).isEmpty();
        assertThat(p.evaluate("() => window.__cspViolations")).as("violations on " + stop).isEqualTo(List.of());
    }
}
