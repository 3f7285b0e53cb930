package org.backproplab.lesson.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backproplab.lesson.domain.Course;
import org.backproplab.lesson.domain.Glossary;
import org.backproplab.lesson.domain.Lesson;

/** Where each glossary term is used: the lessons that list it or link it. */
final class GlossaryUse {
    private static final Pattern TERM_LINK = Pattern.compile("\\]\\(term:([a-z0-9-]+)\\)");

    private GlossaryUse() {
    }

    static Map<String, List<String>> lessonsByTerm(Course course, Glossary glossary) {
        Map<String, Set<String>> used = new LinkedHashMap<>();
        for (Lesson lesson : course.lessons()) {
            lesson.terms().forEach(t -> used.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(lesson.id()));
            Matcher m = TERM_LINK.matcher(lesson.body());
            while (m.find()) {
                used.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(lesson.id());
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        used.forEach((k, v) -> result.put(k, new ArrayList<>(v)));
        return result;
    }
}
