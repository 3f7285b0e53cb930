package org.backproplab.engine.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.backproplab.engine.Op;
import org.backproplab.engine.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgramTest {

    private static double value(String expression) throws ParseException {
        return Program.parse("y = " + expression).evaluate(Map.of()).output().data();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "1 + 2 * 3        | 7",
            "(1 + 2) * 3      | 9",
            "-2^2             | -4",
            "(-2)^2           | 4",
            "2^3^2            | 512",
            "2^-1             | 0.5",
            "- -3             | 3",
            "8 / 4 / 2        | 1",
            "10 - 4 - 3       | 3",
            "1.5e2            | 150",
            "2.5E-1           | 0.25",
            ".5 + 1.          | 1.5",
            "max(2, 3)        | 3",
            "leaky_relu(-2, 0.1) | -0.2",
            "relu(-1) + abs(-2)  | 2",
            "sigmoid(0)       | 0.5",
            "tanh(0) + exp(0) + log(1) + sqrt(4) + softplus(0) - log(2) | 3",
    })
    void precedenceAndFunctions(String expression, double expected) throws ParseException {
        assertThat(value(expression)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void unassignedNamesAreInputsAndTheLastAssignmentIsTheOutput() throws ParseException {
        var program = Program.parse("""
                # a neuron
                z = w * x + b   # weighted sum

                a = sigmoid(z)
                """);
        assertThat(program.inputs()).containsExactly("w", "x", "b");
        assertThat(program.assigned()).containsExactly("z", "a");
        assertThat(program.output()).isEqualTo("a");
        assertThat(program.lineOf("a")).isEqualTo(4);
        var e = program.evaluate(Map.of("w", 2.0, "x", 1.0, "b", -2.0));
        assertThat(e.node("z").data()).isZero();
        assertThat(e.output().data()).isEqualTo(0.5);
    }

    @Test
    void anAliasIsItsOwnNamedNode() throws ParseException {
        var e = Program.parse("y = x\nz = y * y").evaluate(Map.of("x", 3.0)).backward();
        assertThat(e.node("y").op()).isEqualTo(Op.COPY);
        assertThat(e.node("x").grad()).isEqualTo(6.0);
    }

    @Test
    void missingInputValuesAreNamed() throws ParseException {
        var program = Program.parse("y = a * b");
        assertThatThrownBy(() -> program.evaluate(Map.of("a", 1.0))).hasMessageContaining("b");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "y = 2x                 | 1 | 6 | implicit multiplication",
            "y = 2 x                | 1 | 7 | implicit multiplication",
            "y = (a)(b)             | 1 | 8 | implicit multiplication",
            "y = foo(x)             | 1 | 5 | unknown function 'foo'",
            "y = a\\ny = b          | 2 | 1 | assigned twice (first on line 1)",
            "y = h + 1\\nh = 2      | 1 | 5 | 'h' is used before it is assigned (on line 2)",
            "y = 3 $ 4              | 1 | 7 | found '$'",
            "y = (1 + 2             | 1 | 11 | expected ')'",
            "y =                    | 1 | 4 | the line ends",
            "= 3                    | 1 | 1 | expected a name",
            "y 3                    | 1 | 3 | expected '='",
            "y = max(1)             | 1 | 5 | 'max' takes 2 arguments, found 1",
            "y = x^n                | 1 | 7 | the exponent must be a number",
            "y = leaky_relu(x, s)   | 1 | 19 | slope",
            "exp = 3                | 1 | 1 | is a function",
            "y = exp + 1            | 1 | 5 | 'exp' is a function: write exp(...)",
            "# only a comment       | 1 | 1 | assigns nothing",
            "y = 1e999              | 1 | 5 | too large",
    })
    void errorsSayWhereAndWhatWasExpected(String program, int line, int column, String message) {
        var error = catchThrowableOfType(() -> Program.parse(program.replace("\\n", "\n")), ParseException.class);
        assertThat(error).as(program).isNotNull();
        assertThat(error.getMessage()).contains(message);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
    }

    @Test
    void everyFunctionOpIsCallableByItsNameWithItsArguments() throws ParseException {
        Set<String> names = EnumSet.allOf(Op.class).stream().filter(op -> op.form() == Op.Form.FUNCTION)
                .map(Op::symbol).collect(Collectors.toSet());
        assertThat(Program.FUNCTIONS.keySet()).isEqualTo(names);
        for (Op op : Op.values()) {
            if (op.form() != Op.Form.FUNCTION) {
                continue;
            }
            List<String> args = new ArrayList<>();
            Map<String, Double> values = new LinkedHashMap<>();
            for (int i = 0; i < op.arity(); i++) {
                args.add("x" + i);
                values.put("x" + i, 0.5 + i);
            }
            if (op.constantName() != null) {
                args.add("0.25");
            }
            assertThat(Program.FUNCTIONS.get(op.symbol())).as(op.symbol()).isEqualTo(args.size());
            var e = Program.parse("y = " + op.symbol() + "(" + String.join(", ", args) + ")").evaluate(values);
            assertThat(e.output().op()).as(op.symbol()).isEqualTo(op);
            assertThat(e.output().inputs()).extracting(Value::name).containsExactlyElementsOf(values.keySet());
            assertThat(e.output().constant()).isEqualTo(op.constantName() == null ? 0.0 : 0.25);
        }
    }

    /**
     * Every op is written with the language's notation, called as a function (above) or marked
     * internal: an op added with notation the parser does not know fails here.
     */
    @Test
    void everyNotationOpIsWrittenByTheLanguage() throws ParseException {
        var e = Program.parse("""
                a = x
                y = -(a + 2 - a * x / x)^3
                """).evaluate(Map.of("x", 2.0));
        Set<Op> built = e.graph().nodes().stream().map(Value::op).collect(Collectors.toSet());
        Set<Op> notation = Arrays.stream(Op.values()).filter(op -> op.form() == Op.Form.NOTATION).collect(Collectors.toSet());
        assertThat(built).isEqualTo(notation);
    }

    @Test
    void theFunctionsAreListedInTheDocumentedOrder() {
        var error = catchThrowableOfType(() -> Program.parse("y = foo(x)"), ParseException.class);
        assertThat(error.getMessage()).isEqualTo("line 1, column 5: unknown function 'foo'; the functions are "
                + "exp, log, sqrt, abs, tanh, sigmoid, relu, softplus, leaky_relu, max");
        var slope = catchThrowableOfType(() -> Program.parse("y = leaky_relu(x, s)"), ParseException.class);
        assertThat(slope.problem()).isEqualTo("the slope of leaky_relu must be a number");
    }
}
