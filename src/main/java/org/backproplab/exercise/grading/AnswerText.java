package org.backproplab.exercise.grading;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which a word answer is compared with the accepted ones, so that the way it is typed
 * does not decide the mark: Unicode compatibility forms (full-width letters, ligatures) folded by
 * NFKC, case folded, spaces, hyphens and dashes removed, final punctuation dropped; and in
 * derivative notation, d and ∂ are one letter and the loss may be called E, L or C.
 * "Chain-rule.", "chain rule" and "ＣＨＡＩＮ ＲＵＬＥ" are one answer; so are "∂E / ∂w" and "dL/dw".
 */
final class AnswerText {
    private static final Pattern SPACES_AND_DASHES = Pattern.compile("[\\s\\p{Pd}]+");
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[.!?,;:…]+$");
    /** A derivative of the loss, once ∂ reads d and case is folded: d then e, l or c, then a slash and d. */
    private static final Pattern LOSS_DERIVATIVE = Pattern.compile("d[elc](?=/d)");

    private AnswerText() {
    }

    static String normal(String s) {
        if (s == null) {
            return "";
        }
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('∂', 'd');
        String squeezed = SPACES_AND_DASHES.matcher(folded).replaceAll("");
        String trimmed = FINAL_PUNCTUATION.matcher(squeezed).replaceAll("");
        return LOSS_DERIVATIVE.matcher(trimmed).replaceAll("de");
    }

    static boolean same(String answer, String accepted) {
        return normal(answer).equals(normal(accepted));
    }
}
