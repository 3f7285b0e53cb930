package org.backproplab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.backproplab.cli.bench.Bench;
import org.backproplab.cli.bench.ChecksBench;
import org.backproplab.content.Topics;
import org.backproplab.exercise.format.Catalog;

/** {@code bench}: training speed against a hand-written loop; {@code bench NAME} for other benchmarks. */
final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "[sessions [N] | checks | dashboard [--plans] [JDBC-URL [USER]]]";
    }

    @Override
    public String summary() {
        return "measure training speed (node graph, fast path, hand-written loop); ends with the two ratios";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        if (args.length == 0) {
            new Bench(out).run();
            return Cli.OK;
        }
        if (args[0].equals("sessions")) {
            int n = 50;
            if (args.length > 1) {
                try {
                    n = Integer.parseInt(args[1]);
                } catch (NumberFormatException e) {
                    throw new UsageException("sessions needs a whole number, not '" + args[1] + "'");
                }
                if (n < 1 || n > 10_000) {
                    throw new UsageException("sessions: N from 1 to 10000");
                }
            }
            try {
                new org.backproplab.cli.bench.SessionsBench(out).run(n, 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Cli.FAILED;
            }
            return Cli.OK;
        }
        if (args[0].equals("checks") && args.length == 1) {
            return checks(out, err);
        }
        if (args[0].equals("dashboard")) {
            try {
                List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
                boolean plans = rest.remove("--plans");
                new org.backproplab.cli.bench.DashboardBench(out).run(rest.isEmpty() ? null : rest.get(0), rest.size() > 1 ? rest.get(1) : null, plans);
            } catch (java.io.IOException | java.sql.SQLException | RuntimeException e) {
                err.println("bench dashboard: " + e.getMessage());
                return Cli.FAILED;
            }
            return Cli.OK;
        }
        throw new UsageException("Unknown benchmark: " + String.join(" ", args));
    }

    /** {@code bench checks}: CPU per answer check over the exercises the app loads. */
    private static int checks(PrintStream out, PrintStream err) {
        try {
            var catalog = Catalog.read(ExerciseFolders.defaults(), Topics.bundled(), Set.of());
            catalog.problems().forEach(err::println);
            new ChecksBench(out).run(List.copyOf(catalog.exercises().values()), 20);
            return Cli.OK;
        } catch (IOException e) {
            err.println("cannot read the exercises: " + e.getMessage());
            return Cli.FAILED;
        }
    }
}
