package org.backproplab.engine;

/**
 * The local derivative a backward pass uses on each edge, from a node to one of its inputs. The
 * engine's own passes use {@link #EXACT}; grading replays known wrong methods with other rules (σ
 * where σ' belongs, a local derivative left out, one path at a fan-out ignored), and a worked
 * solution can follow only some edges. Returning 0 drops an edge.
 *
 * <p>Whatever the rule, a pass walks every node its output is computed from (reachability does not
 * depend on the rule, so dropping an edge skips no check) and stops with a {@link NonFiniteException}
 * at a true local derivative, or one the rule gives, that is NaN or ±∞.
 */
@FunctionalInterface
public interface EdgeRule {
    /** The chain rule itself: every edge's true local derivative. */
    EdgeRule EXACT = (node, input, truth) -> truth;

    /** The local derivative to use on the edge from {@code node} to its input number {@code input}. */
    double local(Value node, int input, double truth);
}
