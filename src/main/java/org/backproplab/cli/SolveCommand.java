package org.backproplab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backproplab.content.Topics;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.SourceFile;
import org.backproplab.exercise.variant.VariantGenerator;

/** {@code solve FILE [--seed N]}: the variant for a seed and every reference answer, as one JSON line. */
final class SolveCommand implements Command {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "solve";
    }

    @Override
    public String synopsis() {
        return "FILE [--seed N]";
    }

    @Override
    public String summary() {
        return "print one variant of an exercise and its answers as JSON";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        String file = null;
        long seed = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--seed needs a number");
                }
                try {
                    seed = Long.parseLong(args[++i]);
                } catch (NumberFormatException e) {
                    throw new UsageException("--seed needs a whole number, not '" + args[i] + "'");
                }
            } else if (file == null && !args[i].startsWith("--")) {
                file = args[i];
            } else {
                throw new UsageException("unexpected argument '" + args[i] + "'");
            }
        }
        if (file == null) {
            throw new UsageException("which exercise file?");
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            err.println(file + ":1: no such file");
            return Cli.USAGE;
        }
        var catalog = Catalog.read(List.of(SourceFile.read(path, file)), Topics.bundled(), Set.of());
        if (!catalog.problems().isEmpty()) {
            catalog.problems().forEach(err::println);
            return Cli.FAILED;
        }
        if (catalog.exercises().isEmpty()) {
            err.println(file + ":1: not an exercise (a quiz has nothing to solve)");
            return Cli.FAILED;
        }
        var exercise = catalog.exercises().values().iterator().next();
        try {
            var variant = VariantGenerator.generate(exercise, seed);
            ObjectNode json = JSON.createObjectNode();
            json.put("id", exercise.id());
            json.put("seed", seed);
            ObjectNode params = json.putObject("params");
            variant.params().forEach(params::put);
            ObjectNode answers = json.putObject("answers");
            variant.answers().forEach((part, answer) -> {
                if (answer instanceof Double d) {
                    answers.put(part, d);
                } else {
                    answers.put(part, String.valueOf(answer));
                }
            });
            out.println(JSON.writeValueAsString(json));
            return Cli.OK;
        } catch (VariantGenerator.NoVariantException e) {
            err.println(file + ":" + e.line() + ": " + e.getMessage());
            return Cli.FAILED;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
