package org.backproplab.lesson.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermTextTest {
    @Test
    void feedbackTermsComeAsLinksWithTheirDefinitionsAsTooltips() {
        var terms = TermText.termsOf("You multiplied by the sigmoid's value instead of its slope. Check the chain rule.").orElseThrow();
        String html = terms.getInnerHtml();
        assertThat(html).startsWith("Terms: ").contains("href=\"glossary#sigmoid\"", "href=\"glossary#chain-rule\"",
                "role=\"tooltip\"", "The S-shaped activation");
        assertThat(TermText.termsOf("Nothing to see here.")).isEmpty();
    }

    @Test
    void aTopicLinksToTheSectionOfTheLessonThatTeachesIt() {
        assertThat(LessonLinks.href("softmax-cross-entropy")).contains("learn/loss-functions#softmax-cross-entropy");
        assertThat(LessonLinks.href("no-such-topic")).isEmpty();
    }
}
