package org.backproplab.cli;

import java.io.PrintStream;

import org.backproplab.cli.bench.Bench;

/** {@code bench}: training speed against a hand-written loop; {@code bench NAME} for other benchmarks. */
final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "[sessions [N]]";
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
        throw new UsageException("Unknown benchmark: " + args[0]);
    }
}
