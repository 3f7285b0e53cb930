package org.backproplab.lesson.domain;

import java.util.List;

/**
 * One lesson, as its file's front matter describes it, with its Markdown body.
 *
 * @param order         place in the course (1 first)
 * @param topics        topic ids (exercises/topics.yaml) it teaches; each has a section anchored by its id
 * @param prerequisites ids of lessons to read first
 * @param terms         ids of the glossary terms it introduces
 * @param exercises     ids of the exercises that practise it
 * @param body          the Markdown after the front matter
 * @param bodyLine      the file line where the body starts, for messages
 */
public record Lesson(String id, int order, String title, String summary, List<String> topics, List<String> objectives,
        List<String> prerequisites, List<String> terms, List<String> exercises, String body, String path, int bodyLine) {
    public Lesson {
        topics = List.copyOf(topics);
        objectives = List.copyOf(objectives);
        prerequisites = List.copyOf(prerequisites);
        terms = List.copyOf(terms);
        exercises = List.copyOf(exercises);
    }
}
