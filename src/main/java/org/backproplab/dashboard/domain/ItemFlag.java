package org.backproplab.dashboard.domain;

/**
 * What an item's statistics suggest, after Moodle's quiz statistics guidance: a facility index above
 * 90 % or below 20 % says little about who understood, and a negative discrimination index means the
 * students who did well elsewhere did worse on this item (often a wrong key or a misleading text).
 */
public enum ItemFlag {
    TOO_EASY("Too easy", "Almost everyone gets full marks: the item tells little apart."),
    TOO_HARD("Too hard", "Few students get it right: check the text and the hints, or teach it again."),
    NEGATIVE_DISCRIMINATION("Negative discrimination",
            "Students who do well on the rest do worse here: check the item for a wrong answer or a misleading text.");

    private final String label;
    private final String explanation;

    ItemFlag(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }
}
