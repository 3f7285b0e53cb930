package org.backproplab.lesson.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.backproplab.content.Topics;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.SourceFile;
import org.backproplab.lesson.domain.GlossaryEntry;
import org.backproplab.lesson.domain.Lesson;
import org.junit.jupiter.api.Test;

/** The lessons and glossary the app ships are valid, and broken ones are reported at their lines. */
class ContentValidationTest {
    private static final Set<String> EXERCISES = Catalog.read(SourceFile.bundled(), Topics.bundled(), Set.of()).ids();

    @Test
    void theShippedCourseAndGlossaryHaveNoProblems() {
        var content = LessonFiles.bundled();
        assertThat(content.problems(EXERCISES, Topics.bundled())).isEmpty();
        assertThat(content.course().lessons()).extracting(Lesson::id).containsExactly("what-is-backpropagation",
                "chain-rule-on-graphs", "fan-out", "whole-network", "loss-functions", "gradient-descent", "vectorised-backprop",
                "why-backprop-is-efficient", "vanishing-and-exploding-gradients");
    }

    @Test
    void everyLessonStatesGoalsWorksAnExampleBeforeAskingAndEndsWithReading() {
        Pattern numericMath = Pattern.compile("`\\$[^`]*=[^`]*\\d[^`]*\\$`");
        for (Lesson lesson : LessonFiles.bundled().course().lessons()) {
            assertThat(lesson.objectives()).as(lesson.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(lesson.exercises()).as(lesson.id()).isNotEmpty();
            String body = lesson.body();
            int firstExercise = body.indexOf("](exercise:");
            var numbers = numericMath.matcher(body);
            int worked = 0;
            while (numbers.find() && numbers.start() < firstExercise) {
                worked++;
            }
            assertThat(worked).as(lesson.id() + ": computations with numbers before the first exercise").isGreaterThanOrEqualTo(3);
            assertThat(body).as(lesson.id()).contains("## Further reading");
            assertThat(body.substring(body.indexOf("## Further reading"))).contains("https://");
        }
    }

    @Test
    void theSeedLessonHasEverythingTheSeedHasInItsOwnWords() throws IOException {
        var lesson = LessonFiles.bundled().course().lesson("what-is-backpropagation").orElseThrow();
        String body = lesson.body();
        assertThat(body).contains("```summary quick", "```summary standard", "```summary detailed", "toy factory",
                "reviewing a marked exam", "House prices", "Image classification", "homework", "**CG", "**BEAR", "**BCE", "**PINE");
        assertThat(body.split("```dialogue ", -1)).hasSize(4);
        // Each acronym is followed by the line that corrects it.
        for (String acronym : List.of("CG", "BEAR", "BCE", "PINE")) {
            String after = body.substring(body.indexOf("**" + acronym + " —"));
            assertThat(after.substring(0, after.indexOf("\n- ") < 0 ? after.indexOf("\n\n") : after.indexOf("\n- ")))
                    .as(acronym).contains("*Correction:*");
        }
        assertThat(body).doesNotContain("shows who's the boss"); // the seed's rhyme, which we replaced
        String seed = Files.readString(Path.of("/work/shared/seed/what-is-backpropagation.txt"));
        for (String sentence : seed.split("[.!?]\\s+")) {
            String s = sentence.strip();
            if (s.split("\\s+").length >= 8) {
                assertThat(body).as("copied from the seed: " + s).doesNotContain(s);
            }
        }
    }

    @Test
    void theGlossaryHasTheTermsTheIssueAsksForEachComplete() {
        var glossary = LessonFiles.bundled().glossary();
        assertThat(glossary.size()).isGreaterThanOrEqualTo(45);
        assertThat(glossary.entries()).extracting(GlossaryEntry::id).contains("softmax", "sigmoid", "relu", "tanh", "error-signal",
                "weighted-sum", "one-hot-encoding", "binary-cross-entropy", "hinge-loss", "squared-error", "fan-out",
                "partial-derivative", "exploding-gradient", "mini-batch", "stochastic-gradient-descent", "epoch", "parameter", "layer",
                "hidden-layer", "unit", "jacobian", "automatic-differentiation", "numerical-gradient-check", "dead-relu",
                "weight-initialisation", "local-minimum");
        for (GlossaryEntry e : glossary.entries()) {
            assertThat(e.definition()).as(e.id()).isNotBlank();
            assertThat(e.example()).as(e.id()).isNotBlank();
            assertThat(e.see()).as(e.id()).isNotEmpty();
            assertThat(e.exercises()).as(e.id()).isNotEmpty();
        }
        // The entries the issue found loose.
        assertThat(glossary.entry("loss-function").orElseThrow().definition()).contains("one number");
        assertThat(glossary.entry("gradient").orElseThrow().definition()).contains("every weight and every bias");
        assertThat(glossary.entry("vanishing-gradient").orElseThrow().definition()).contains("weights", "exploding");
    }

    @Test
    void aBrokenLessonIsReportedLineByLine() throws IOException {
        String path = "broken-lessons/broken-lesson.md";
        String text = Files.readString(Path.of("src/test/resources/" + path));
        var lessons = new java.util.ArrayList<LessonReader.Result>();
        LessonFiles.bundledLessons().forEach(s -> lessons.add(LessonReader.read(s.path(), s.text())));
        lessons.add(LessonReader.read(path, text));
        var glossary = GlossaryReader.read(LessonFiles.GLOSSARY, LessonFiles.bundledGlossaryText());
        var problems = ContentCheck.check(lessons, LessonFiles.GLOSSARY, glossary, EXERCISES, Topics.bundled()).stream()
                .map(ContentProblem::toString).toList();
        assertThat(problems).containsExactlyInAnyOrder(
                path + ":5: unknown topic 'no-such-topic' (see exercises/topics.yaml)",
                path + ":7: unknown lesson 'no-such-lesson'",
                path + ":8: unknown glossary term 'no-such-term'",
                path + ":9: unknown exercise 'no-such-exercise'",
                path + ":10: unknown key 'colour' (known: exercises, id, objectives, order, prerequisites, summary, terms, title, topics)",
                path + ":14: link to unknown exercise 'ghost-exercise'",
                path + ":14: link to unknown glossary term 'ghost-term'",
                path + ":16: link to unknown lesson 'ghost-lesson'",
                path + ":16: link to unknown section '#ghost-section' of lesson 'fan-out'",
                path + ":18: math: 1 '{' not closed",
                path + ":18: math: unknown command \\foo",
                path + ":18: '$' outside a code span: write math as `$...$`",
                path + ":20: raw HTML is not allowed (it would show as text): <script>alert(1)</script>",
                path + ":22: link 'javascript:alert(1)': use term:, exercise:, lesson:, #section or https:",
                path + ":24: summary level must be quick, standard or detailed, got 'brief'",
                path + ":30: a dialogue line is 'Speaker: what they say'",
                path + ":28: a dialogue is the Teacher and at least one student in turns");
    }

    @Test
    void aFileWithoutFrontMatterOrWithBrokenYamlSaysWhere() {
        assertThat(LessonReader.read("x/a.md", "# Title\n").problems()).extracting(ContentProblem::toString)
                .containsExactly("x/a.md:1: a lesson starts with front matter: a line '---', the YAML, another '---'");
        assertThat(LessonReader.read("x/a.md", "---\nid: a\n").problems()).extracting(ContentProblem::toString)
                .containsExactly("x/a.md:1: front matter not closed by a line '---'");
        var broken = LessonReader.read("x/a.md", "---\nid: a\ntitle: [unclosed\n---\nbody\n");
        assertThat(broken.lesson()).isNull();
        assertThat(broken.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isBetween(2, 4);
            assertThat(p.message()).startsWith("front matter: YAML syntax");
        });
        var missing = LessonReader.read("x/b.md", "---\nid: c\norder: two\n---\n");
        assertThat(missing.problems()).extracting(ContentProblem::toString).contains(
                "x/b.md:1: missing 'title'", "x/b.md:3: order must be a whole number from 1 (the lesson's place in the course)",
                "x/b.md:2: id 'c' must match the file name b.md", "x/b.md:1: missing 'objectives' (a list)");
    }

