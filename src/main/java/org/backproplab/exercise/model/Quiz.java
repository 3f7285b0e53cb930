package org.backproplab.exercise.model;

import java.util.List;

/** A quiz set: exercises taken one after another, with a summary at the end. */
public record Quiz(String id, String title, String text, List<String> exerciseIds, List<Integer> exerciseLines, String path) {
}
