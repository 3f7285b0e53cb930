package org.backproplab.dashboard.domain;

import java.util.List;

/**
 * What to do about a mistake the class keeps making: go back to the lesson section of its topic, and
 * set the exercises that practise it.
 */
public record Suggestion(String code, String mistakeTitle, String advice, String topicId, String topicTitle,
        List<ExerciseInfo> exercises) {

    /** The suggestion in one sentence, for the heat map's detail panel. */
    public String sentence() {
        String practise = exercises.isEmpty() ? ""
                : ", then set " + String.join(", ", exercises.stream().map(e -> "“" + e.title() + "”").toList());
        return "Go over the lesson section “" + topicTitle + "” with the class" + practise + ".";
    }
}
