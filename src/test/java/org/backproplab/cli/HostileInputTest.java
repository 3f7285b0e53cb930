package org.backproplab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile exercise files, kept as tests: each is written to a folder of its own and
 * checked with {@code validate}, as an author would. For every case: the exit code, each problem as
 * {@code path:line: message} at the expected line, no stack trace, and bounded time and memory.
 */
class HostileInputTest {
    /** A valid exercise; the cases replace its graph line (8), a value (10) or the constraint (12). */
    private static final String TEMPLATE = """
            id: hostile
            title: A hostile file
            topics: [chain-rule]
            difficulty: 1
            kind: graph
            text: Work out f.
            graph: |
              GRAPH
            values:
              x: VALUE
            constraints:
              - "CONSTRAINT"
            parts:
              - id: f
                ask: value
                node: f
                prompt: "f"
            """;
    private static final Duration TIME = Duration.ofSeconds(20);
    private static final long MEMORY = 400_000_000; // bytes allocated by the check, all told

    @TempDir
    Path dir;

    /**
     * @param files   what to write: file name and bytes
     * @param exit    the exit code of validate
     * @param line    the line the problem is reported at (0: no problem expected)
     * @param message a part of the message
     */
    record Case(String name, Function<Path, Path> files, int exit, int line, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static String exercise(String graph, String value, String constraint) {
        return TEMPLATE.replace("GRAPH", graph).replace("VALUE", value).replace("CONSTRAINT", constraint);
    }

    static Case graph(String name, String graph, int exit, String message) {
        return new Case(name, d -> write(d, "hostile.yaml", exercise(graph, "{min: 1, max: 5, step: 1}", "x != 0")), exit,
                exit == 0 ? 0 : 8, message);
    }

    static Case value(String name, String value, String message) {
        return new Case(name, d -> write(d, "hostile.yaml", exercise("f = x * 2", value, "x != 0")), 1, 10, message);
    }

    static Case constraint(String name, String constraint, int exit, String message) {
        return new Case(name, d -> write(d, "hostile.yaml", exercise("f = x * 2", "{min: 1, max: 5, step: 1}", constraint)), exit,
                exit == 0 ? 0 : 12, message);
    }

    static Stream<Case> corpus() {
        return Stream.of(
                graph("a plain valid file", "f = x * 2", 0, null),
                // Limits of the expression language (each a StackOverflowError once).
                graph("2,000 nested brackets", "f = " + "(".repeat(2000) + "x" + ")".repeat(2000), 1, "nested too deeply"),
                graph("1,000 nested brackets", "f = " + "(".repeat(1000) + "x" + ")".repeat(1000), 1, "nested too deeply"),
                graph("10,000 terms", "f = x" + " + x".repeat(9999), 1, "too long"),
                graph("2,400 terms", "f = x" + "+x".repeat(2400), 1, "too long to read"),
                graph("10,000 unary minus signs", "f = " + "-".repeat(10_000) + "x", 1, "too long"),
                graph("5,000 unary minus signs", "f = " + "-".repeat(5000) + "x", 1, "nested too deeply"),
                graph("10,000 chained powers", "f = x" + "^1".repeat(10_000), 1, "too long"),
                graph("3,000 chained powers", "f = x" + "^1".repeat(3000), 1, "nested too deeply"),
                graph("5,000 nested exp(", "f = " + "exp(".repeat(5000) + "x" + ")".repeat(5000), 1, "too long"),
                graph("1,000 nested exp(", "f = " + "exp(".repeat(1000) + "x" + ")".repeat(1000), 1, "nested too deeply"),
                graph("a number of 9,000 digits", "f = x * " + "9".repeat(9000), 1, "too large"),
                new Case("1,001 lines", d -> write(d, "hostile.yaml", exercise(lines(1001), "{min: 1, max: 5, step: 1}", "x != 0")), 1,
                        8 + 1000, "the program is too long"),
                new Case("25,000 operators over many lines", d -> write(d, "hostile.yaml",
                        exercise(bigLines(30, 900), "{min: 1, max: 5, step: 1}", "x != 0")), 1, 0, "the program is too large"),
                // One rule for digits: any script's decimal digit is its value, anything else is refused at its line.
                graph("a full-width digit in the graph", "f = x * ２", 0, null),
                graph("an Arabic-Indic digit in the graph", "f = x * ٣", 0, null),
                graph("a superscript two in the graph", "f = x²", 1, "found"),
                constraint("a full-width digit in a constraint", "x != ０", 0, null),
                constraint("a Devanagari digit in a constraint", "x > ४", 0, null),
                constraint("deep brackets in a constraint", "x != " + "(".repeat(500) + "0" + ")".repeat(500), 1, "nested too deeply"),
                // Values.
                value("a range of 10^18 values", "{min: 0, max: 1e9, step: 1e-9}", "impossible range"),
                value("a number beyond a double", "1e999", "too large"),
                value("a range beyond a double", "{min: -1e308, max: 1e308, decimals: 1}", "too large"),
                // Files.
                new Case("a 20 MB file with one long value", d -> writeBytes(d, "big.yaml",
                        ("id: big\ntitle: " + "a".repeat(20_000_000) + "\n").getBytes(StandardCharsets.UTF_8)), 1, 1, "too large (20.0 MB)"),
                new Case("a Latin-1 file", d -> writeBytes(d, "latin1.yaml",
                        exercise("f = x * 2", "{min: 1, max: 5, step: 1}", "x != 0").replace("A hostile file", "Dérivée")
                                .getBytes(StandardCharsets.ISO_8859_1)), 1, 2, "not UTF-8"),
                new Case("a .YAML file is read", d -> write(d, "SHOUTED.YAML", "id: shouted\n"), 1, 1, "missing key"),
                new Case("an empty folder", d -> d, 1, 0, "no exercise files"),
                new Case("a symlink loop", HostileInputTest::symlinkLoop, 0, 0, null),
                // YAML.
                new Case("an alias bomb (never expanded)", d -> write(d, "bomb.yaml", aliasBomb()), 1, 1, "unknown key"),
                new Case("YAML nested 10,000 deep", d -> write(d, "deep.yaml", "id: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
                        1, 1, "YAML"),
                new Case("a tab-indented file", d -> write(d, "tabs.yaml", "id: tabs\n\ttitle: x\n"), 1, 0, "YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aHostileFileGetsAClearMessageAtItsLine(Case c) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("case"));
        Path target = c.files().apply(folder);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] allocated = new long[1];
        int exit = assertTimeoutPreemptively(TIME, () -> {
            long before = threads.getCurrentThreadAllocatedBytes();
            int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                    .run(new String[] {"validate", target.toString()});
            allocated[0] = threads.getCurrentThreadAllocatedBytes() - before;
            return code;
        });
        String printed = out.toString(StandardCharsets.UTF_8);
        String all = printed + err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(all).isEqualTo(c.exit());
        assertThat(all).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
        assertThat(allocated[0]).as("bytes allocated").isLessThan(MEMORY);
        if (c.message() == null) {
            assertThat(printed).isEmpty();
            return;
        }
        assertThat(printed).contains(c.message());
        String folderShown = target.toString();
        for (String line : printed.lines().toList()) {
            assertThat(line).as("path:line: message").matches(java.util.regex.Pattern.quote(folderShown) + "(/[^:]+:\\d+)?: .+");
        }
        if (c.line() > 0) {
            assertThat(printed).containsPattern(":" + c.line() + ": .*" + java.util.regex.Pattern.quote(c.message()));
        }
    }

    private static Path write(Path dir, String name, String text) {
        return writeBytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path writeBytes(Path dir, String name, byte[] bytes) {
        try {
            Files.write(dir.resolve(name), bytes);
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path symlinkLoop(Path dir) {
        try {
            write(dir, "fine.yaml", exercise("f = x * 2", "{min: 1, max: 5, step: 1}", "x != 0"));
            Path sub = Files.createDirectories(dir.resolve("sub"));
            Files.createSymbolicLink(sub.resolve("loop"), dir);
            Files.createSymbolicLink(dir.resolve("self"), dir);
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code n} assignment lines of the graph's block, each indented as the template's. */
    private static String lines(int n) {
        StringBuilder text = new StringBuilder("a0 = x");
        for (int i = 1; i < n - 1; i++) {
            text.append("\n  a").append(i).append(" = a").append(i - 1).append(" + 1");
        }
        return text.append("\n  f = a").append(n - 2).append(" * 2").toString();
    }

    private static String bigLines(int n, int terms) {
        StringBuilder text = new StringBuilder("a0 = x" + "+x".repeat(terms));
        for (int i = 1; i < n - 1; i++) {
            text.append("\n  a").append(i).append(" = a").append(i - 1).append("+x".repeat(terms));
        }
        return text.append("\n  f = a").append(n - 2).append(" * 2").toString();
    }

    /** The billion laughs: ten levels of ten aliases each. */
    private static String aliasBomb() {
        StringBuilder text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            text.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                text.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            text.append("]\n");
        }
        return text.toString();
    }
}
