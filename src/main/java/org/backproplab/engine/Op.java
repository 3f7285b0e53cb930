package org.backproplab.engine;

/**
 * Every operation a {@link Value} can be: each with its forward rule and its local derivatives side
 * by side, and with how the expression language writes it. The language's function table is derived
 * from the ops marked {@link Form#FUNCTION}, so a new function is one new constant here.
 * Conventions at kinks (documented in docs/expression-language.md): relu'(0) = 0, |x|'(0) = 0,
 * max(a, b) passes the gradient to a on a tie.
 */
public enum Op {
    CONSTANT("const", 0, Form.NOTATION),
    INPUT("input", 0, Form.NOTATION),
    /** A leaf that training changes: a weight or a bias. */
    PARAMETER("param", 0, Form.INTERNAL),
    COPY("=", 1, Form.NOTATION) {
        @Override
        double forward(Value[] in, double c) {
            return in[0].data;
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return 1.0;
        }
    },
    ADD("+", 2, Form.NOTATION) {
        @Override
        double forward(Value[] in, double c) {
            return in[0].data + in[1].data;
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return 1.0;
        }
    },
    SUB("−", 2, Form.NOTATION) {
        @Override
        double forward(Value[] in, double c) {
            return in[0].data - in[1].data;
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return i == 0 ? 1.0 : -1.0;
        }
    },
    MUL("×", 2, Form.NOTATION) {
        @Override
        double forward(Value[] in, double c) {
            return in[0].data * in[1].data;
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return in[1 - i].data;
        }
    },
    DIV("÷", 2, Form.NOTATION) {
        @Override
        double forward(Value[] in, double c) {
            return in[0].data / in[1].data;
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return i == 0 ? 1.0 / in[1].data : -in[0].data / (in[1].data * in[1].data);
        }
    },
    NEG("neg", 1, Form.NOTATION) {
        @Override
        double forward(Value[] in, double c) {
            return -in[0].data;
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return -1.0;
        }
    },
    /** x ^ c with the constant exponent kept in {@link Value#constant()}. */
    POW("^", 1, Form.NOTATION, "exponent") {
        @Override
        double forward(Value[] in, double c) {
            return Math.pow(in[0].data, c);
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return c * Math.pow(in[0].data, c - 1);
        }
    },
    EXP("exp", 1, Form.FUNCTION) {
        @Override
        double forward(Value[] in, double c) {
            return Math.exp(in[0].data);
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return out;
        }
    },
    LOG("log", 1, Form.FUNCTION) {
        @Override
        double forward(Value[] in, double c) {
            return Math.log(in[0].data);
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return 1.0 / in[0].data;
        }
    },
    SQRT("sqrt", 1, Form.FUNCTION) {
        @Override
        double forward(Value[] in, double c) {
            return Math.sqrt(in[0].data);
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return 0.5 / out;
        }
    },
    ABS("abs", 1, Form.FUNCTION) {
        @Override
        double forward(Value[] in, double c) {
            return Math.abs(in[0].data);
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return in[0].data > 0 ? 1.0 : in[0].data < 0 ? -1.0 : 0.0; // 0 at the kink
        }
    },
    TANH("tanh", 1, Form.FUNCTION) {
        @Override
        double forward(Value[] in, double c) {
            return Math.tanh(in[0].data);
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return 1.0 - out * out;
        }
    },
    SIGMOID("sigmoid", 1, Form.FUNCTION) {
        @Override
        double forward(Value[] in, double c) {
            return Functions.sigmoid(in[0].data);
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return out * (1.0 - out);
        }
    },
    RELU("relu", 1, Form.FUNCTION) {
        @Override
        double forward(Value[] in, double c) {
            return in[0].data > 0 ? in[0].data : 0.0;
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return in[0].data > 0 ? 1.0 : 0.0; // 0 at the kink
        }
    },
    // Before leaky_relu: the language lists its functions in this order (in error messages too).
    SOFTPLUS("softplus", 1, Form.FUNCTION) {
        @Override
        double forward(Value[] in, double c) {
            return Functions.softplus(in[0].data);
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return Functions.sigmoid(in[0].data);
        }
    },
    /** leaky_relu(x, slope) with the slope for x &lt; 0 kept in {@link Value#constant()}. */
    LEAKY_RELU("leaky_relu", 1, Form.FUNCTION, "slope") {
        @Override
        double forward(Value[] in, double c) {
            return in[0].data > 0 ? in[0].data : c * in[0].data;
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return in[0].data > 0 ? 1.0 : c;
        }
    },
    MAX("max", 2, Form.FUNCTION) {
        @Override
        double forward(Value[] in, double c) {
            return in[0].data >= in[1].data ? in[0].data : in[1].data;
        }

        @Override
        double local(int i, Value[] in, double out, double c) {
            return (i == 0) == (in[0].data >= in[1].data) ? 1.0 : 0.0; // a tie goes to the first input
        }
    },
    /** log Σ e^xᵢ over any number of inputs, shifted by the largest so that nothing overflows. */
    LOG_SUM_EXP("logsumexp", -1, Form.INTERNAL) {
        @Override
        double forward(Value[] in, double c) {
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

        @Override
        double local(int i, Value[] in, double out, double c) {
            return Math.exp(in[i].data - out); // softmax_i
        }
    };

    /** How the expression language writes an op. */
    public enum Form {
        /** With the language's own notation: a number, a name, {@code y = x}, an operator sign. */
        NOTATION,
        /** As a call {@code symbol(x, ...)}: the node inputs, then the constant if the op has one. */
        FUNCTION,
        /** Not at all: built by engine code only (networks, losses). */
        INTERNAL
    }

    private final String symbol;
    private final int arity;
    private final Form form;
    private final String constantName;

    Op(String symbol, int arity, Form form) {
        this(symbol, arity, form, null);
    }

    Op(String symbol, int arity, Form form, String constantName) {
        this.symbol = symbol;
        this.arity = arity;
        this.form = form;
        this.constantName = constantName;
    }

    /** How the operation is written in explanations: +, ×, exp, ...; a function's name in the language. */
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

    public Form form() {
        return form;
    }

    /** What {@link Value#constant()} means for this op ("exponent", "slope"), or null if the op has no constant. */
    public String constantName() {
        return constantName;
    }

    /** The node's value from its inputs and its constant. Leaves keep this: their value is given. */
    double forward(Value[] in, double c) {
        throw new IllegalStateException("a leaf has no forward rule");
    }

    /** ∂out/∂in[i].data, given the inputs, the node's own output and its constant. Leaves have no inputs. */
    double local(int i, Value[] in, double out, double c) {
        throw new IllegalStateException("a leaf has no inputs");
    }
}
