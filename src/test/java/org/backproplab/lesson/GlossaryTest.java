package org.backproplab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlossaryTest {
    private final Glossary glossary = new Glossary();

    @Test
    void holdsTheCoreTermsAlphabetically() {
        var terms = glossary.search("").stream().map(GlossaryEntry::term).toList();
        assertThat(terms).contains("Backpropagation", "Gradient", "Chain rule", "Loss function", "Gradient descent");
        assertThat(terms).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void termMatchesComeBeforeMeaningMatches() {
        var terms = glossary.search("  CHAIN ").stream().map(GlossaryEntry::term).toList();
        assertThat(terms.get(0)).isEqualTo("Chain rule");
        assertThat(terms).contains("Backpropagation"); // its meaning mentions the chain rule
        assertThat(glossary.search("no such thing")).isEmpty();
    }
}
