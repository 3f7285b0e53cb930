package org.backproplab.cli;

import java.io.PrintStream;

/** One command line tool; returns its exit code. */
public interface Command {
    String name();

    String synopsis();

    String summary();

    int run(String[] args, PrintStream out, PrintStream err) throws UsageException;
}
