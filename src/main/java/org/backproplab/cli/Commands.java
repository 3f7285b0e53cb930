package org.backproplab.cli;

import java.util.List;

/** Every command the jar offers, in the order {@code --help} lists them. */
final class Commands {
    private Commands() {
    }

    static List<Command> all() {
        return List.of(new ValidateCommand(), new SolveCommand(), new ScheduleCommand(), new BenchCommand());
    }
}
