package org.backproplab.lesson.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.backproplab.lesson.domain.Glossary;
import org.backproplab.lesson.domain.GlossaryEntry;

/**
 * Plain text (an exercise's feedback, say) as HTML in which the first mention of each glossary term
 * shows its definition on hover and keyboard focus. Everything else is escaped.
 */
public final class TermMarkup {
    private static final int MAX_TEXT = 5_000;
    private final Glossary glossary;
    private final List<Spelling> spellings = new ArrayList<>();

    private record Spelling(Pattern pattern, GlossaryEntry entry) {
    }

    public TermMarkup(Glossary glossary) {
        this.glossary = glossary;
        for (GlossaryEntry e : glossary.entries()) {
            for (String s : e.spellings()) {
                if (s.length() >= 3) { // "δ" and "z" would match everywhere
                    spellings.add(new Spelling(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(s) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), e));
                }
            }
        }
        // Longest first: "binary cross-entropy" before "cross-entropy".
        spellings.sort(Comparator.comparingInt((Spelling s) -> -s.pattern().pattern().length()));
    }

    /** The text escaped, with term tooltips; ids begin with {@code idPrefix}. */
    public String html(String text, String idPrefix) {
        String t = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        boolean[] taken = new boolean[t.length()];
        List<int[]> found = new ArrayList<>(); // start, end, index of spelling
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spellings.size(); i++) {
            Spelling s = spellings.get(i);
            if (seen.contains(s.entry().id())) {
                continue;
            }
            Matcher m = s.pattern().matcher(t);
            while (m.find()) {
                if (!overlaps(taken, m.start(), m.end())) {
                    for (int k = m.start(); k < m.end(); k++) {
                        taken[k] = true;
                    }
                    found.add(new int[] {m.start(), m.end(), i});
                    seen.add(s.entry().id());
                    break;
                }
            }
        }
        found.sort(Comparator.comparingInt(a -> a[0]));
        var renderer = new LessonRenderer(glossary, null, idPrefix);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] f : found) {
            out.append(Escape.text(t.substring(at, f[0])));
            var entry = spellings.get(f[2]).entry();
            out.append(renderer.termTip(entry, Escape.text(t.substring(f[0], f[1])), "glossary#" + entry.id(), false));
            at = f[1];
        }
        out.append(Escape.text(t.substring(at)));
        return out.toString();
    }

    /** The ids of the terms the text mentions, as {@link #html} would mark them. */
    public Set<String> mentioned(String text) {
        Set<String> ids = new HashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Spelling s : spellings) {
            if (s.pattern().matcher(lower).find()) {
                ids.add(s.entry().id());
            }
        }
        return ids;
    }

    private static boolean overlaps(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }
}
