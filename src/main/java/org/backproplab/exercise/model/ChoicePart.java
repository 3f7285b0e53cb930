package org.backproplab.exercise.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * One of several options; {@code answer} is one of them, written the same way.
 *
 * @param why for some options, why it is right or wrong: the worked solution shows it
 */
public record ChoicePart(String id, String prompt, List<String> options, String answer, Map<String, String> why, int line)
        implements WordPart {
    public ChoicePart {
        options = List.copyOf(options);
        why = Map.copyOf(why);
    }

    @Override
    public List<String> accepted() {
        return List.of(answer);
    }

    /**
     * The options in the order one variant shows them: shuffled by the variant's seed, so the right
     * one is not always where the file put it, yet the same variant always shows the same order.
     * The part's id is mixed in so that two questions of one variant are not shuffled alike.
     */
    public List<String> optionsFor(long seed) {
        List<String> order = new ArrayList<>(options);
        Collections.shuffle(order, new Random(seed * 31 + id.hashCode()));
        return List.copyOf(order);
    }

    /** Why this option is right or wrong, when the file says. */
    public Optional<String> why(String option) {
        return Optional.ofNullable(why.get(option));
    }
}
