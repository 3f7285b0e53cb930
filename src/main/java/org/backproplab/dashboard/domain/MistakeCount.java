package org.backproplab.dashboard.domain;

/** How often a mistake code was detected on an exercise (over a class). */
public record MistakeCount(String exerciseId, String code, int count) {
}
