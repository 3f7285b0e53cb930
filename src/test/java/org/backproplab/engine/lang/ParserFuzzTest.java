package org.backproplab.engine.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.backproplab.engine.NonFiniteException;
import org.junit.jupiter.api.Test;

/**
 * The expression language's parser on random Unicode: whatever the text, the only exception is
 * a {@link ParseException} with a message; and a number is the same number in any script's digits.
 */
class ParserFuzzTest {

    @Provide
    Arbitrary<String> programs() {
        Arbitrary<String> line = UnicodeText.anyText(80);
        return Arbitraries.oneOf(line.map(l -> "y = " + l), line, line.list().ofMaxSize(4).map(l -> String.join("\n", l)));
    }

    @Property(tries = 3000)
    void anyTextParsesOrGivesAParseError(@ForAll("programs") String text) {
        Program program;
        try {
            program = Program.parse(text);
        } catch (ParseException e) {
            assertThat(e.problem()).isNotBlank();
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            return;
        }
        Map<String, Double> values = new HashMap<>();
        program.inputs().forEach(n -> values.put(n, 0.5));
        try {
            program.evaluate(values);
        } catch (NonFiniteException e) {
            assertThat(e.getMessage()).startsWith("Not a finite number");
        }
    }

    @Property(tries = 500)
    void aNumberIsTheSameInEveryScript(@ForAll @IntRange(min = 0, max = 1_000_000) int whole,
            @ForAll @IntRange(min = 0, max = 999) int fraction, @ForAll @IntRange(min = -20, max = 20) int exponent,
            @ForAll("zeros") int zero) throws ParseException {
        String ascii = whole + "." + fraction + "e" + exponent;
        double expected = Double.parseDouble(ascii);
        var program = Program.parse("y = " + UnicodeText.inScript(ascii, zero) + " * 1");
        assertThat(program.evaluate(Map.of()).output().data()).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Integer> zeros() {
        return Arbitraries.of(UnicodeText.ZEROS);
    }

    @Test
    void fullWidthAndArabicIndicDigitsAreReadAsDigits() throws ParseException {
        assertThat(Program.parse("y = ２ + ٣").evaluate(Map.of()).output().data()).isEqualTo(5.0);
        assertThat(Program.parse("y = 𝟏𝟐.5").evaluate(Map.of()).output().data()).isEqualTo(12.5); // mathematical bold, outside the BMP
    }

    @Test
    void deepNestingIsAParseErrorNotAStackOverflow() {
        for (String text : new String[] {"y = " + "(".repeat(100_000) + "1", "y = " + "-".repeat(100_000) + "1",
                "y = " + "1+".repeat(100_000) + "1", "y = " + "2^".repeat(100_000) + "1"}) {
            var e = catchThrowableOfType(ParseException.class, () -> Program.parse(text));
            assertThat(e).as(text.substring(0, 10)).isNotNull();
            assertThat(e.problem()).contains("too");
        }
    }

    @Test
    void anUnprintableCharacterIsNamedByItsCode() {
        var e = catchThrowableOfType(ParseException.class, () -> Program.parse("y = 1 \u0007 2"));
        assertThat(e.problem()).contains("U+0007");
    }
}
