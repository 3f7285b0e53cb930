package org.backproplab.lesson.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.backproplab.content.Topics;
import org.backproplab.lesson.domain.Course;
import org.backproplab.lesson.domain.Glossary;
import org.backproplab.lesson.domain.Lesson;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The course and glossary the app ships ({@code content/lessons/*.md}, {@code content/glossary.yaml}),
 * read once per class loader: they never change while the app runs.
 */
public final class LessonFiles {
    public static final String GLOSSARY = "content/glossary.yaml";
    public static final String LESSONS = "content/lessons/";

    private LessonFiles() {
    }

    /** A file's path as reported, and its text. */
    public record Source(String path, String text) {
    }

    /** The course and glossary, as far as they could be read, and the readers' problems. */
    public record Content(Course course, Glossary glossary, List<LessonReader.Result> lessonResults,
            GlossaryReader.Result glossaryResult) {
        /** Every problem, references checked against these exercise ids and topics. */
        public List<ContentProblem> problems(Set<String> exerciseIds, Topics topics) {
            return problems(exerciseIds, topics, GLOSSARY);
        }

        /** As {@link #problems(Set, Topics)}, the glossary reported under {@code glossaryPath}. */
        public List<ContentProblem> problems(Set<String> exerciseIds, Topics topics, String glossaryPath) {
            return ContentCheck.check(lessonResults, glossaryPath, glossaryResult, exerciseIds, topics);
        }
    }

    private static final class Holder {
        static final Content BUNDLED = read(bundledLessons(), new Source(GLOSSARY, bundledGlossaryText()));
    }

    /** What the app ships. */
    public static Content bundled() {
        return Holder.BUNDLED;
    }

    public static Content read(List<Source> lessonFiles, Source glossaryFile) {
        List<LessonReader.Result> results = lessonFiles.stream().map(s -> LessonReader.read(s.path(), s.text())).toList();
        List<Lesson> lessons = results.stream().map(LessonReader.Result::lesson).filter(Objects::nonNull).toList();
        var glossary = GlossaryReader.read(glossaryFile.path(), glossaryFile.text());
        return new Content(new Course(lessons), glossary.glossary(), results, glossary);
    }

    /** The lesson files in the app's jar, by path. */
    public static List<Source> bundledLessons() {
        try {
            List<Source> files = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + LESSONS + "*.md")) {
                try (InputStream in = r.getInputStream()) {
                    files.add(new Source(LESSONS + r.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            files.sort(Comparator.comparing(Source::path));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("The lessons in the app cannot be read", e);
        }
    }

    /** The text of the glossary the app ships. */
    public static String bundledGlossaryText() {
        return resource(GLOSSARY);
    }

    private static String resource(String path) {
        try (InputStream in = LessonFiles.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
