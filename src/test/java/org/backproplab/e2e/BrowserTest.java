package org.backproplab.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * End-to-end tests in a real browser: Debian's Chromium where it is installed (these machines),
 * Playwright's own browser elsewhere. One browser per run, a fresh context per test; a failing
 * test leaves a screenshot and the page's HTML under target/e2e-failures.
 */
@ExtendWith(BrowserTest.SaveOnFailure.class)
public abstract class BrowserTest {
    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext browserContext;
    protected Page page;

    static synchronized Browser browser() {
        if (browser == null) {
            boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
            var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"));
            if (system) {
                options.setExecutablePath(SYSTEM_CHROMIUM);
            }
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> playwright.close()));
        }
        return browser;
    }

    @BeforeEach
    void openPage() {
        browserContext = newContext(new Browser.NewContextOptions());
        page = browserContext.newPage();
    }

    protected BrowserContext newContext(Browser.NewContextOptions options) {
        var created = browser().newContext(options.setBaseURL(AppServer.baseUrl()));
        created.setDefaultTimeout(15_000);
        return created;
    }

    @AfterEach
    void closePage() {
        if (browserContext != null) {
            browserContext.close();
        }
    }

    /** Waits until Vaadin has no request in flight, so that the server's answer is on the page. */
    protected void settle(Page p) {
        p.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** The values of the variant shown, as the exercise page lists them ("x = 2"). */
    protected Map<String, Double> valuesOnPage() {
        return valuesOn(page);
    }

    /** The exercise's numbers as the page shows them ("x = 2"), once the page has drawn them. */
    static Map<String, Double> valuesOn(Page p) {
        p.locator("#values span").first().waitFor();
        Map<String, Double> values = new HashMap<>();
        for (String text : p.locator("#values span").allInnerTexts()) {
            String[] kv = text.split(" = ");
            values.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
        }
        return values;
    }

    protected Path screenshot(Page p, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        p.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Runs before @AfterEach closes the page, so the failing page is still there to save. */
    static final class SaveOnFailure implements AfterTestExecutionCallback {
        @Override
        public void afterTestExecution(ExtensionContext context) {
            Throwable cause = context.getExecutionException().orElse(null);
            if (cause == null) {
                return;
            }
            var test = (BrowserTest) context.getRequiredTestInstance();
            if (test.page == null || test.page.isClosed()) {
                return;
            }
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Path dir = Path.of("target", "e2e-failures");
            try {
                Files.createDirectories(dir);
                test.page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
                Files.writeString(dir.resolve(name + ".html"), test.page.content(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
