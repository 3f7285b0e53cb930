package org.backproplab.dashboard.domain;

import java.util.Map;

/**
 * The lesson topic where each mistake of the catalogue is taught: what a teacher should go back to
 * when a class keeps making it. The codes are those of exercise.grading.Mistake.
 */
public final class MistakeHome {
    private static final Map<String, String> TOPIC = Map.of(
            "M01", "chain-rule",
            "M02", "backward-pass",
            "M03", "loss-functions",
            "M04", "activation-functions",
            "M05", "fan-out",
            "M06", "hidden-layers",
            "M07", "gradient-descent",
            "M08", "forward-pass",
            "M09", "softmax-cross-entropy");

    private MistakeHome() {
    }

    /** The topic id that teaches the mistake; the chain rule for a code this list does not know. */
    public static String topic(String code) {
        return TOPIC.getOrDefault(code, "chain-rule");
    }
}
