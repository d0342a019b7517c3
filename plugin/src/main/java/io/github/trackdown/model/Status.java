package io.github.trackdown.model;

/**
 * One assessment a review can give a recommendation, such as "Some progress".
 *
 * @param name the label editors write in {@code status:} and readers see
 * @param slug the name in lower case with hyphens, used in anchors and CSS classes
 * @param meaning a one-line definition shown on the statuses page
 * @param kind whether this is a step on the scale or one of the special statuses
 * @param rank the position in {@code tracker.yml}, 0 for the first (worst)
 */
public record Status(String name, String slug, String meaning, StatusKind kind, int rank) {

    /** Whether this status is a step on the progress scale. */
    public boolean onScale() {
        return kind == StatusKind.SCALE;
    }
}
