package org.backproplab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command line tools in the app's jar. They run without Spring, write only their result to
 * stdout and answer with exit codes: 0 success, 1 the check failed, 2 bad usage.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** A first argument that does not start with {@code --} is a command; the rest goes to Spring. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("--") || args[0].equals("--help"));
    }

    public Cli register(Command command) {
        commands.put(command.name(), command);
        return this;
    }

    public int run(String[] args) {
        quietLogging();
        registerDefaults();
        String name = args[0];
        if (name.equals("--help") || name.equals("help")) {
            out.print(usage());
            return OK;
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("Unknown command: " + name);
            err.print(usage());
            return USAGE;
        }
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("usage: java -jar backprop-lab.jar " + command.name() + " " + command.synopsis());
            return USAGE;
        }
    }

    private void registerDefaults() {
        Commands.all().forEach(c -> commands.putIfAbsent(c.name(), c));
    }

    String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar backprop-lab.jar [COMMAND [ARGS]] | [--spring.option=value ...]\n\n");
        text.append("Without a command, starts the web app on http://localhost:8080.\n\nCommands:\n");
        text.append(String.format("  %-10s %s%n", "--help", "print this text"));
        commands.values().forEach(c -> text.append(String.format("  %-10s %s%n", c.name() + "", c.summary()))
                .append(String.format("  %-10s   %s%n", "", c.name() + " " + c.synopsis())));
        return text.toString();
    }

    /** Libraries must not write log lines between a command's results: warnings go to stderr. */
    private static void quietLogging() {
        System.setProperty("logback.configurationFile", "cli-logback.xml");
    }
}
