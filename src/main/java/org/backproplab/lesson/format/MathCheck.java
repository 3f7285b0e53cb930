package org.backproplab.lesson.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * What can be checked of a TeX formula on the server, before KaTeX sees it in the browser: braces
 * and {@code \left…\right} balanced, environments closed, and every command one KaTeX knows (the
 * subset of KaTeX's commands a lesson about derivatives needs). KaTeX itself runs only in the browser.
 */
final class MathCheck {
    /** KaTeX commands the lessons may use; extend when a lesson needs another (KaTeX supports it). */
    static final Set<String> KNOWN = Set.of(
            "frac", "dfrac", "tfrac", "partial", "nabla", "cdot", "cdots", "ldots", "dots", "vdots", "ddots", "times", "div", "pm", "mp",
            "sum", "prod", "int", "log", "ln", "exp", "max", "min", "sqrt", "tanh", "sinh", "cosh", "sin", "cos", "arg", "lim",
            "alpha", "beta", "gamma", "delta", "Delta", "epsilon", "varepsilon", "eta", "theta", "lambda", "mu", "sigma", "Sigma",
            "tau", "phi", "varphi", "psi", "omega", "pi", "rho", "xi", "zeta", "kappa", "nu", "chi",
            "left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr", "quad", "qquad", "text", "mathrm", "mathbf", "mathbb",
            "boldsymbol", "operatorname", "hat", "bar", "tilde", "vec", "overline", "underbrace", "overbrace",
            "leftarrow", "rightarrow", "Rightarrow", "Leftarrow", "to", "gets", "mapsto", "leftrightarrow",
            "le", "leq", "ge", "geq", "ne", "neq", "approx", "equiv", "sim", "propto", "ll", "gg", "in", "notin", "infty",
            "top", "odot", "otimes", "circ", "mid", "lvert", "rvert", "lVert", "rVert", "langle", "rangle",
            "begin", "end", "displaystyle", "underset", "overset", "color", "boxed", "cancel", "tag", "not", "mathcal");
    private static final Set<String> ENVIRONMENTS = Set.of("pmatrix", "bmatrix", "matrix", "vmatrix", "cases", "aligned", "array");
    private static final int MAX_LENGTH = 2_000;

    private MathCheck() {
    }

    /** What is wrong with a formula; empty when KaTeX should read it. */
    static List<String> problems(String tex) {
        List<String> problems = new ArrayList<>();
        if (tex.isBlank()) {
            problems.add("empty formula");
            return problems;
        }
        if (tex.length() > MAX_LENGTH) {
            problems.add("formula longer than " + MAX_LENGTH + " characters");
            return problems;
        }
        int braces = 0;
        int lefts = 0;
        Deque<String> environments = new ArrayDeque<>();
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int j = i + 1;
                while (j < tex.length() && Character.isLetter(tex.charAt(j)) && tex.charAt(j) < 128) {
                    j++;
                }
                if (j == i + 1) { // a symbol command: \, \; \! \{ \} \\ \| \  
                    i++;
                    continue;
                }
                String name = tex.substring(i + 1, j);
                if (!KNOWN.contains(name)) {
                    problems.add("math: unknown command \\" + name);
                }
                if (name.equals("left")) {
                    lefts++;
                } else if (name.equals("right")) {
                    lefts--;
                    if (lefts < 0) {
                        problems.add("math: \\right without \\left");
                        lefts = 0;
                    }
                } else if (name.equals("begin") || name.equals("end")) {
                    String env = argument(tex, j);
                    if (env == null || !ENVIRONMENTS.contains(env)) {
                        problems.add("math: unknown environment in \\" + name + (env == null ? "" : "{" + env + "}"));
                    } else if (name.equals("begin")) {
                        environments.push(env);
                    } else if (environments.isEmpty() || !environments.pop().equals(env)) {
                        problems.add("math: \\end{" + env + "} does not close the last \\begin");
                    }
                }
                i = j - 1;
            } else if (c == '{') {
                braces++;
            } else if (c == '}') {
                braces--;
                if (braces < 0) {
                    problems.add("math: '}' without '{'");
                    braces = 0;
                }
            } else if (c == '$') {
                problems.add("math: '$' inside a formula");
            }
        }
        if (braces > 0) {
            problems.add("math: " + braces + " '{' not closed");
        }
        if (lefts > 0) {
            problems.add("math: \\left without \\right");
        }
        environments.forEach(env -> problems.add("math: \\begin{" + env + "} not closed"));
        return problems;
    }

    private static String argument(String tex, int from) {
        if (from >= tex.length() || tex.charAt(from) != '{') {
            return null;
        }
        int close = tex.indexOf('}', from);
        return close < 0 ? null : tex.substring(from + 1, close);
    }
}
