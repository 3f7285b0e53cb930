package org.backproplab.lesson.render;

import java.util.List;
import java.util.Map;

import org.backproplab.lesson.format.LessonMarkdown.Line;

/** A piece of a lesson page: rendered HTML, the three summaries, or a dialogue to read aloud. */
public sealed interface LessonPart {
    /** HTML made from the lesson's Markdown: every character of the content escaped. */
    record Html(String html) implements LessonPart {
    }

    /** The summary at each level present (quick, standard, detailed), as HTML. */
    record Summaries(Map<String, String> byLevel) implements LessonPart {
    }

    /** The gradient check the learner runs. */
    record GradientCheck() implements LessonPart {
    }

    /** A conversation in turns. */
    record Dialogue(String title, List<Line> lines) implements LessonPart {
    }
}
