package org.backproplab.dashboard.ui;

/**
 * The matrix's colour scale: one hue (blue), lighter to darker as the mark grows, so it reads the same
 * to every kind of colour vision and in grey; the number is always printed on it (colour is never
 * the only carrier). Every shade keeps dark text above 4.5:1 contrast, in either theme.
 */
final class MarkColours {
    static final String TEXT = "#111111";
    private static final String[] BANDS = {"#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6"};
    private static final String[] LABELS = {"under 25%", "25–49%", "50–74%", "75–99%", "100%"};
    /** Mistake counts: one orange hue, lighter to darker. */
    private static final String[] COUNTS = {"#fff5eb", "#fdd0a2", "#fdae6b", "#fd8d3c"};

    private MarkColours() {
    }

    static String band(int band) {
        return band < 0 ? "transparent" : BANDS[band];
    }

    static String label(int band) {
        return LABELS[band];
    }

    static int bands() {
        return BANDS.length;
    }

    /** The shade of a count out of the largest count shown. */
    static String count(int count, int max) {
        if (count == 0 || max == 0) {
            return "transparent";
        }
        return COUNTS[Math.min(COUNTS.length - 1, 1 + (int) Math.floor((COUNTS.length - 1) * (count - 1) / (double) max))];
    }

    /** An inline style for a cell of the given background. */
    static String style(String background) {
        return "transparent".equals(background) ? "display:block;padding:0 var(--lumo-space-xs);text-align:center"
                : "display:block;padding:0 var(--lumo-space-xs);text-align:center;border-radius:var(--lumo-border-radius-s);color:"
                        + TEXT + ";background:" + background;
    }
}
