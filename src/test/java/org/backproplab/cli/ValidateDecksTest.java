package org.backproplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** {@code validate} reads flashcard decks as the app does. */
class ValidateDecksTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

    @Test
    void theDecksInTheAppAreValid() {
        assertThat(cli.run(new String[] {"validate", "src/main/resources/content/decks"})).isZero();
        assertThat(out.size()).isZero();
    }

    @Test
    void aBrokenDeckIsReportedByFileAndLine() {
        assertThat(cli.run(new String[] {"validate", "src/test/resources/broken-decks/broken.yaml"})).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .contains("src/test/resources/broken-decks/broken.yaml:8: the card has no back")
                .hasSize(7);
    }
}
