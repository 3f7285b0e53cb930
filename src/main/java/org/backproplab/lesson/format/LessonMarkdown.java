package org.backproplab.lesson.format;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The Markdown dialect of lessons: CommonMark plus a few conventions that stay valid CommonMark, so
 * any editor previews them:
 * <ul>
 * <li>inline math as a code span in dollars, {@code `$\frac{a}{b}$`}; display math as a fenced block {@code ```math};</li>
 * <li>links by scheme: {@code [text](term:id)}, {@code [text](exercise:id)}, {@code [text](lesson:id#anchor)};</li>
 * <li>a heading's anchor given as a trailing {@code {#id}} (else made from its text);</li>
 * <li>fenced blocks {@code ```summary quick|standard|detailed} (Markdown inside) and {@code ```dialogue Title}
 * (one {@code Speaker: line} per line), and {@code ```gradcheck} (the gradient check a learner runs).</li>
 * </ul>
 */
public final class LessonMarkdown {
    public static final String SUMMARY = "summary";
    public static final String DIALOGUE = "dialogue";
    public static final String MATH = "math";
    public static final String GRADIENT_CHECK = "gradcheck";
    private static final Pattern ANCHOR = Pattern.compile("\\s*\\{#([a-z0-9][a-z0-9-]*)\\}\\s*$");
    private static final Pattern DIALOGUE_LINE = Pattern.compile("^([A-Z][A-Za-z ]{0,23}):\\s+(\\S.*)$");
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private LessonMarkdown() {
    }

    /** The anchor of a heading, kept as the heading's first child once {@link #parse} read it. */
    public static final class HeadingAnchor extends CustomNode {
        private final String id;

        HeadingAnchor(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** One spoken line of a dialogue. */
    public record Line(String speaker, String text) {
    }

    /** The body parsed, every heading carrying its {@link HeadingAnchor}. */
    public static Node parse(String markdown) {
        Node document = PARSER.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String id = null;
                if (heading.getLastChild() instanceof Text last) {
                    Matcher m = ANCHOR.matcher(last.getLiteral());
                    if (m.find()) {
                        id = m.group(1);
                        last.setLiteral(last.getLiteral().substring(0, m.start()));
                    }
                }
                heading.prependChild(new HeadingAnchor(id != null ? id : slug(plainText(heading))));
            }
        });
        return document;
    }

    /** The anchor of a parsed heading. */
    public static String anchor(Heading heading) {
        return heading.getFirstChild() instanceof HeadingAnchor a ? a.id() : slug(plainText(heading));
    }

    /** The text of a node without its markup. */
    public static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }
        });
        return text.toString();
    }

    /** Lower case ASCII words joined by hyphens: "The chain rule, again" → "the-chain-rule-again". */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "section" : slug;
    }

    /** The TeX of an inline code span written {@code `$…$`}; empty for other code. */
    public static Optional<String> inlineMath(Code code) {
        String s = code.getLiteral();
        return s.length() >= 2 && s.startsWith("$") && s.endsWith("$") ? Optional.of(s.substring(1, s.length() - 1)) : Optional.empty();
    }

    /** A dialogue line, or empty when the line is not {@code Speaker: words}. */
    public static Optional<Line> dialogueLine(String line) {
        Matcher m = DIALOGUE_LINE.matcher(line.strip());
        return m.matches() ? Optional.of(new Line(m.group(1).strip(), m.group(2).strip())) : Optional.empty();
    }

    /** The first word of a fenced block's info string ({@code summary quick} → {@code summary}). */
    public static String kind(String info) {
        String s = info == null ? "" : info.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    /** What follows the first word of a fenced block's info string. */
    public static String argument(String info) {
        String s = info == null ? "" : info.strip();
        int space = s.indexOf(' ');
        return space < 0 ? "" : s.substring(space + 1).strip();
    }
}
