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
        return "[NAME]";
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
        throw new UsageException("Unknown benchmark: " + args[0]);
    }
}
