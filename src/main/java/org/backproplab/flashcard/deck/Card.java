package org.backproplab.flashcard.deck;

/**
 * One flashcard. Front and back are text in which {@code $...$} is TeX math.
 *
 * @param topic   the topic (exercises/topics.yaml) whose glossary card this is; null for most cards
 * @param mistake the mistake code (M01...) this card explains; null for most cards
 */
public record Card(String id, String deck, String front, String back, String topic, String mistake) {
}
