package org.backproplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which nodes depend on which, in one pass over the tape rather than a search per pair. */
class ReachabilityTest {
    private static final int LAYERS = 12;
    private static final int UNITS = 8;

    @Test
    void reachesAndDependentsOnASmallGraph() {
        Graph g = new Graph();
        Value x = g.input("x", 1);
        Value w = g.input("w", 2);
        Value side = g.exp(w);
        Value h = g.mul(x, w);
        Value y = g.add(h, x);
        assertThat(g.reaches(y).stream().boxed().toList()).containsExactly(x.id(), w.id(), h.id(), y.id());
        assertThat(g.dependents(w).stream().boxed().toList()).containsExactly(w.id(), side.id(), h.id(), y.id());
        assertThat(y.dependsOn(w)).isTrue();
        assertThat(y.dependsOn(side)).isFalse();
        assertThat(y.dependsOn(y)).isTrue();
        assertThat(x.dependsOn(y)).isFalse();
        assertThat(y.dependsOn(new Graph().input("x", 1))).isFalse();
    }

    /**
     * 12 dense tanh layers of 8 units, and an input the network never uses: asking whether the output
     * depends on it made the recursive search walk every path, 8 times more per layer (over 10¹⁰
     * calls here). Each pass now walks each node at most once.
     */
    @Test
    void aDeepNetworkIsAnsweredInOnePassPerQuestion() {
        Graph g = new Graph();
        Value unused = g.input("unused", 1);
        List<Value> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(g.input("x" + i, 0.1 * i));
        }
        Value first = units.get(0);
        for (int l = 1; l <= LAYERS; l++) {
            List<Value> next = new ArrayList<>();
            for (int j = 0; j < UNITS; j++) {
                List<Value> terms = new ArrayList<>();
                for (int i = 0; i < UNITS; i++) {
                    terms.add(g.mul(g.parameter("w" + l + "_" + j + "_" + i, 0.1), units.get(i)));
                }
                terms.add(g.parameter("b" + l + "_" + j, 0));
                next.add(g.tanh(g.sum(terms)));
            }
            units = next;
        }
        Value out = g.sum(units);
        int nodes = g.nodes().size();
        assertThat(recursiveCalls(out, unused, 1_000_000)).as("the search this replaced").isEqualTo(1_000_000);

        assertThat(walked(g, () -> assertThat(out.dependsOn(unused)).isFalse())).isLessThanOrEqualTo(nodes);
        assertThat(walked(g, () -> assertThat(out.dependsOn(first)).isTrue())).isLessThanOrEqualTo(nodes);
        assertThat(walked(g, () -> {
            BitSet reached = g.reaches(out);
            assertThat(reached.get(unused.id())).isFalse();
            assertThat(reached.cardinality()).isEqualTo(nodes - 1);
        })).isLessThanOrEqualTo(nodes);
        assertThat(walked(g, () -> assertThat(g.dependents(first).get(out.id())).isTrue())).isLessThanOrEqualTo(nodes);
        assertThat(walked(g, () -> assertThat(g.gradient(out, unused)).isZero())).isLessThanOrEqualTo(nodes);
    }

    /** Nodes the reachability passes walked while answering. */
    private static long walked(Graph g, Runnable question) {
        long before = g.reachVisits;
        question.run();
        return g.reachVisits - before;
    }

    /** The calls the recursive dependsOn made (it pruned inputs older than other), stopping at a cap. */
    private static int recursiveCalls(Value v, Value other, int cap) {
        int[] calls = {0};
        search(v, other, calls, cap);
        return calls[0];
    }

    private static boolean search(Value v, Value other, int[] calls, int cap) {
        if (++calls[0] >= cap) {
            return true; // enough to show the search explodes
        }
        if (v == other) {
            return true;
        }
        for (Value in : v.inputs()) {
            if (in.id() >= other.id() && search(in, other, calls, cap)) {
                return true;
            }
        }
        return false;
    }
}
