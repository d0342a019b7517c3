package io.github.trackdown.model;

/**
 * What a review decided about a recommendation itself, such as "Retained" or "Revised".
 *
 * @param name the label editors write in {@code outcome:} and readers see
 * @param slug the name in lower case with hyphens
 * @param meaning a one-line definition shown on the statuses page
 * @param removes whether this outcome ends the recommendation: it must not appear in a later review
 */
public record Outcome(String name, String slug, String meaning, boolean removes) {
}
