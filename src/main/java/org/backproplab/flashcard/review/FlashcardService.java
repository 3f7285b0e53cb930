package org.backproplab.flashcard.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.backproplab.flashcard.deck.Card;
import org.backproplab.flashcard.deck.DeckFiles;
import org.backproplab.flashcard.fsrs.CardState;
import org.backproplab.flashcard.fsrs.Fsrs;
import org.backproplab.flashcard.fsrs.FsrsParameters;
import org.backproplab.flashcard.fsrs.MemoryCard;
import org.backproplab.flashcard.fsrs.Rating;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One learner's flashcards: what to review next, answering (committed at once), undo, card info,
 * browsing, suspending and resetting, settings and statistics. Every card of the decks belongs to
 * every learner; a card gets a row when first answered, suspended, or brought in by a mistake.
 * New cards without a row are shown up to the daily limit, in deck order.
 */
@Service
public class FlashcardService {
    public static final int DEFAULT_NEW_PER_DAY = 20;
    public static final int MAX_NEW_PER_DAY = 9999;
    /** A learning step due this soon is shown when nothing else is due, as Anki's "learn ahead" limit. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FlashcardRepository repository;
    private final DeckFiles decks;
    private final Clock clock;

    FlashcardService(FlashcardRepository repository, DeckFiles decks, Clock clock) {
        this.repository = repository;
        this.decks = decks;
        this.clock = clock;
    }

    /** A learner's flashcard settings. */
    public record Settings(double desiredRetention, int newPerDay) {
        public Settings {
            if (!(desiredRetention >= FsrsParameters.MIN_RETENTION - 1e-9 && desiredRetention <= FsrsParameters.MAX_RETENTION + 1e-9)) {
                throw new IllegalArgumentException("Desired retention must lie between 0.70 and 0.97.");
            }
            if (newPerDay < 0 || newPerDay > MAX_NEW_PER_DAY) {
                throw new IllegalArgumentException("New cards per day must lie between 0 and " + MAX_NEW_PER_DAY + ".");
            }
        }

        static Settings defaults() {
            return new Settings(FsrsParameters.DEFAULT_RETENTION, DEFAULT_NEW_PER_DAY);
        }
    }

    public DeckFiles decks() {
        return decks;
    }

    @Transactional(readOnly = true)
    public Settings settings(UUID learner) {
        return repository.settings(learner).map(s -> new Settings(s.desiredRetention(), s.newPerDay())).orElseGet(Settings::defaults);
    }

    @Transactional
    public void saveSettings(UUID learner, Settings settings) {
        repository.lockLearner(learner);
        repository.saveSettings(learner, new FlashcardRepository.Settings(settings.desiredRetention(), settings.newPerDay()));
    }

    private Fsrs scheduler(UUID learner) {
        return new Fsrs(FsrsParameters.defaults(settings(learner).desiredRetention(), true));
    }

    /** The next card to show, or empty when nothing is due today. */
    @Transactional(readOnly = true)
    public Optional<Prompt> next(UUID learner, LearnerDay days) {
        Instant now = clock.instant();
        Queue q = queue(learner, days, now);
        Optional<LearnerCard> next = q.learningNow.stream().findFirst()
                .or(() -> q.reviews.stream().findFirst())
                .or(() -> q.mistakeNew.stream().findFirst())
                .or(() -> q.freshNew.stream().findFirst())
                .or(() -> q.learningLater.stream().filter(c -> !c.memory().due().isAfter(now.plus(LEARN_AHEAD))).findFirst());
        Fsrs fsrs = scheduler(learner);
        return next.map(c -> new Prompt(decks.card(c.cardId()).orElseThrow(), c.memory(), fsrs.preview(c.memory(), now), q.counts()));
    }

    /** Whether the learner has any card of their own yet (answered one, or a mistake brought one in). */
    @Transactional(readOnly = true)
    public boolean hasStarted(UUID learner) {
        return !repository.cards(learner).isEmpty();
    }

    /** Counters only. */
    @Transactional(readOnly = true)
    public DueCounts counts(UUID learner, LearnerDay days) {
        return queue(learner, days, clock.instant()).counts();
    }

    /** When the next learning step falls due later today, if any (for "come back at ..."). */
    @Transactional(readOnly = true)
    public Optional<Instant> nextLearningDue(UUID learner, LearnerDay days) {
        return queue(learner, days, clock.instant()).learningLater.stream().map(c -> c.memory().due()).findFirst();
    }

    private record Queue(List<LearnerCard> learningNow, List<LearnerCard> learningLater, List<LearnerCard> reviews,
            List<LearnerCard> mistakeNew, List<LearnerCard> freshNew) {
        DueCounts counts() {
            return new DueCounts(mistakeNew.size() + freshNew.size(), learningNow.size() + learningLater.size(), reviews.size());
        }
    }

