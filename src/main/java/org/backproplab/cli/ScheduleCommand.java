package org.backproplab.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backproplab.flashcard.fsrs.Fsrs;
import org.backproplab.flashcard.fsrs.FsrsParameters;
import org.backproplab.flashcard.fsrs.MemoryCard;
import org.backproplab.flashcard.fsrs.Rating;

/**
 * {@code schedule RATINGS [--start INSTANT] [--retention R]}: a new card answered with each rating in
 * turn, each at the due time the previous answer gave (fuzz off); one JSON line per review.
 */
final class ScheduleCommand implements Command {
    static final Instant DEFAULT_START = Instant.parse("2026-01-05T09:00:00Z");
    private static final int MAX_RATINGS = 10_000;
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+"); // ASCII only: no ２, no NaN
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public String synopsis() {
        return "RATINGS [--start INSTANT] [--retention R]";
    }

    @Override
    public String summary() {
        return "FSRS-6 schedule of a new card for a comma list of again|hard|good|easy (or 1-4)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws UsageException {
        String ratingsText = null;
        Instant start = DEFAULT_START;
        double retention = FsrsParameters.DEFAULT_RETENTION;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--start" -> start = instant(value(args, ++i, "--start needs an instant such as 2026-01-05T09:00:00Z"));
                case "--retention" -> retention = retention(value(args, ++i, "--retention needs a number from 0.70 to 0.97"));
                default -> {
                    if (ratingsText != null || args[i].startsWith("--")) {
                        throw new UsageException("unexpected argument '" + args[i] + "'");
                    }
                    ratingsText = args[i];
                }
            }
        }
        if (ratingsText == null) {
            throw new UsageException("which ratings? a comma list such as good,good,again,easy");
        }
        List<Rating> ratings = ratings(ratingsText);
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults(retention, false));
        MemoryCard card = MemoryCard.fresh(start);
        try {
            for (Rating rating : ratings) {
                Instant at = card.due();
                card = fsrs.next(card, at, rating);
                ObjectNode line = JSON.createObjectNode();
                line.put("rating", rating.label());
                line.put("review", at.toString());
                line.put("state", card.state().label());
                line.put("stability", card.stability());
                line.put("difficulty", card.difficulty());
                line.put("due", card.due().toString());
                line.put("interval_days", card.scheduledDays());
                out.println(JSON.writeValueAsString(line));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return Cli.OK;
    }

    private static String value(String[] args, int i, String missing) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(missing);
        }
        return args[i];
    }

    private static Instant instant(String text) throws UsageException {
        try {
            Instant at = Instant.parse(text);
            if (at.getEpochSecond() < 0 || at.isAfter(Instant.parse("9000-01-01T00:00:00Z"))) {
                throw new UsageException("--start must lie between 1970 and 9000, not '" + text + "'");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new UsageException("--start needs a UTC instant such as 2026-01-05T09:00:00Z, not '" + text + "'");
        }
    }

    private static double retention(String text) throws UsageException {
        if (DECIMAL.matcher(text).matches()) {
            double r = Double.parseDouble(text);
            if (r >= FsrsParameters.MIN_RETENTION && r <= FsrsParameters.MAX_RETENTION) {
                return r;
            }
        }
        throw new UsageException("--retention must be a number from 0.70 to 0.97, not '" + text + "'");
    }

    private static List<Rating> ratings(String text) throws UsageException {
        String[] items = text.split(",", -1);
        if (items.length > MAX_RATINGS) {
            throw new UsageException("at most " + MAX_RATINGS + " ratings");
        }
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            int position = i + 1;
            ratings.add(Rating.parse(item).orElseThrow(() -> new UsageException("rating " + position + " is '"
                    + item.strip().toLowerCase(Locale.ROOT) + "': use again, hard, good, easy or 1-4")));
        }
        return ratings;
    }
}
