package org.backproplab.exercise.grading;

import java.util.List;

import org.backproplab.engine.Value;

/**
 * The backward pass of a graph with a deliberate twist: a local derivative replaced, or one path
 * at a fan-out ignored. With a twist it is the answer that
 * a known wrong way of reasoning gives. (The true gradient is {@link org.backproplab.engine.Graph#gradient}.)
 */
final class TwistedBackward {
    private TwistedBackward() {
    }

    interface Twist {
        /** The local derivative used on the edge from node to its input i. */
        default double local(Value node, int i, double truth) {
            return truth;
        }

        /** Whether node passes gradient back to its input i at all. */
        default boolean keep(Value node, int i) {
            return true;
        }
    }

    static double gradient(List<Value> tape, Value of, Value wrt, Twist twist) {
        if (wrt.id() > of.id()) {
            return 0.0;
        }
        double[] adjoint = new double[of.id() + 1];
        adjoint[of.id()] = 1.0;
        for (int id = of.id(); id > wrt.id(); id--) {
            double upstream = adjoint[id];
            if (upstream == 0) {
                continue;
            }
            Value v = tape.get(id);
            List<Value> inputs = v.inputs();
            for (int i = 0; i < inputs.size(); i++) {
                if (twist.keep(v, i)) {
                    adjoint[inputs.get(i).id()] += upstream * twist.local(v, i, v.localGradient(i));
                }
            }
        }
        return adjoint[wrt.id()];
    }
}