    private Queue queue(UUID learner, LearnerDay days, Instant now) {
        Map<String, LearnerCard> rows = repository.cards(learner).stream()
                .filter(c -> decks.card(c.cardId()).isPresent()) // a card dropped from the decks is not shown
                .collect(Collectors.toMap(LearnerCard::cardId, Function.identity()));
        LocalDate today = days.of(now);
        Instant endOfDay = days.start(today.plusDays(1));
        Comparator<LearnerCard> byDue = Comparator.comparing(c -> c.memory().due());
        List<LearnerCard> active = rows.values().stream().filter(c -> !c.suspended()).sorted(byDue).toList();
        var learning = active.stream().filter(c -> c.memory().state() == CardState.LEARNING || c.memory().state() == CardState.RELEARNING)
                .filter(c -> c.memory().due().isBefore(endOfDay)).toList();
        var learningNow = learning.stream().filter(c -> !c.memory().due().isAfter(now)).toList();
        var learningLater = learning.stream().filter(c -> c.memory().due().isAfter(now)).toList();
        var reviews = active.stream().filter(c -> c.memory().state() == CardState.REVIEW && c.memory().due().isBefore(endOfDay)).toList();
        List<String> order = decks.cards().stream().map(Card::id).toList();
        var mistakeNew = active.stream().filter(c -> c.memory().state() == CardState.NEW && c.fromMistake())
                .sorted(byDue.thenComparing(c -> decks.card(c.cardId()).map(Card::mistake).isEmpty()) // the mistake's own card first
                        .thenComparingInt(c -> order.indexOf(c.cardId())))
                .toList();
        int newToday = (int) repository.reviewsSince(learner, days.start(today)).stream().filter(r -> r.before() == CardState.NEW).count();
        int room = Math.max(0, settings(learner).newPerDay() - newToday - mistakeNew.size());
        List<LearnerCard> freshNew = new ArrayList<>();
        for (Card card : decks.cards()) {
            if (freshNew.size() >= room) {
                break;
            }
            LearnerCard row = rows.get(card.id());
            if (row == null) {
                freshNew.add(new LearnerCard(card.id(), MemoryCard.fresh(now), false, false));
            } else if (row.memory().state() == CardState.NEW && !row.suspended() && !row.fromMistake()) {
                freshNew.add(row);
            }
        }
        return new Queue(learningNow, learningLater, reviews, mistakeNew, freshNew);
    }

    /**
     * Answers a card: schedules it with FSRS-6 (fuzz on) and commits the card and a review log line.
     *
     * @return the review's id
     */
    @Transactional
    public long answer(UUID learner, String cardId, Rating rating) {
        decks.card(cardId).orElseThrow(() -> new IllegalArgumentException("no card " + cardId));
        repository.lockLearner(learner);
        Instant now = clock.instant();
        Optional<LearnerCard> row = repository.card(learner, cardId);
        LearnerCard before = row.orElseGet(() -> new LearnerCard(cardId, MemoryCard.fresh(now), false, false));
        MemoryCard after = scheduler(learner).next(before.memory(), now, rating);
        LearnerCard updated = new LearnerCard(cardId, after, before.suspended(), false);
        if (row.isPresent()) {
            repository.update(learner, updated);
        } else {
            repository.insert(learner, updated, now);
        }
        return repository.logReview(learner, cardId, rating, now, before.memory().state(), after, row.map(FlashcardService::json).orElse(null));
    }

    /** Takes back the learner's last answer: the card is as it was, the log line stays but counts no more. */
    @Transactional
    public Optional<String> undo(UUID learner) {
        repository.lockLearner(learner);
        var last = repository.lastReview(learner);
        last.ifPresent(r -> {
            repository.markUndone(r.id(), clock.instant());
            if (r.cardBefore() == null) {
                repository.delete(learner, r.cardId());
            } else {
                repository.update(learner, fromJson(r.cardId(), r.cardBefore()));
            }
        });
        return last.map(FlashcardRepository.LastReview::cardId);
    }

