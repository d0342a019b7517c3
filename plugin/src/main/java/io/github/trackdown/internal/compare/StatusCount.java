package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Status;

/**
 * How many recommendations a review gave one status.
 *
 * @param status the status
 * @param count how many recommendations have it
 * @param percent the share of the review's recommendations, rounded to a whole number
 */
public record StatusCount(Status status, int count, int percent) {
}
