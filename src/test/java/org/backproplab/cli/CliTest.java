package org.backproplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void optionsGoToSpringAndWordsAreCommands() {
        assertThat(Cli.isCommand(new String[] {"--server.port=9090"})).isFalse();
        assertThat(Cli.isCommand(new String[] {})).isFalse();
        assertThat(Cli.isCommand(new String[] {"validate"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"--help"})).isTrue();
    }

    @Test
    void helpPrintsUsageToStdoutAndSucceeds() {
        assertThat(cli.run(new String[] {"--help"})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar backprop-lab.jar");
        assertThat(err.size()).isZero();
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(cli.run(new String[] {"frobnicate"})).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command: frobnicate").contains("usage:");
    }

    @Test
    void aCommandGetsItsArgumentsAndItsExitCodeIsKept() {
        cli.register(new Command() {
            public String name() { return "echo"; }
            public String synopsis() { return "WORD"; }
            public String summary() { return "prints its argument"; }
            public int run(String[] args, PrintStream o, PrintStream e) throws UsageException {
                if (args.length != 1) {
                    throw new UsageException("echo needs one word");
                }
                o.println(args[0]);
                return 1;
            }
        });
        assertThat(cli.run(new String[] {"echo", "hi"})).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("hi\n");
        assertThat(cli.run(new String[] {"echo"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("echo needs one word").contains("echo WORD");
    }
}
