package org.backproplab.lesson.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The lessons in the order a learner takes them, and which one teaches each topic. */
public final class Course {
    private final List<Lesson> lessons;

    public Course(List<Lesson> lessons) {
        this.lessons = lessons.stream().sorted(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::id)).toList();
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The first lesson of the course that teaches a topic: its section carries the topic's id as anchor. */
    public Optional<Lesson> teaching(String topic) {
        return lessons.stream().filter(l -> l.topics().contains(topic)).findFirst();
    }

    /** The lesson after this one, if any. */
    public Optional<Lesson> after(Lesson lesson) {
        int i = lessons.indexOf(lesson);
        return i >= 0 && i + 1 < lessons.size() ? Optional.of(lessons.get(i + 1)) : Optional.empty();
    }

    /** The lesson before this one, if any. */
    public Optional<Lesson> before(Lesson lesson) {
        int i = lessons.indexOf(lesson);
        return i > 0 ? Optional.of(lessons.get(i - 1)) : Optional.empty();
    }
}
