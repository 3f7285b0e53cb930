package org.backproplab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The one backward loop under other edge rules, on y = a·b with a = x·x and b = 3·x at x = 2:
 * dy/dx = 9x² = 36, of which b·2x = 24 along a and a·3 = 12 along b.
 */
class EdgeRuleTest {
    private final Graph g = new Graph();
    private final Value x = g.input("x", 2);
    private final Value three = g.constant(3);
    private final Value a = g.named("a", g.mul(x, x));
    private final Value b = g.named("b", g.mul(three, x));
    private final Value y = g.named("y", g.mul(a, b));

    @Test
    void theExactRuleIsTheChainRule() {
        assertThat(g.gradient(y, x, EdgeRule.EXACT)).isEqualTo(36.0).isEqualTo(g.gradient(y, x));
    }

    @Test
    void droppingAnEdgeLeavesOutEveryPathThroughIt() {
        assertThat(g.gradient(y, x, (node, i, t) -> node == y && i == 0 ? 0.0 : t)).isEqualTo(12.0); // only along b
        assertThat(g.gradient(y, x, (node, i, t) -> node == y && i == 1 ? 0.0 : t)).isEqualTo(24.0); // only along a
    }

    @Test
    void replacingALocalDerivativeChangesOnlyItsPaths() {
        // ∂a/∂x taken as 1 + 1 instead of x + x = 4: along a, b·2 = 12; along b still 12.
        assertThat(g.gradient(y, x, (node, i, t) -> node == a ? 1.0 : t)).isEqualTo(24.0);
    }

    @Test
    void sideGradientsLeaveTheStoredGradientsAlone() {
        double[] adjoint = g.adjoints(y);
        assertThat(adjoint).hasSize(g.nodes().size());
        assertThat(adjoint[y.id()]).isEqualTo(1.0);
        assertThat(adjoint[a.id()]).isEqualTo(6.0); // b
        assertThat(adjoint[b.id()]).isEqualTo(4.0); // a
        assertThat(adjoint[three.id()]).isEqualTo(8.0); // a·x
        assertThat(adjoint[x.id()]).isEqualTo(36.0);
        assertThat(g.nodes()).allSatisfy(v -> assertThat(v.grad()).isZero());
        g.backward(y);
        assertThat(g.nodes()).allSatisfy(v -> assertThat(v.grad()).isEqualTo(adjoint[v.id()]));
    }

    @Test
    void aNonFiniteLocalDerivativeStopsATwistedPassEvenOnADroppedEdge() {
        Graph h = new Graph();
        Value z = h.input("z", 0);
        Value root = h.sqrt(z); // √0 = 0 is fine, its slope is not
        Value out = h.add(root, z);
        EdgeRule bypassRoot = (node, i, t) -> node == out && i == 0 ? 0.0 : t;
        assertThatThrownBy(() -> h.gradient(out, z, bypassRoot)).isInstanceOf(NonFiniteException.class)
                .hasMessage("Not a finite number: local gradient of node 1 (sqrt) of [z=0] with respect to input 1 is Infinity")
                .satisfies(e -> assertThat(((NonFiniteException) e).node()).isSameAs(root));
    }

    @Test
    void aNonFiniteLocalDerivativeFromTheRuleIsReportedToo() {
        assertThatThrownBy(() -> g.gradient(y, x, (node, i, t) -> node == b ? t / 0.0 : t)).isInstanceOf(NonFiniteException.class)
                .hasMessageContaining("\"b\" (×)").hasMessageContaining("Infinity");
    }
}
