package org.backproplab.flashcard.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.backproplab.flashcard.fsrs.CardState;
import org.backproplab.flashcard.fsrs.Rating;

/**
 * The numbers behind the statistics page, per learner day.
 *
 * @param reviewsByDay    the last 30 days, oldest first: reviews per rating
 * @param retentionByDay  the last 30 days: of the reviews of cards in long-term review, the share not
 *                        answered Again (Anki's "true retention"); null on days without such reviews
 * @param cardsByState    every card of the decks by state; suspended ones apart
 * @param forecast        the next 30 days from today: cards falling due each day (overdue ones today)
 */
public record Stats(List<LocalDate> days, List<Map<Rating, Integer>> reviewsByDay, List<Double> retentionByDay,
        Map<CardState, Integer> cardsByState, int suspended, List<LocalDate> forecastDays, List<Integer> forecast) {
}
