package org.backproplab.dashboard.domain;

/**
 * One student's record on one exercise (or topic): attempts, best mark as a share 0–1, time spent.
 *
 * @param best empty cell when attempts is 0
 */
public record Cell(int attempts, double best, long timeMs, boolean solutionSeen) {
    public static final Cell NONE = new Cell(0, 0, 0, false);

    public boolean started() {
        return attempts > 0;
    }

    /** The mark band 0–4 a colour stands for (0 = under 25 %, 4 = full marks); -1 when not started. */
    public int band() {
        if (!started()) {
            return -1;
        }
        if (best >= 0.9995) {
            return 4;
        }
        return Math.min(3, (int) Math.floor(best * 4));
    }

    /** The mark as a whole per cent, as the matrix prints it. */
    public String percent() {
        return started() ? Math.round(best * 100) + "%" : "–";
    }

    /** What hovering a cell says: attempts, best mark and time. */
    public String details() {
        if (!started()) {
            return "Not started";
        }
        long seconds = Math.round(timeMs / 1000.0);
        String time = seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
        return attempts + (attempts == 1 ? " attempt" : " attempts") + ", best " + percent() + ", " + time
                + (solutionSeen ? ", solution seen" : "");
    }
}
