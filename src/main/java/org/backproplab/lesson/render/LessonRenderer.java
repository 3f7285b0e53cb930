package org.backproplab.lesson.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backproplab.lesson.domain.Glossary;
import org.backproplab.lesson.domain.GlossaryEntry;
import org.backproplab.lesson.format.LessonMarkdown;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Turns a lesson's Markdown into HTML for the page. Raw HTML in the content is escaped (shown as
 * text, never run); links are only what the lesson dialect allows (terms, exercises, lessons,
 * sections, https); math goes to the {@code bpl-math} element, which KaTeX fills in the browser.
 * A term link carries the term's definition as a tooltip shown on hover and on keyboard focus.
 */
public final class LessonRenderer {
    private final Glossary glossary;
    private final String lessonId;
    private final String idPrefix;
    private int tips;

    /**
     * @param lessonId the lesson whose {@code #section} links these are (null outside a lesson)
     * @param idPrefix makes the tooltips' element ids unique on the page
     */
    public LessonRenderer(Glossary glossary, String lessonId, String idPrefix) {
        this.glossary = glossary;
        this.lessonId = lessonId;
        this.idPrefix = idPrefix;
    }

    /** The lesson body cut into parts: HTML between the summary and dialogue blocks. */
    public List<LessonPart> parts(String markdown) {
        Node document = LessonMarkdown.parse(markdown);
        List<LessonPart> parts = new ArrayList<>();
        Document pending = new Document();
        Map<String, String> summaries = new LinkedHashMap<>();
        for (Node n = document.getFirstChild(); n != null;) {
            Node next = n.getNext();
            String kind = n instanceof FencedCodeBlock f ? LessonMarkdown.kind(f.getInfo()) : "";
            if (kind.equals(LessonMarkdown.GRADIENT_CHECK)) {
                flush(pending, parts);
                pending = new Document();
                parts.add(new LessonPart.GradientCheck());
            } else if (kind.equals(LessonMarkdown.SUMMARY) || kind.equals(LessonMarkdown.DIALOGUE)) {
                flush(pending, parts);
                pending = new Document();
                var block = (FencedCodeBlock) n;
                if (kind.equals(LessonMarkdown.SUMMARY)) {
                    if (summaries.isEmpty()) {
                        parts.add(new LessonPart.Summaries(summaries)); // filled by the summaries that follow
                    }
                    summaries.put(LessonMarkdown.argument(block.getInfo()), html(block.getLiteral()));
                } else {
                    parts.add(new LessonPart.Dialogue(LessonMarkdown.argument(block.getInfo()), block.getLiteral().lines()
                            .map(LessonMarkdown::dialogueLine).flatMap(Optional::stream).toList()));
                }
            } else {
                pending.appendChild(n);
            }
            n = next;
        }
        flush(pending, parts);
        return parts;
    }

    private void flush(Document pending, List<LessonPart> parts) {
        if (pending.getFirstChild() != null) {
            parts.add(new LessonPart.Html("<div class=\"bpl-lesson-text\">" + renderer(false).render(pending) + "</div>"));
        }
    }

    /** Markdown to HTML, in one element. */
    public String html(String markdown) {
        return "<div class=\"bpl-lesson-text\">" + renderer(false).render(LessonMarkdown.parse(markdown)) + "</div>";
    }

