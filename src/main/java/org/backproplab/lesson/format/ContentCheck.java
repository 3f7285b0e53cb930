package org.backproplab.lesson.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.backproplab.content.Topics;
import org.backproplab.lesson.domain.GlossaryEntry;
import org.backproplab.lesson.domain.Lesson;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Checks lessons and the glossary together, as {@code validate} and the app's start do: front
 * matter, links to exercises, lessons, sections and terms that exist, math KaTeX will read, the
 * summary and dialogue blocks. Each problem at its file line.
 */
public final class ContentCheck {
    static final Set<String> LEVELS = Set.of("quick", "standard", "detailed");
    private final Map<String, LessonReader.Result> lessons = new HashMap<>();
    private final Map<String, Set<String>> anchors = new HashMap<>();
    private final GlossaryReader.Result glossary;
    private final String glossaryPath;
    private final Set<String> exerciseIds;
    private final Topics topics;
    private final List<ContentProblem> problems = new ArrayList<>();

    private ContentCheck(List<LessonReader.Result> lessons, String glossaryPath, GlossaryReader.Result glossary,
            Set<String> exerciseIds, Topics topics) {
        lessons.stream().filter(r -> r.lesson() != null).forEach(r -> this.lessons.putIfAbsent(r.lesson().id(), r));
        this.glossaryPath = glossaryPath;
        this.glossary = glossary;
        this.exerciseIds = exerciseIds;
        this.topics = topics;
    }

    /** Every problem of these lessons and this glossary: what their readers found, then what refers to nothing. */
    public static List<ContentProblem> check(List<LessonReader.Result> lessons, String glossaryPath, GlossaryReader.Result glossary,
            Set<String> exerciseIds, Topics topics) {
        var check = new ContentCheck(lessons, glossaryPath, glossary, exerciseIds, topics);
        lessons.forEach(r -> check.problems.addAll(r.problems()));
        check.problems.addAll(glossary.problems());
        check.lessons.values().forEach(r -> check.anchors.put(r.lesson().id(), anchorsOf(r.lesson())));
        Set<String> ids = new HashSet<>();
        for (var r : lessons) {
            if (r.lesson() != null && !ids.add(r.lesson().id())) {
                check.problems.add(new ContentProblem(r.lesson().path(), r.frontMatterLine("id", r.lesson().id()),
                        "lesson id '" + r.lesson().id() + "' used by another lesson too"));
            }
        }
        lessons.stream().filter(r -> r.lesson() != null).forEach(check::lesson);
        check.glossaryEntries();
        check.problems.sort(java.util.Comparator.comparing(ContentProblem::path).thenComparingInt(ContentProblem::line));
        return check.problems;
    }

