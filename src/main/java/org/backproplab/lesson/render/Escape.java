package org.backproplab.lesson.render;

/** HTML escaping for text and attribute values written by hand next to commonmark's own output. */
final class Escape {
    private Escape() {
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String attr(String s) {
        return text(s);
    }
}
