package org.backproplab.exercise.grading;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.backproplab.engine.lang.UnicodeText;

/**
 * A learner's answer on random Unicode: the parser never throws; it gives a finite number or a
 * plain message. And digits of any script are read as the digits they are.
 */
class AnswerParserFuzzTest {

    @Provide
    Arbitrary<String> answers() {
        return UnicodeText.anyText(AnswerParser.MAX_LENGTH + 10);
    }

    @Property(tries = 3000)
    void anyTextIsANumberOrAMessage(@ForAll("answers") String text) {
        var parsed = AnswerParser.parse(text);
        if (parsed.ok()) {
            assertThat(parsed.value()).isFinite();
        } else {
            assertThat(parsed.error()).isNotBlank().doesNotContain("Exception").doesNotContain("node ");
            assertThat(parsed.value()).isNaN();
        }
    }

    @Property(tries = 300)
    void digitsOfEveryScriptAreRead(@ForAll @IntRange(min = 0, max = 99_999) int whole, @ForAll @IntRange(min = 0, max = 999) int fraction,
            @ForAll("zeros") int zero) {
        String ascii = whole + "." + fraction;
        var parsed = AnswerParser.parse(UnicodeText.inScript(ascii, zero));
        assertThat(parsed.error()).isNull();
        assertThat(parsed.value()).isEqualTo(Double.parseDouble(ascii));
    }

    @Provide
    Arbitrary<Integer> zeros() {
        return Arbitraries.of(UnicodeText.ZEROS);
    }
}