    private static Set<String> anchorsOf(Lesson lesson) {
        Set<String> found = new HashSet<>();
        LessonMarkdown.parse(lesson.body()).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                found.add(LessonMarkdown.anchor(heading));
            }
        });
        return found;
    }

    private void lesson(LessonReader.Result r) {
        Lesson l = r.lesson();
        String path = l.path();
        for (String t : l.topics()) {
            if (!topics.titles().containsKey(t)) {
                problems.add(new ContentProblem(path, r.frontMatterLine("topics", t), "unknown topic '" + t + "' (see exercises/topics.yaml)"));
            } else if (!anchors.get(l.id()).contains(t)) {
                problems.add(new ContentProblem(path, r.frontMatterLine("topics", t),
                        "topic '" + t + "' has no section: give the heading that teaches it the anchor {#" + t + "}"));
            }
        }
        for (String p : l.prerequisites()) {
            if (!lessons.containsKey(p)) {
                problems.add(new ContentProblem(path, r.frontMatterLine("prerequisites", p), "unknown lesson '" + p + "'"));
            } else if (lessons.get(p).lesson().order() >= l.order()) {
                problems.add(new ContentProblem(path, r.frontMatterLine("prerequisites", p), "prerequisite '" + p + "' comes later in the course"));
            }
        }
        for (String t : l.terms()) {
            if (glossary.glossary().entry(t).isEmpty()) {
                problems.add(new ContentProblem(path, r.frontMatterLine("terms", t), "unknown glossary term '" + t + "'"));
            }
        }
        for (String e : l.exercises()) {
            if (!exerciseIds.contains(e)) {
                problems.add(new ContentProblem(path, r.frontMatterLine("exercises", e), "unknown exercise '" + e + "'"));
            }
        }
        body(l.path(), l.id(), l.body(), l.bodyLine(), true);
    }

    /** Checks Markdown that starts at file line {@code firstLine}; {@code blocks} allows summary and dialogue blocks. */
    private void body(String path, String lessonId, String markdown, int firstLine, boolean blocks) {
        Node document = LessonMarkdown.parse(markdown);
        Set<String> levels = new HashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                target(path, line(link, firstLine), lessonId, link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Code code) {
                LessonMarkdown.inlineMath(code).ifPresent(tex -> math(path, line(code, firstLine), tex));
            }

            @Override
            public void visit(Text text) {
                if (text.getLiteral().contains("$")) {
                    problems.add(new ContentProblem(path, line(text, firstLine), "'$' outside a code span: write math as `$...$`"));
                }
            }

            @Override
            public void visit(HtmlInline html) {
                problems.add(new ContentProblem(path, line(html, firstLine), "raw HTML is not allowed (it would show as text): "
                        + abbreviate(html.getLiteral())));
            }

            @Override
            public void visit(HtmlBlock html) {
                problems.add(new ContentProblem(path, line(html, firstLine), "raw HTML is not allowed (it would show as text): "
                        + abbreviate(html.getLiteral())));
            }

            @Override
            public void visit(FencedCodeBlock block) {
                int at = line(block, firstLine);
                String kind = LessonMarkdown.kind(block.getInfo());
                String arg = LessonMarkdown.argument(block.getInfo());
                switch (kind) {
                    case LessonMarkdown.MATH -> math(path, at, block.getLiteral());
                    case LessonMarkdown.SUMMARY -> {
                        if (!blocks) {
                            problems.add(new ContentProblem(path, at, "a summary cannot sit inside a summary"));
                        } else if (!LEVELS.contains(arg)) {
                            problems.add(new ContentProblem(path, at, "summary level must be quick, standard or detailed, got '" + arg + "'"));
                        } else if (!levels.add(arg)) {
                            problems.add(new ContentProblem(path, at, "a second '" + arg + "' summary"));
                        }
                        body(path, lessonId, block.getLiteral(), at + 1, false);
                    }
                    case LessonMarkdown.DIALOGUE -> dialogue(path, at, arg, block.getLiteral());
                    case LessonMarkdown.GRADIENT_CHECK -> {
                        if (!blocks) {
                            problems.add(new ContentProblem(path, at, "a gradient check cannot sit inside a summary"));
                        }
                    }
                    default -> { } // a program listing
                }
            }
        });
        if (blocks && !levels.isEmpty() && levels.size() != LEVELS.size()) {
            problems.add(new ContentProblem(path, firstLine, "a lesson with summaries needs all three levels: quick, standard and detailed"));
        }
    }

    private void dialogue(String path, int at, String title, String text) {
        if (title.isBlank()) {
            problems.add(new ContentProblem(path, at, "a dialogue needs a title after ```dialogue"));
        }
        Set<String> speakers = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            var line = LessonMarkdown.dialogueLine(lines[i]);
            if (line.isEmpty()) {
                problems.add(new ContentProblem(path, at + 1 + i, "a dialogue line is 'Speaker: what they say'"));
            } else {
                speakers.add(line.get().speaker());
                if (line.get().text().contains("$")) {
                    problems.add(new ContentProblem(path, at + 1 + i, "a dialogue is read aloud: write formulas in words"));
                }
            }
        }
        if (!speakers.contains("Teacher") || speakers.size() < 2) {
            problems.add(new ContentProblem(path, at, "a dialogue is the Teacher and at least one student in turns"));
        }
    }

    private void target(String path, int line, String lessonId, String destination) {
        String d = Objects.requireNonNullElse(destination, "");
        int colon = d.indexOf(':');
        String scheme = colon < 0 ? "" : d.substring(0, colon);
        String rest = colon < 0 ? d : d.substring(colon + 1);
        switch (scheme) {
            case "term" -> {
                if (glossary.glossary().entry(rest).isEmpty()) {
                    problems.add(new ContentProblem(path, line, "link to unknown glossary term '" + rest + "'"));
                }
            }
            case "exercise" -> {
                if (!exerciseIds.contains(rest)) {
                    problems.add(new ContentProblem(path, line, "link to unknown exercise '" + rest + "'"));
                }
            }
            case "lesson" -> {
                String[] parts = rest.split("#", 2);
                if (!lessons.containsKey(parts[0])) {
                    problems.add(new ContentProblem(path, line, "link to unknown lesson '" + parts[0] + "'"));
                } else if (parts.length == 2 && !anchors.get(parts[0]).contains(parts[1])) {
                    problems.add(new ContentProblem(path, line, "link to unknown section '#" + parts[1] + "' of lesson '" + parts[0] + "'"));
                }
            }
            case "https", "http" -> { }
            default -> {
                if (d.startsWith("#") && lessonId != null) {
                    if (!anchors.getOrDefault(lessonId, Set.of()).contains(d.substring(1))) {
                        problems.add(new ContentProblem(path, line, "link to unknown section '" + d + "'"));
                    }
                } else {
                    problems.add(new ContentProblem(path, line, "link '" + abbreviate(d)
                            + "': use term:, exercise:, lesson:, #section or https:"));
                }
            }
        }
    }

    private void math(String path, int line, String tex) {
        MathCheck.problems(tex).forEach(m -> problems.add(new ContentProblem(path, line, m)));
    }

    private void glossaryEntries() {
        var g = glossary.glossary();
        for (GlossaryEntry e : g.entries()) {
            int at = glossary.line(e.id());
            for (String s : e.see()) {
                if (g.entry(s).isEmpty()) {
                    problems.add(new ContentProblem(glossaryPath, at, "'" + e.id() + "' sees unknown term '" + s + "'"));
                } else if (s.equals(e.id())) {
                    problems.add(new ContentProblem(glossaryPath, at, "'" + e.id() + "' sees itself"));
                }
            }
            for (String x : e.exercises()) {
                if (!exerciseIds.contains(x)) {
                    problems.add(new ContentProblem(glossaryPath, at, "'" + e.id() + "' names unknown exercise '" + x + "'"));
                }
            }
            body(glossaryPath, null, e.definition(), at, false);
            body(glossaryPath, null, e.example(), at, false);
        }
    }

    private static int line(Node node, int firstLine) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return firstLine + n.getSourceSpans().get(0).getLineIndex();
            }
        }
        return firstLine;
    }

    private static String abbreviate(String s) {
        String one = s.strip().replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