    /** Whether there is an answer to undo. */
    @Transactional(readOnly = true)
    public boolean canUndo(UUID learner) {
        return repository.lastReview(learner).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<CardInfo> info(UUID learner, String cardId) {
        return decks.card(cardId).map(card -> {
            var row = repository.card(learner, cardId);
            MemoryCard memory = row.map(LearnerCard::memory).orElseGet(() -> MemoryCard.fresh(clock.instant()));
            double r = scheduler(learner).retrievability(memory, clock.instant());
            return new CardInfo(card, memory, r, row.map(LearnerCard::suspended).orElse(false), repository.history(learner, cardId));
        });
    }

    /** One line of Browse. */
    public record Listed(Card card, CardState state, Instant due, boolean suspended, boolean fromMistake) {
    }

    /** The cards whose front, back or deck contains the query (case ignored), in deck order. */
    @Transactional(readOnly = true)
    public List<Listed> browse(UUID learner, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Map<String, LearnerCard> rows = repository.cards(learner).stream().collect(Collectors.toMap(LearnerCard::cardId, Function.identity()));
        List<Listed> list = new ArrayList<>();
        for (Card c : decks.cards()) {
            if (q.isEmpty() || (c.front() + "\n" + c.back() + "\n" + c.deck()).toLowerCase(Locale.ROOT).contains(q)) {
                LearnerCard row = rows.get(c.id());
                list.add(row == null ? new Listed(c, CardState.NEW, null, false, false)
                        : new Listed(c, row.memory().state(), row.memory().state() == CardState.NEW ? null : row.memory().due(),
                                row.suspended(), row.fromMistake()));
            }
        }
        return list;
    }

    @Transactional
    public void setSuspended(UUID learner, String cardId, boolean suspended) {
        decks.card(cardId).orElseThrow(() -> new IllegalArgumentException("no card " + cardId));
        repository.lockLearner(learner);
        Instant now = clock.instant();
        var row = repository.card(learner, cardId);
        if (row.isPresent()) {
            var c = row.get();
            repository.update(learner, new LearnerCard(cardId, c.memory(), suspended, c.fromMistake()));
        } else {
            repository.insert(learner, new LearnerCard(cardId, MemoryCard.fresh(now), suspended, false), now);
        }
    }

    /** Forgets what the learner knew of a card: it is new again (its reviews stay in the log). */
    @Transactional
    public void reset(UUID learner, String cardId) {
        repository.lockLearner(learner);
        repository.card(learner, cardId).ifPresent(c -> {
            if (c.suspended()) {
                repository.update(learner, new LearnerCard(cardId, MemoryCard.fresh(clock.instant()), true, false));
            } else {
                repository.delete(learner, cardId);
            }
        });
    }

    /** The cards a mistake brings in: each mistake's card, then the glossary card of the exercise's main topic. */
    public List<Card> cardsFor(List<String> mistakeCodes, String mainTopic) {
        List<Card> cards = new ArrayList<>();
        mistakeCodes.forEach(code -> decks.forMistake(code).ifPresent(cards::add));
        if (!cards.isEmpty() && mainTopic != null) {
            decks.forTopic(mainTopic).filter(c -> !cards.contains(c)).ifPresent(cards::add);
        }
        return cards;
    }

    /**
     * Puts the cards of a graded attempt's mistakes into the learner's deck, due now: a card they
     * never had arrives as new (shown before the daily limit), one they had is made due now.
     */
    @Transactional
    public List<Card> addFromMistakes(UUID learner, List<String> mistakeCodes, String mainTopic) {
        List<Card> cards = cardsFor(mistakeCodes, mainTopic);
        if (cards.isEmpty()) {
            return cards;
        }
        repository.lockLearner(learner);
        Instant now = clock.instant();
        for (Card card : cards) {
            var row = repository.card(learner, card.id());
            if (row.isEmpty()) {
                repository.insert(learner, new LearnerCard(card.id(), MemoryCard.fresh(now), false, true), now);
            } else {
                var c = row.get();
                MemoryCard m = c.memory();
                if (m.state() == CardState.NEW) {
                    repository.update(learner, new LearnerCard(card.id(), MemoryCard.fresh(now), c.suspended(), true));
                } else if (m.due().isAfter(now)) {
                    repository.update(learner, new LearnerCard(card.id(), new MemoryCard(m.state(), now, m.stability(), m.difficulty(),
                            m.learningStep(), m.scheduledDays(), m.reps(), m.lapses(), m.lastReview()), c.suspended(), c.fromMistake()));
                }
            }
        }
        return cards;
    }

    static final int CHART_DAYS = 30;

    /** The learner's flashcard work at a glance, for their teacher's drill-down (the teacher's access is checked there). */
    @Transactional(readOnly = true)
    public Activity activity(UUID learner) {
        Instant now = clock.instant();
        List<ReviewEntry> recent = repository.reviewsSince(learner, now.minus(Duration.ofDays(CHART_DAYS)));
        int learned = (int) recent.stream().filter(ReviewEntry::ofLearnedCard).count();
        int remembered = (int) recent.stream().filter(ReviewEntry::remembered).count();
        List<LearnerCard> cards = repository.cards(learner).stream().filter(c -> decks.card(c.cardId()).isPresent()).toList();
        Instant last = cards.stream().map(c -> c.memory().lastReview()).filter(t -> t != null).max(Comparator.naturalOrder()).orElse(null);
        int learning = (int) cards.stream().filter(c -> c.memory().state() == CardState.LEARNING || c.memory().state() == CardState.RELEARNING).count();
        int inReview = (int) cards.stream().filter(c -> c.memory().state() == CardState.REVIEW).count();
        int due = (int) cards.stream().filter(c -> !c.suspended() && (c.memory().state() != CardState.NEW || c.fromMistake()))
                .filter(c -> !c.memory().due().isAfter(now)).count();
        List<String> mistakes = cards.stream().map(c -> decks.card(c.cardId()).orElseThrow().mistake())
                .filter(m -> m != null).distinct().sorted().toList();
        return new Activity(recent.size(), learned, remembered, last, learning, inReview, due, mistakes);
    }

    @Transactional(readOnly = true)
    public Stats stats(UUID learner, LearnerDay days) {
        Instant now = clock.instant();
        LocalDate today = days.of(now);
        LocalDate first = today.minusDays(CHART_DAYS - 1);
        List<LocalDate> past = first.datesUntil(today.plusDays(1)).toList();
        Map<LocalDate, Map<Rating, Integer>> byDay = new LinkedHashMap<>();
        Map<LocalDate, int[]> retention = new LinkedHashMap<>();
        past.forEach(d -> {
            Map<Rating, Integer> m = new EnumMap<>(Rating.class);
            for (Rating r : Rating.values()) {
                m.put(r, 0);
            }
            byDay.put(d, m);
            retention.put(d, new int[2]);
        });
        for (ReviewEntry r : repository.reviewsSince(learner, days.start(first))) {
            LocalDate d = days.of(r.reviewedAt());
            if (byDay.containsKey(d)) {
                byDay.get(d).merge(r.rating(), 1, Integer::sum);
                if (r.ofLearnedCard()) {
                    retention.get(d)[1]++;
                }
                if (r.remembered()) {
                    retention.get(d)[0]++;
                }
            }
        }
        List<Double> retentionByDay = past.stream().map(d -> retention.get(d)[1] == 0 ? null : retention.get(d)[0] / (double) retention.get(d)[1]).toList();
        Map<String, LearnerCard> rows = repository.cards(learner).stream().filter(c -> decks.card(c.cardId()).isPresent())
                .collect(Collectors.toMap(LearnerCard::cardId, Function.identity()));
        Map<CardState, Integer> byState = new EnumMap<>(CardState.class);
        for (CardState s : CardState.values()) {
            byState.put(s, 0);
        }
        int suspended = 0;
        for (Card c : decks.cards()) {
            LearnerCard row = rows.get(c.id());
            if (row != null && row.suspended()) {
                suspended++;
            } else {
                byState.merge(row == null ? CardState.NEW : row.memory().state(), 1, Integer::sum);
            }
        }
        List<LocalDate> ahead = today.datesUntil(today.plusDays(CHART_DAYS)).toList();
        Map<LocalDate, Integer> forecast = new LinkedHashMap<>();
        ahead.forEach(d -> forecast.put(d, 0));
        for (LearnerCard c : rows.values()) {
            if (!c.suspended() && c.memory().state() != CardState.NEW) {
                LocalDate d = days.of(c.memory().due());
                forecast.computeIfPresent(d.isBefore(today) ? today : d, (k, v) -> v + 1);
            }
        }
        return new Stats(past, past.stream().map(byDay::get).toList(), retentionByDay, byState, suspended, ahead,
                ahead.stream().map(forecast::get).toList());
    }

    private static String json(LearnerCard c) {
        MemoryCard m = c.memory();
        var node = JSON.createObjectNode().put("state", m.state().name()).put("due", m.due().toString()).put("stability", m.stability())
                .put("difficulty", m.difficulty()).put("learningStep", m.learningStep()).put("scheduledDays", m.scheduledDays())
                .put("reps", m.reps()).put("lapses", m.lapses()).put("lastReview", m.lastReview() == null ? null : m.lastReview().toString())
                .put("suspended", c.suspended()).put("fromMistake", c.fromMistake());
        return node.toString();
    }

    private static LearnerCard fromJson(String cardId, String json) {
        try {
            JsonNode n = JSON.readTree(json);
            var m = new MemoryCard(CardState.valueOf(n.get("state").asText()), Instant.parse(n.get("due").asText()),
                    n.get("stability").asDouble(), n.get("difficulty").asDouble(), n.get("learningStep").asInt(),
                    n.get("scheduledDays").asInt(), n.get("reps").asInt(), n.get("lapses").asInt(),
                    n.get("lastReview").isNull() ? null : Instant.parse(n.get("lastReview").asText()));
            return new LearnerCard(cardId, m, n.get("suspended").asBoolean(), n.get("fromMistake").asBoolean());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a review's saved card cannot be read", e);
        }
    }
}
