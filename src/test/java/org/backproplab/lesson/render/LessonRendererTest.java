package org.backproplab.lesson.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.backproplab.lesson.domain.Glossary;
import org.backproplab.lesson.domain.GlossaryEntry;
import org.backproplab.lesson.format.LessonFiles;
import org.backproplab.lesson.format.LessonMarkdown;
import org.junit.jupiter.api.Test;

/** Lessons become safe HTML: content markup is escaped, links are only the dialect's, math goes to KaTeX. */
class LessonRendererTest {
    private static final Glossary GLOSSARY = new Glossary(List.of(new GlossaryEntry("gradient", "Gradient", List.of("gradients"),
            "One component per <b>parameter</b>: `$\\nabla L$`.", "`$x$`", List.of(), List.of())));

    private String html(String markdown) {
        return new LessonRenderer(GLOSSARY, "here", "t").html(markdown);
    }

    @Test
    void rawHtmlInContentIsShownAsTextNeverRun() {
        String html = html("Hi <script>alert(1)</script> and <img src=x onerror=alert(1)>\n\n<div onclick=\"x()\">block</div>");
        assertThat(html).doesNotContain("<script", "<img", "<div onclick").contains("&lt;script&gt;", "&lt;img src=x");
    }

    @Test
    void onlyTheDialectsLinksBecomeLinks() {
        String html = html("[a](javascript:alert(1)) [b](exercise:sum-times-z) [c](lesson:fan-out#accumulation) [d](#goal) "
                + "[e](https://cs231n.github.io/) [f](data:text/html,x)");
        assertThat(html).doesNotContain("javascript:", "data:text")
                .contains("<a href=\"practice/exercise/sum-times-z\" class=\"bpl-exercise-link\" router-link=\"\">b</a>")
                .contains("<a href=\"learn/fan-out#accumulation\">c</a>", "<a href=\"learn/here#goal\">d</a>",
                        "<a href=\"https://cs231n.github.io/\" rel=\"noopener noreferrer\">e</a>");
    }

    @Test
    void mathGoesToTheKatexElementWithItsTexEscaped() {
        String html = html("Inline `$\\frac{a}{b}\"<x$` and code `x<y`.\n\n```math\n\\sum_i x_i\n```\n");
        assertThat(html).contains("<bpl-math tex=\"\\frac{a}{b}&quot;&lt;x\"></bpl-math>", "<code>x&lt;y</code>",
                "<bpl-math display tex=\"\\sum_i x_i\"></bpl-math>");
    }

    @Test
    void aTermLinkShowsItsDefinitionAsATooltipTiedToTheLink() {
        String html = html("The [gradient](term:gradient) and [a ghost](term:ghost).");
        assertThat(html).contains("<a class=\"bpl-term\" href=\"glossary#gradient\" aria-describedby=\"t-tip-1\">gradient</a>")
                .contains("<span class=\"bpl-term-tip\" role=\"tooltip\" id=\"t-tip-1\"><strong>Gradient</strong>: One component per "
                        + "&lt;b&gt;parameter&lt;/b&gt;: <bpl-math tex=\"\\nabla L\"></bpl-math>.</span>")
                .contains("<em>a ghost</em>");
    }

    @Test
    void headingsCarryTheirAnchors() {
        assertThat(html("## The chain rule {#chain-rule}\n\n## Fan-out, again")).contains("<h2 id=\"chain-rule\">The chain rule</h2>",
                "<h2 id=\"fan-out-again\">Fan-out, again</h2>");
        assertThat(LessonMarkdown.slug("Übung: Ketten—Regel!")).isEqualTo("ubung-ketten-regel");
    }

    @Test
    void summariesAndDialoguesBecomeTheirOwnParts() {
        var parts = new LessonRenderer(GLOSSARY, "here", "t").parts("Intro\n\n```summary quick\nShort.\n```\n\n```summary detailed\n"
                + "Long.\n```\n\n```dialogue A talk\nTeacher: Hello.\nAna: Hi!\n```\n\nOutro");
        assertThat(parts).hasSize(4);
        assertThat(parts.get(0)).isEqualTo(new LessonPart.Html("<div class=\"bpl-lesson-text\"><p>Intro</p>\n</div>"));
        assertThat(((LessonPart.Summaries) parts.get(1)).byLevel()).containsOnlyKeys("quick", "detailed");
        assertThat(parts.get(2)).isEqualTo(new LessonPart.Dialogue("A talk",
                List.of(new LessonMarkdown.Line("Teacher", "Hello."), new LessonMarkdown.Line("Ana", "Hi!"))));
        assertThat(((LessonPart.Html) parts.get(3)).html()).contains("Outro");
    }

    @Test
    void feedbackTextExplainsTheFirstMentionOfEachTermAndEscapesTheRest() {
        var markup = new TermMarkup(LessonFiles.bundled().glossary());
        String html = markup.html("Check the local derivative <b>and</b> the chain rule; the chain rule again. Sigmoid's slope.", "f");
        assertThat(html).contains("&lt;b&gt;and&lt;/b&gt;")
                .contains(">local derivative</a>", ">chain rule</a>", ">Sigmoid</a>");
        assertThat(html.split(">chain rule</a>", -1)).hasSize(2); // once only
        assertThat(markup.html("Nothing to explain here.", "f")).isEqualTo("Nothing to explain here.");
        assertThat(markup.html("binary cross-entropy", "f")).contains("href=\"glossary#binary-cross-entropy\"")
                .doesNotContain("glossary#cross-entropy\"");
    }
}
