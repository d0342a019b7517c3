package io.github.trackdown.model;

/**
 * The tracker-wide settings from {@code tracker.yml}.
 *
 * @param title the site's title, shown on every page
 * @param description one or two sentences on what the tracker follows; empty when not given
 * @param publisher the body that publishes the tracker; empty when not given
 * @param language the BCP 47 language tag of the content; defaults to {@code en}
 */
public record Settings(String title, String description, String publisher, String language) {
}
