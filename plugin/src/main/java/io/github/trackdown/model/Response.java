package io.github.trackdown.model;

/**
 * A response the addressee of a recommendation may give to it, such as "Accepted in part": the owner's own answer,
 * separate from the reviewer's status. A tracker lists them in {@code tracker.yml}'s {@code responses:}.
 *
 * @param name the response as editors write it in {@code response:} and readers see it
 * @param slug the name in lower case with hyphens, used in anchors and filters
 * @param meaning a one-line definition shown on the statuses page; empty when not given
 * @param rank the position in {@code tracker.yml}, 0 for the first
 */
public record Response(String name, String slug, String meaning, int rank) {
}
