package org.backproplab.lesson.format;

/** Something wrong in a lesson or the glossary, at a line of its file. */
public record ContentProblem(String path, int line, String message) {
    /** {@code path:line: message}, as {@code validate} prints it. */
    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
