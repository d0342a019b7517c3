package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Status;

/**
 * How many recommendations a review gave one status.
 *
 * @param status the status
 * @param count how many recommendations have it
 * @param percent the share of the review's recommendations, a whole number; a review's shares add up to 100
 *     ({@link Percentages})
 */
public record StatusCount(Status status, int count, int percent) {
}
