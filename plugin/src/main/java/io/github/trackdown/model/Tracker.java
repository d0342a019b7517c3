package io.github.trackdown.model;

import java.util.List;

/**
 * A whole tracker, checked: its settings, its vocabulary, its reviews and its recommendations.
 *
 * @param settings the site-wide settings
 * @param vocabulary the allowed statuses, outcomes and themes
 * @param reviews every review, oldest first; never empty
 * @param recommendations every recommendation that appears in any review, in natural id order
 * @param attachments the files beside the Markdown files (images, documents) that the site publishes, as paths
 *     relative to the content folder, sorted
 */
public record Tracker(Settings settings, Vocabulary vocabulary, List<Review> reviews,
        List<Recommendation> recommendations, List<String> attachments) {

    public Tracker {
        reviews = List.copyOf(reviews);
        recommendations = List.copyOf(recommendations);
        attachments = List.copyOf(attachments);
    }

    /** The most recent review. */
    public Review latestReview() {
        return reviews.get(reviews.size() - 1);
    }

    /** The review years, oldest first. */
    public List<Integer> years() {
        return reviews.stream().map(Review::year).toList();
    }
}
