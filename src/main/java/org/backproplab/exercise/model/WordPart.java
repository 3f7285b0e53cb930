package org.backproplab.exercise.model;

import java.util.List;

/** A part answered in words: an option chosen or a short text, checked against the file's accepted answers. */
public sealed interface WordPart extends Part permits ChoicePart, TextPart {

    /** Every answer that counts as right; the first is the one a worked solution shows. */
    List<String> accepted();

    default String expected() {
        return accepted().get(0);
    }
}
