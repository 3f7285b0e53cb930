package org.backproplab.exercise.format;

/** Something wrong in an exercise or quiz file, at a line of it. */
public record Problem(String path, int line, String message) {
    /** {@code path:line: message}, as {@code validate} prints it. */
    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
