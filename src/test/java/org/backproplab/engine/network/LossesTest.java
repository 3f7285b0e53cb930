package org.backproplab.engine.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.backproplab.engine.Functions;
import org.backproplab.engine.GradientCheck;
import org.backproplab.engine.Graph;
import org.backproplab.engine.Value;
import org.junit.jupiter.api.Test;

class LossesTest {
    private final Graph g = new Graph();

    private void assertGradientsCheck(Value loss) {
        assertThat(GradientCheck.worst(GradientCheck.check(g, loss, GradientCheck.DEFAULT_STEP))).isLessThan(1e-6);
    }

    @Test
    void squaredErrorWithAndWithoutTheHalf() {
        Value p = g.input("p", 0.8);
        Value half = Losses.squaredError(g, p, 0.5, true);
        g.backward(half);
        assertThat(half.data()).isCloseTo(0.045, within(1e-15));
        assertThat(p.grad()).isCloseTo(0.3, within(1e-15)); // p − t: the ½ cancels the 2
        g.zeroGrad();
        Value full = Losses.squaredError(g, p, 0.5, false);
        g.backward(full);
        assertThat(p.grad()).isCloseTo(0.6, within(1e-15));
    }

    @Test
    void meanSquaredErrorAveragesOverOutputs() {
        List<Value> ps = List.of(g.input("p1", 1), g.input("p2", 3));
        Value mse = Losses.meanSquaredError(g, ps, new double[] {0, 1});
        assertThat(mse.data()).isEqualTo(2.5);
        assertGradientsCheck(mse);
        assertThat(ps.get(0).grad()).isEqualTo(1.0); // 2(p − t)/n
    }

    @Test
    void binaryCrossEntropyFromAProbability() {
        Value p = g.input("p", 0.7);
        Value loss = Losses.binaryCrossEntropy(g, p, 1);
        assertThat(loss.data()).isCloseTo(-Math.log(0.7), within(1e-15));
        assertGradientsCheck(loss);
        assertThat(p.grad()).isCloseTo(-1 / 0.7, within(1e-12));
    }

    @Test
    void binaryCrossEntropyFromALogitIsStableAndItsGradientIsSigmaMinusTarget() {
        Value z = g.input("z", 0.3);
        Value loss = Losses.binaryCrossEntropyWithLogits(g, z, 1);
        assertThat(loss.data()).isCloseTo(-Math.log(Functions.sigmoid(0.3)), within(1e-15));
        assertGradientsCheck(loss);
        assertThat(z.grad()).isCloseTo(Functions.sigmoid(0.3) - 1, within(1e-12));

        Graph far = new Graph();
        Value huge = far.input("z", -800);
        Value l = Losses.binaryCrossEntropyWithLogits(far, huge, 1);
        far.backward(l);
        assertThat(l.data()).isEqualTo(800.0);
        assertThat(huge.grad()).isEqualTo(-1.0);
    }

    @Test
    void softmaxCrossEntropyGradientIsSoftmaxMinusTarget() {
        List<Value> z = List.of(g.input("z1", 2), g.input("z2", 1), g.input("z3", 0.1));
        Value loss = Losses.softmaxCrossEntropy(g, z, 0);
        double sum = Math.exp(2) + Math.exp(1) + Math.exp(0.1);
        assertThat(loss.data()).isCloseTo(-Math.log(Math.exp(2) / sum), within(1e-14));
        assertGradientsCheck(loss);
        assertThat(z.get(0).grad()).isCloseTo(Math.exp(2) / sum - 1, within(1e-12));
        assertThat(z.get(2).grad()).isCloseTo(Math.exp(0.1) / sum, within(1e-12));

        Graph far = new Graph();
        List<Value> big = List.of(far.input("a", 1000), far.input("b", 0));
        assertThat(Losses.softmaxCrossEntropy(far, big, 1).data()).isCloseTo(1000.0, within(1e-9));
    }

    @Test
    void hingeIsZeroBeyondTheMargin() {
        Value s = g.input("s", 0.4);
        Value loss = Losses.hinge(g, s, 1);
        assertThat(loss.data()).isCloseTo(0.6, within(1e-15));
        assertGradientsCheck(loss);
        assertThat(s.grad()).isEqualTo(-1.0);
        Graph other = new Graph();
        Value sure = other.input("s", 2);
        Value none = Losses.hinge(other, sure, 1);
        other.backward(none);
        assertThat(none.data()).isZero();
        assertThat(sure.grad()).isZero();
    }
}
