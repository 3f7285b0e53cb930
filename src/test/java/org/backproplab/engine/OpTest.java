package org.backproplab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each op on its own, built through {@link Graph#apply} so that a new op is covered without touching this test. */
class OpTest {
    /** Points away from every kink; each op is checked at those where it is defined (log, sqrt: x > 0). */
    private static final double[][] POINTS = {{0.7, 0.3, 1.1}, {-0.6, -1.3, 0.4}, {0.2, 0.9, -0.5}};
    private static final double CONSTANT = 0.3;

    @Test
    void everyLocalDerivativeAgreesWithACentralDifference() {
        for (Op op : Op.values()) {
            if (op.isLeaf()) {
                continue;
            }
            int checked = 0;
            for (double[] point : POINTS) {
                Graph g = new Graph();
                List<Value> inputs = new ArrayList<>();
                for (int i = 0; i < (op.arity() < 0 ? 3 : op.arity()); i++) {
                    inputs.add(g.input("x" + i, point[i]));
                }
                Value node;
                try {
                    node = g.apply(op, inputs, op.constantName() == null ? 0.0 : CONSTANT);
                } catch (NonFiniteException outsideTheDomain) {
                    continue;
                }
                for (var r : GradientCheck.check(g, node, GradientCheck.DEFAULT_STEP)) {
                    int i = inputs.indexOf(r.leaf());
                    assertThat(node.localGradient(i)).as("%s at %s, input %d", op, Arrays.toString(point), i).isEqualTo(r.analytic());
                    assertThat(r.relativeError()).as("%s at %s, input %d", op, Arrays.toString(point), i).isLessThan(1e-8);
                }
                checked++;
            }
            assertThat(checked).as("%s checked at some point", op).isPositive();
        }
    }

    @Test
    void applyRefusesLeavesWrongArityAndAStrayConstant() {
        Graph g = new Graph();
        Value x = g.input("x", 1);
        assertThatThrownBy(() -> g.apply(Op.INPUT, List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.apply(Op.MAX, List.of(x), 0)).hasMessage("max takes 2 inputs, given 1");
        assertThatThrownBy(() -> g.apply(Op.LOG_SUM_EXP, List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.apply(Op.EXP, List.of(x), 2)).hasMessage("exp has no constant, given 2");
        assertThat(g.apply(Op.LEAKY_RELU, List.of(g.neg(x)), 0.1).data()).isEqualTo(-0.1);
    }
}
