package org.backproplab.engine;

/**
 * Every operation a {@link Value} can be, with its forward rule and its local derivatives.
 * Conventions at kinks (documented in docs/expression-language.md): relu'(0) = 0, |x|'(0) = 0,
 * max(a, b) passes the gradient to a on a tie.
 */
public enum Op {
    CONSTANT("const", 0),
    INPUT("input", 0),
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

    double forward(double[] x, double c) {
        return switch (this) {
            case CONSTANT, INPUT -> throw new IllegalStateException("a leaf has no forward rule");
            case COPY -> x[0];
            case ADD -> x[0] + x[1];
            case SUB -> x[0] - x[1];
            case MUL -> x[0] * x[1];
            case DIV -> x[0] / x[1];
            case NEG -> -x[0];
            case POW -> Math.pow(x[0], c);
            case EXP -> Math.exp(x[0]);
            case LOG -> Math.log(x[0]);
            case SQRT -> Math.sqrt(x[0]);
            case ABS -> Math.abs(x[0]);
            case TANH -> Math.tanh(x[0]);
            case SIGMOID -> Functions.sigmoid(x[0]);
            case RELU -> x[0] > 0 ? x[0] : 0.0;
            case LEAKY_RELU -> x[0] > 0 ? x[0] : c * x[0];
            case SOFTPLUS -> Functions.softplus(x[0]);
            case MAX -> x[0] >= x[1] ? x[0] : x[1];
            case LOG_SUM_EXP -> Functions.logSumExp(x);
        };
    }

    /** ∂out/∂x[i], given the inputs x and the node's own output. */
    double local(int i, double[] x, double out, double c) {
        return switch (this) {
            case CONSTANT, INPUT -> throw new IllegalStateException("a leaf has no inputs");
            case COPY, ADD -> 1.0;
            case SUB -> i == 0 ? 1.0 : -1.0;
            case MUL -> x[1 - i];
            case DIV -> i == 0 ? 1.0 / x[1] : -x[0] / (x[1] * x[1]);
            case NEG -> -1.0;
            case POW -> c * Math.pow(x[0], c - 1);
            case EXP -> out;
            case LOG -> 1.0 / x[0];
            case SQRT -> 0.5 / out;
            case ABS -> x[0] > 0 ? 1.0 : x[0] < 0 ? -1.0 : 0.0;
            case TANH -> 1.0 - out * out;
            case SIGMOID -> out * (1.0 - out);
            case RELU -> x[0] > 0 ? 1.0 : 0.0;
            case LEAKY_RELU -> x[0] > 0 ? 1.0 : c;
            case SOFTPLUS -> Functions.sigmoid(x[0]);
            case MAX -> (i == 0) == (x[0] >= x[1]) ? 1.0 : 0.0;
            case LOG_SUM_EXP -> Math.exp(x[i] - out); // softmax_i
        };
    }
}
