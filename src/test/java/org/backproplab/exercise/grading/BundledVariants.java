package org.backproplab.exercise.grading;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.backproplab.content.Topics;
import org.backproplab.exercise.format.Catalog;
import org.backproplab.exercise.format.SourceFile;
import org.backproplab.exercise.variant.Variant;
import org.backproplab.exercise.variant.VariantGenerator;

/** The exercises in {@code exercises/}, read once, for grading tests that take their variants. */
final class BundledVariants {
    private static final Catalog CATALOG = read();

    private BundledVariants() {
    }

    private static Catalog read() {
        try {
            return Catalog.read(SourceFile.under(Path.of("exercises"), "exercises"), Topics.bundled(), Set.of());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Variant variant(String id, long seed) throws Exception {
        return VariantGenerator.generate(CATALOG.exercises().get(id), seed);
    }

    /** Every part answered with its reference answer. */
    static Map<String, String> rightAnswers(Variant v) {
        Map<String, String> answers = new HashMap<>();
        v.exercise().parts().forEach(p -> answers.put(p.id(), String.valueOf(v.answer(p.id()))));
        return answers;
    }
}