    /** Markdown of one paragraph (a definition) to inline HTML; term links as plain emphasis, as in a tooltip. */
    String inline(String markdown) {
        Node doc = LessonMarkdown.parse(markdown);
        StringBuilder out = new StringBuilder();
        HtmlRenderer r = renderer(true);
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p) {
                for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                    out.append(r.render(c));
                }
            } else {
                out.append(r.render(n));
            }
        }
        return out.toString().strip();
    }

    private HtmlRenderer renderer(boolean plainTerms) {
        return HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading h) {
                        attributes.put("id", LessonMarkdown.anchor(h));
                    }
                })
                .nodeRendererFactory(context -> new Custom(context, plainTerms)).build();
    }

    /** The tooltip of a term: its name and definition, as the lesson and the feedback show it. */
    String termTip(GlossaryEntry entry, String linkText, String href, boolean routed) {
        String tipId = idPrefix + "-tip-" + (++tips);
        return "<span class=\"bpl-term-wrap\"><a class=\"bpl-term\" href=\"" + Escape.attr(href) + "\""
                + (routed ? " router-link" : "") + " aria-describedby=\"" + tipId + "\">" + linkText + "</a>"
                + "<span class=\"bpl-term-tip\" role=\"tooltip\" id=\"" + tipId + "\"><strong>" + Escape.text(entry.term())
                + "</strong>: " + new LessonRenderer(glossary, lessonId, idPrefix + "-d" + tips).inline(entry.definition())
                + "</span></span>";
    }

    private final class Custom implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final boolean plainTerms;

        Custom(HtmlNodeRendererContext context, boolean plainTerms) {
            this.context = context;
            this.html = context.getWriter();
            this.plainTerms = plainTerms;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Code.class, FencedCodeBlock.class, Link.class, LessonMarkdown.HeadingAnchor.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof Code code) {
                var tex = LessonMarkdown.inlineMath(code);
                if (tex.isPresent()) {
                    html.raw("<bpl-math tex=\"" + Escape.attr(tex.get()) + "\"></bpl-math>");
                } else {
                    html.tag("code");
                    html.text(code.getLiteral());
                    html.tag("/code");
                }
            } else if (node instanceof FencedCodeBlock block) {
                if (LessonMarkdown.kind(block.getInfo()).equals(LessonMarkdown.MATH)) {
                    html.line();
                    html.raw("<div class=\"bpl-display-math\"><bpl-math display tex=\"" + Escape.attr(block.getLiteral().strip())
                            + "\"></bpl-math></div>");
                    html.line();
                } else {
                    html.line();
                    html.raw("<pre><code>");
                    html.text(block.getLiteral());
                    html.raw("</code></pre>");
                    html.line();
                }
            } else if (node instanceof Link link) {
                link(link);
            }
            // a HeadingAnchor renders nothing: the heading's id attribute carries it
        }

        private void link(Link link) {
            String d = link.getDestination() == null ? "" : link.getDestination();
            int colon = d.indexOf(':');
            String scheme = colon < 0 ? "" : d.substring(0, colon);
            String rest = colon < 0 ? d : d.substring(colon + 1);
            switch (scheme) {
                case "term" -> {
                    var entry = glossary.entry(rest);
                    if (entry.isEmpty() || plainTerms) {
                        html.tag("em");
                        children(link);
                        html.tag("/em");
                    } else {
                        html.raw(termTip(entry.get(), childrenHtml(link), "glossary#" + rest, false));
                    }
                }
                case "exercise" -> anchor("practice/exercise/" + rest, link, true, Map.of("class", "bpl-exercise-link"));
                case "lesson" -> anchor("learn/" + rest, link, !rest.contains("#"), Map.of());
                case "https", "http" -> anchor(d, link, false, Map.of("rel", "noopener noreferrer"));
                default -> {
                    if (d.startsWith("#") && lessonId != null) {
                        anchor("learn/" + lessonId + d, link, false, Map.of());
                    } else {
                        children(link); // not a link the dialect allows: its text only
                    }
                }
            }
        }

        private void anchor(String href, Link link, boolean routed, Map<String, String> extra) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("href", href);
            attrs.putAll(extra);
            if (routed) {
                attrs.put("router-link", "");
            }
            html.tag("a", attrs);
            children(link);
            html.tag("/a");
        }

        private void children(Node parent) {
            for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                context.render(c);
            }
        }

        private String childrenHtml(Node parent) {
            StringBuilder out = new StringBuilder();
            HtmlRenderer r = renderer(plainTerms);
            for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                out.append(r.render(c));
            }
            return out.toString();
        }
    }
}
