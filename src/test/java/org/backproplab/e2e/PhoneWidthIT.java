package org.backproplab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On a 360 px phone no page is wider than the screen: wide content scrolls inside its own box. */
class PhoneWidthIT extends BrowserTest {
    private static final int WIDTH = 360;

    /*
     * The elements that stick out past the screen's right edge and are not inside a box of their
     * own that scrolls or clips them within the screen (the page itself does not count: clipped
     * there, they are simply cut off), innermost first: what to fix. A grid scrolls its cells in
     * its shadow DOM, out of this light-DOM walk's sight: a grid within the screen counts as a box.
     */
    private static final String STICKING_OUT = """
            width => {
              const page = document.querySelector('main') || document.body;
              const boxed = e => {
                for (let a = e.parentElement; a && a !== page && a !== document.body; a = a.parentElement) {
                  const scrolls = getComputedStyle(a).overflowX !== 'visible' || a.tagName === 'VAADIN-GRID';
                  if (scrolls && a.getBoundingClientRect().right <= width + 1) return true;
                }
                return false;
              };
              const out = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.right > width + 1; };
              return [...document.querySelectorAll('body *')]
                .filter(e => !e.closest('vaadin-connection-indicator'))
                .filter(e => out(e) && !boxed(e) && ![...e.children].some(out))
                .slice(0, 8)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' right=' + Math.round(e.getBoundingClientRect().right))
                .join(', ');
            }
            """;

    static Stream<Tour.Stop> stops() {
        return Tour.stops().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stops")
    void noPageIsWiderThanThePhone(Tour.Stop stop) {
        var phone = newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, 740).setIsMobile(true));
        Page p = phone.newPage();
        Tour.visit(p, stop);
        int scrollWidth = ((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue();
        String stickingOut = (String) p.evaluate(STICKING_OUT, WIDTH);
        String name = "phone-" + stop.name().replaceAll("[^a-z]+", "-");
        screenshot(p, name);
        if (p.locator("#solution-graph").count() > 0) {
            p.locator("#solution-graph-box").scrollIntoViewIfNeeded();
            p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots", name + "-graph.png")));
        }
        assertThat(scrollWidth).as(stop + " is " + scrollWidth + " px wide; sticking out: " + stickingOut).isLessThanOrEqualTo(WIDTH);
        assertThat(stickingOut).as(stop + ": cut off at the right edge").isEmpty();
        phone.close();
    }
}
