package org.backproplab.exercise.grading;

/**
 * The catalogue of mistakes the engine can recognise. Each has a stable code (stored on attempts,
 * counted for teachers), a name, and what to look at in general; the feedback a learner reads is
 * worded from the exercise's own graph ({@link MistakeCandidates}). The engine computes, for each
 * part, the answer each mistake would give; a learner's answer that matches one is told which.
 */
public enum Mistake {
    DROPPED_LOCAL("M01", "A local derivative left out",
            "One factor of the chain is missing. Every step between the output and the value you differentiate by contributes its own local derivative."),
    SIGN_FLIPPED("M02", "The sign flipped",
            "Your answer has the right size but the wrong sign. Check the sign of each factor of the chain."),
    FORGOT_HALF("M03", "The ½ forgotten",
            "Your answer is twice the right one. A factor 0.5 in front of a square cancels the 2 that comes down from it."),
    SIGMOID_NOT_SLOPE("M04", "σ(z) in place of σ'(z)",
            "You multiplied by the sigmoid's value instead of its slope. The local derivative of a = σ(z) is σ'(z) = a(1 − a)."),
    ONE_PATH_AT_FAN_OUT("M05", "Only one path followed at a fan-out",
            "A value that feeds several steps collects gradient from every one of them. Add the contributions of all paths."),
    PRE_ACTIVATION("M06", "The weighted sum in place of the activation",
            "The local derivative of w·a with respect to w is the activation a that enters the layer, not its weighted sum z."),
    UPDATE_SIGN("M07", "The learning-rate step in the wrong direction",
            "Gradient descent steps against the gradient: w − η·∂E/∂w. You added it."),
    ROUNDED_EARLY("M08", "Close, but rounded too early",
            "Your answer is near the right one. Keep more digits in the intermediate results and round only at the end."),
    FORGOT_TARGET("M09", "The target not subtracted",
            "With softmax and cross-entropy, the gradient at a score is its probability minus its target, p − t: your answer leaves out the − t.");

    private final String code;
    private final String title;
    private final String advice;

    Mistake(String code, String title, String advice) {
        this.code = code;
        this.title = title;
        this.advice = advice;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String advice() {
        return advice;
    }

    public static Mistake byCode(String code) {
        for (Mistake m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mistake code " + code);
    }
}
