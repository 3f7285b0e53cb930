package org.backproplab.engine.lang;

import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random text for fuzzing the parsers: any Unicode at all, and text made of the pieces that
 * matter to a number rule (digits of every script, signs, points, exponents, brackets), which
 * random code points alone almost never put side by side.
 */
public final class UnicodeText {
    /** The zero of every script with decimal digits; zero + d is that script's digit d. */
    public static final List<Integer> ZEROS = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
            .filter(cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER && Character.digit(cp, 10) == 0)
            .boxed().toList();

    private UnicodeText() {
    }

    /** Text of up to {@code maxLength} code points. */
    public static Arbitrary<String> anyText(int maxLength) {
        Arbitrary<String> anyCodePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT).map(Character::toString);
        Arbitrary<String> digit = Arbitraries.of(ZEROS).flatMap(zero -> Arbitraries.integers().between(0, 9)
                .map(d -> Character.toString(zero + d)));
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, digit),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(".", ",", "e", "E", "+", "-", "−", "*", "/", "^", "(", ")", " ",
                        "x", "exp(", "max(", "#", "=", "\n", "\r", "\t", "１", "．", "½", "²")),
                net.jqwik.api.Tuple.of(2, anyCodePoint));
        Arbitrary<String> pieces = piece.list().ofMaxSize(maxLength).map(l -> String.join("", l));
        Arbitrary<String> plain = Arbitraries.strings().all().ofMaxLength(maxLength);
        return Arbitraries.oneOf(pieces, plain);
    }

    /** {@code ascii} with every ASCII digit written in the script whose zero is {@code zero}. */
    public static String inScript(String ascii, int zero) {
        StringBuilder s = new StringBuilder();
        ascii.codePoints().forEach(cp -> s.appendCodePoint(cp >= '0' && cp <= '9' ? zero + cp - '0' : cp));
        return s.toString();
    }
}
