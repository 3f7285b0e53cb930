package org.backproplab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class GraphTest {
    private final Graph g = new Graph();

    @Test
    void gradientsAccumulateWhereAValueIsUsedTwice() {
        Value x = g.input("x", 3);
        Value y = g.add(g.mul(x, x), x); // x² + x
        g.backward(y);
        assertThat(x.grad()).isEqualTo(7.0); // 2x + 1
    }

    @Test
    void constantsInputsAndParametersAreLeaves() {
        Value c = g.constant(2);
        Value x = g.input("x", 3);
        Value w = g.parameter("w", 0.5);
        Value y = g.mul(g.mul(c, x), w);
        g.backward(y);
        assertThat(c.op()).isEqualTo(Op.CONSTANT);
        assertThat(x.op()).isEqualTo(Op.INPUT);
        assertThat(w.op()).isEqualTo(Op.PARAMETER);
        assertThat(w.grad()).isEqualTo(6.0);
        assertThat(GradientCheck.check(g, y, GradientCheck.DEFAULT_STEP)).extracting(r -> r.leaf().name()).containsExactly("x", "w");
    }

    @Test
    void zeroingIsExplicitOtherwiseGradientsAccumulateAcrossPasses() {
        Value x = g.input("x", 2);
        Value y = g.mul(x, g.constant(5));
        g.backward(y);
        g.backward(y);
        assertThat(x.grad()).isEqualTo(10.0);
        g.zeroGrad();
        g.backward(y);
        assertThat(x.grad()).isEqualTo(5.0);
    }

    @Test
    void nodesThatTheOutputDoesNotUseGetNoGradient() {
        Value x = g.input("x", 2);
        Value unused = g.exp(x);
        Value y = g.mul(x, x);
        g.backward(y);
        assertThat(unused.grad()).isZero();
        assertThat(x.grad()).isEqualTo(4.0);
    }

    @Test
    void everyEdgeExplainsUpstreamTimesLocal() {
        Value a = g.input("a", 2);
        Value b = g.input("b", -3);
        Value p = g.named("p", g.mul(a, b));
        Value out = g.named("out", g.tanh(p));
        g.backward(out);
        assertThat(p.inputs()).containsExactly(a, b);
        assertThat(p.localGradient(0)).isEqualTo(-3.0);
        assertThat(p.localGradient(1)).isEqualTo(2.0);
        assertThat(p.contribution(0)).isEqualTo(a.grad());
        assertThat(out.localGradient(0)).isEqualTo(p.grad());
        assertThat(p.op()).isEqualTo(Op.MUL);
        assertThat(p.label()).isEqualTo("p");
    }

    @Test
    void conventionsAtKinks() {
        Value zero = g.input("z", 0);
        assertThat(g.relu(zero).localGradient(0)).isZero();
        assertThat(g.abs(zero).localGradient(0)).isZero();
        assertThat(g.leakyRelu(zero, 0.1).localGradient(0)).isEqualTo(0.1);
        Value a = g.input("a", 1);
        Value b = g.input("b", 1);
        Value m = g.max(a, b);
        assertThat(m.localGradient(0)).isEqualTo(1.0);
        assertThat(m.localGradient(1)).isZero();
    }

    @Test
    void eachOpComputesWhatItsNameSays() {
        Value x = g.input("x", 0.5);
        Value y = g.input("y", -2);
        assertThat(g.sub(x, y).data()).isEqualTo(2.5);
        assertThat(g.div(x, y).data()).isEqualTo(-0.25);
        assertThat(g.neg(x).data()).isEqualTo(-0.5);
        assertThat(g.pow(y, 3).data()).isEqualTo(-8.0);
        assertThat(g.sqrt(x).data()).isEqualTo(Math.sqrt(0.5));
        assertThat(g.log(x).data()).isEqualTo(Math.log(0.5));
        assertThat(g.softplus(y).data()).isEqualTo(Math.log1p(Math.exp(-2)));
        assertThat(g.leakyRelu(y, 0.01).data()).isEqualTo(-0.02);
        assertThat(g.logSumExp(List.of(x, y)).data()).isEqualTo(Math.log(Math.exp(0.5) + Math.exp(-2)), org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void stableFunctionsStayFiniteFarOut() {
        Value big = g.input("big", 1000);
        Value small = g.input("small", -1000);
        assertThat(g.sigmoid(big).data()).isEqualTo(1.0);
        assertThat(g.sigmoid(small).data()).isEqualTo(0.0);
        assertThat(g.softplus(big).data()).isEqualTo(1000.0);
        assertThat(g.logSumExp(List.of(big, g.input("big2", 1000))).data()).isEqualTo(1000 + Math.log(2));
    }

    @Test
    void aNonFiniteResultNamesTheNodeItsOpAndItsInputs() {
        Value x = g.input("x", 0);
        assertThatThrownBy(() -> g.log(x))
                .isInstanceOf(NonFiniteException.class)
                .hasMessageContaining("(log)").hasMessageContaining("x=0").hasMessageContaining("-Infinity");
        Value one = g.constant(1);
        assertThatThrownBy(() -> g.div(one, x)).isInstanceOf(NonFiniteException.class).hasMessageContaining("(÷)");
        assertThatThrownBy(() -> g.sqrt(g.input("n", -1))).isInstanceOf(NonFiniteException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> g.exp(g.input("e", 1000))).isInstanceOf(NonFiniteException.class).hasMessageContaining("(exp)");
        assertThatThrownBy(() -> g.input("nan", Double.NaN)).isInstanceOf(NonFiniteException.class);
    }

    @Test
    void anInfiniteLocalGradientIsCaughtInTheBackwardPass() {
        Value x = g.input("x", 0);
        Value root = g.sqrt(x); // √0 = 0 is fine, its slope is not
        assertThatThrownBy(() -> g.backward(root)).isInstanceOf(NonFiniteException.class)
                .hasMessageContaining("local gradient").hasMessageContaining("(sqrt)");
    }

    @Test
    void forwardRecomputesAfterALeafChanges() {
        Value x = g.input("x", 1);
        Value y = g.mul(x, g.constant(3));
        g.set(x, 2);
        g.forward();
        assertThat(y.data()).isEqualTo(6.0);
        assertThatThrownBy(() -> g.set(y, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSideGradientLeavesTheStoredGradientsAlone() {
        Value x = g.input("x", 3);
        Value h = g.named("h", g.mul(x, x));
        Value y = g.named("y", g.mul(h, g.constant(2)));
        g.backward(y);
        assertThat(g.gradient(h, x)).isEqualTo(6.0);
        assertThat(g.gradient(y, x)).isEqualTo(12.0);
        assertThat(g.gradient(x, y)).isZero();
        assertThat(x.grad()).isEqualTo(12.0);
        assertThat(h.grad()).isEqualTo(2.0);
        assertThat(y.dependsOn(x)).isTrue();
        assertThat(x.dependsOn(y)).isFalse();
    }

    @Test
    void valuesFromAnotherGraphAreRefused() {
        Value foreign = new Graph().input("x", 1);
        assertThatThrownBy(() -> g.exp(foreign)).isInstanceOf(IllegalArgumentException.class);
    }
}
