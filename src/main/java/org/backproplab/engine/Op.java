package org.backproplab.engine;

/**
 * Every operation a {@link Value} can be, with its forward rule and its local derivatives.
 * Conventions at kinks (documented in docs/expression-language.md): relu'(0) = 0, |x|'(0) = 0,
 * max(a, b) passes the gradient to a on a tie.
 */
public enum Op {
    CONSTANT("const", 0),
    INPUT("input", 0),
    /** A leaf that training changes: a weight or a bias. */
    PARAMETER("param", 0),
    COPY("=", 1),
    ADD("+", 2),
    SUB("−", 2),
    MUL("×", 2),
    DIV("÷", 2),
    NEG("neg", 1),
    /** x ^ c with the constant exponent kept in {@link Value#constant()}. */
    POW("^", 1),
    EXP("exp", 1),
    LOG("log", 1),
    SQRT("sqrt", 1),
    ABS("abs", 1),
    TANH("tanh", 1),
    SIGMOID("sigmoid", 1),
    RELU("relu", 1),
    /** leaky_relu(x) with the slope for x &lt; 0 kept in {@link Value#constant()}. */
    LEAKY_RELU("leaky_relu", 1),
    SOFTPLUS("softplus", 1),
    MAX("max", 2),
    /** log Σ e^xᵢ over any number of inputs, shifted by the largest so that nothing overflows. */
    LOG_SUM_EXP("logsumexp", -1);

    private final String symbol;
    private final int arity;

    Op(String symbol, int arity) {
        this.symbol = symbol;
        this.arity = arity;
    }

    /** How the operation is written in explanations: +, ×, exp, ... */
    public String symbol() {
        return symbol;
    }

    /** Number of inputs, or −1 for any number (at least one). */
    public int arity() {
        return arity;
    }

    public boolean isLeaf() {
        return arity == 0;
    }

    double forward(Value[] in, double c) {
        return switch (this) {
            case CONSTANT, INPUT, PARAMETER -> throw new IllegalStateException("a leaf has no forward rule");
            case COPY -> in[0].data;
            case ADD -> in[0].data + in[1].data;
            case SUB -> in[0].data - in[1].data;
            case MUL -> in[0].data * in[1].data;
            case DIV -> in[0].data / in[1].data;
            case NEG -> -in[0].data;
            case POW -> Math.pow(in[0].data, c);
            case EXP -> Math.exp(in[0].data);
            case LOG -> Math.log(in[0].data);
            case SQRT -> Math.sqrt(in[0].data);
            case ABS -> Math.abs(in[0].data);
            case TANH -> Math.tanh(in[0].data);
            case SIGMOID -> Functions.sigmoid(in[0].data);
            case RELU -> in[0].data > 0 ? in[0].data : 0.0;
            case LEAKY_RELU -> in[0].data > 0 ? in[0].data : c * in[0].data;
            case SOFTPLUS -> Functions.softplus(in[0].data);
            case MAX -> in[0].data >= in[1].data ? in[0].data : in[1].data;
            case LOG_SUM_EXP -> logSumExp(in);
        };
    }

    /** ∂out/∂in[i].data, given the inputs x and the node's own output. */
    double local(int i, Value[] in, double out, double c) {
        return switch (this) {
            case CONSTANT, INPUT, PARAMETER -> throw new IllegalStateException("a leaf has no inputs");
            case COPY, ADD -> 1.0;
            case SUB -> i == 0 ? 1.0 : -1.0;
            case MUL -> in[1 - i].data;
            case DIV -> i == 0 ? 1.0 / in[1].data : -in[0].data / (in[1].data * in[1].data);
            case NEG -> -1.0;
            case POW -> c * Math.pow(in[0].data, c - 1);
            case EXP -> out;
            case LOG -> 1.0 / in[0].data;
            case SQRT -> 0.5 / out;
            case ABS -> in[0].data > 0 ? 1.0 : in[0].data < 0 ? -1.0 : 0.0;
            case TANH -> 1.0 - out * out;
            case SIGMOID -> out * (1.0 - out);
            case RELU -> in[0].data > 0 ? 1.0 : 0.0;
            case LEAKY_RELU -> in[0].data > 0 ? 1.0 : c;
            case SOFTPLUS -> Functions.sigmoid(in[0].data);
            case MAX -> (i == 0) == (in[0].data >= in[1].data) ? 1.0 : 0.0;
            case LOG_SUM_EXP -> Math.exp(in[i].data - out); // softmax_i
        };
    }

    /** log Σ e^xᵢ, shifted by the largest xᵢ so that no exponent overflows. */
    private static double logSumExp(Value[] in) {
        double max = Double.NEGATIVE_INFINITY;
        for (Value v : in) {
            max = Math.max(max, v.data);
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        double sum = 0;
        for (Value v : in) {
            sum += Math.exp(v.data - max);
        }
        return max + Math.log(sum);
    }
}
