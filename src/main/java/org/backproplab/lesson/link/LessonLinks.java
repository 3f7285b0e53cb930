package org.backproplab.lesson.link;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;

import org.backproplab.lesson.format.LessonFiles;

/**
 * Links from other features to the lesson section that teaches a topic, by address: the lesson
 * pages build on the exercise pages, so these cannot name the lesson view's class.
 */
public final class LessonLinks {
    private LessonLinks() {
    }

    /** The address of the section teaching a topic ({@code learn/lesson-id#topic}), if a lesson teaches it. */
    public static Optional<String> href(String topic) {
        return LessonFiles.bundled().course().teaching(topic).map(l -> "learn/" + l.id() + "#" + topic);
    }

    /** A link to the section teaching a topic, if a lesson teaches it. */
    public static Optional<Anchor> to(String topic, String text) {
        return href(topic).map(h -> {
            var a = new Anchor(h, text);
            a.addClassName("bpl-lesson-link");
            return a;
        });
    }

    /** The title of the lesson teaching a topic. */
    public static Optional<String> lessonTitle(String topic) {
        return LessonFiles.bundled().course().teaching(topic).map(l -> l.title());
    }
}
