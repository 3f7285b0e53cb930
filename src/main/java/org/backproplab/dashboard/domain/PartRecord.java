package org.backproplab.dashboard.domain;

/** One part of an attempt: the answer given, its verdict and mark, and the mistake named (or null). */
public record PartRecord(String partId, String answer, String status, double mark, String mistakeCode) {
}
