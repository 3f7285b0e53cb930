package org.backproplab.flashcard.deck;

/** Something wrong in a deck file, at a line of it. */
public record DeckProblem(String path, int line, String message) {
    /** {@code path:line: message}, as {@code validate} prints it. */
    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
