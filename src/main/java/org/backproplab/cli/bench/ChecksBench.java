package org.backproplab.cli.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backproplab.exercise.grading.Grader;
import org.backproplab.exercise.model.Exercise;
import org.backproplab.exercise.variant.Variant;
import org.backproplab.exercise.variant.VariantGenerator;

/**
 * CPU per answer check, for sizing a server: every exercise graded on many variants, once with the
 * reference answers and once with answers that are all wrong (the costlier case: grading then looks
 * for the mistake that explains each number). Measured as this thread's CPU time, after a warm-up.
 */
public final class ChecksBench {
    private final PrintStream out;

    public ChecksBench(PrintStream out) {
        this.out = out;
    }

    private record Check(String exercise, Variant variant, Map<String, String> answers, boolean right) {
    }

    public void run(List<Exercise> exercises, int variantsEach) {
        List<Check> checks = new ArrayList<>();
        for (Exercise exercise : exercises) {
            for (long seed = 0; seed < variantsEach; seed++) {
                try {
                    Variant variant = VariantGenerator.generate(exercise, seed);
                    Map<String, String> right = new HashMap<>();
                    Map<String, String> wrong = new HashMap<>();
                    variant.answers().forEach((part, answer) -> {
                        right.put(part, String.valueOf(answer));
                        wrong.put(part, answer instanceof Double d ? Double.toString(-1.5 * d + 0.7) : "none of these");
                    });
                    checks.add(new Check(exercise.id(), variant, right, true));
                    checks.add(new Check(exercise.id(), variant, wrong, false));
                } catch (VariantGenerator.NoVariantException e) {
                    out.println("skipped " + exercise.id() + ": " + e.getMessage());
                }
            }
        }
        // What was measured is real grading: reference answers earn full marks, the others are attempts that do not.
        long rightGraded = checks.stream().filter(c -> c.right() == Grader.grade(c.variant(), c.answers(), 0).allCorrect()).count();
        long attempts = checks.stream().filter(c -> Grader.grade(c.variant(), c.answers(), 0).isAttempt()).count();
        var threads = ManagementFactory.getThreadMXBean();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            checks.forEach(c -> Grader.grade(c.variant(), c.answers(), 0));
        }
        Map<String, Long> cpuByExercise = new HashMap<>();
        long total = 0;
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            for (Check c : checks) {
                long start = threads.getCurrentThreadCpuTime();
                Grader.grade(c.variant(), c.answers(), 0);
                long used = threads.getCurrentThreadCpuTime() - start;
                cpuByExercise.merge(c.exercise(), used, Long::sum);
                total += used;
            }
        }
        long count = (long) checks.size() * rounds;
        int perExercise = 2 * variantsEach * rounds;
        var slowest = cpuByExercise.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue)).orElseThrow();
        out.println(String.format(Locale.ROOT, "answer checks: %d (%d exercises, %d variants each, right and all-wrong answers, %d rounds)",
                count, cpuByExercise.size(), variantsEach, rounds));
        out.println(String.format(Locale.ROOT, "graded as expected: %d of %d (reference answers full marks, changed ones not); counted as attempts: %d",
                rightGraded, checks.size(), attempts));
        out.println(String.format(Locale.ROOT, "CPU per answer check: %.1f µs on average; slowest exercise %s: %.1f µs",
                total / 1e3 / count, slowest.getKey(), slowest.getValue() / 1e3 / perExercise));
        out.println(String.format(Locale.ROOT, "answer checks per CPU second: %.0f", count / (total / 1e9)));
    }
}