    @Test
    void aBrokenGlossaryIsReportedAtEachEntry() throws IOException {
        String path = "broken-lessons/glossary.yaml";
        var glossary = GlossaryReader.read(path, Files.readString(Path.of("src/test/resources/" + path)));
        var problems = ContentCheck.check(List.of(), path, glossary, EXERCISES, Topics.bundled()).stream()
                .map(ContentProblem::toString).toList();
        assertThat(problems).containsExactlyInAnyOrder(
                path + ":5: id 'twice' used twice (first at line 1)",
                path + ":9: entry 'lonely' has no definition",
                path + ":9: 'lonely' sees unknown term 'nobody'",
                path + ":9: 'lonely' names unknown exercise 'ghost-exercise'",
                path + ":9: math: 1 '{' not closed");
        assertThat(GlossaryReader.read(path, "term: not a list\n").problems()).extracting(ContentProblem::toString)
                .containsExactly(path + ":1: the glossary is a list of entries ('- id: ...')");
        assertThat(GlossaryReader.read(path, "- id: [\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("YAML syntax"));
    }

    @Test
    void mathIsCheckedForWhatKatexWouldRefuse() {
        assertThat(MathCheck.problems("\\frac{\\partial L}{\\partial w} = \\delta\\, a_{k}")).isEmpty();
        assertThat(MathCheck.problems("\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}")).isEmpty();
        assertThat(MathCheck.problems("\\left( x \\right)")).isEmpty();
        assertThat(MathCheck.problems("\\left( x")).containsExactly("math: \\left without \\right");
        assertThat(MathCheck.problems("x \\right)")).containsExactly("math: \\right without \\left");
        assertThat(MathCheck.problems("a}")).containsExactly("math: '}' without '{'");
        assertThat(MathCheck.problems("\\begin{pmatrix} 1")).containsExactly("math: \\begin{pmatrix} not closed");
        assertThat(MathCheck.problems("\\begin{bogus} 1 \\end{bogus}")).contains("math: unknown environment in \\begin{bogus}");
        assertThat(MathCheck.problems("\\sigmoid(z)")).containsExactly("math: unknown command \\sigmoid");
        assertThat(MathCheck.problems(" ")).containsExactly("empty formula");
        assertThat(MathCheck.problems("{".repeat(3000))).containsExactly("formula longer than 2000 characters");
        assertThat(MathCheck.problems("\\{ a \\}")).isEmpty(); // escaped braces are not grouping
    }
}
