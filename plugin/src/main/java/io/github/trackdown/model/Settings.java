package io.github.trackdown.model;

/**
 * The tracker-wide settings from {@code tracker.yml}.
 *
 * @param title the site's title, shown on every page
 * @param description one or two sentences on what the tracker follows; empty when not given
 * @param publisher the body that publishes the tracker; empty when not given
 * @param language the BCP 47 language tag of the content; defaults to {@code en}
 * @param repository where the content files live, for "Edit this page" links; {@code null} when not given
 */
public record Settings(String title, String description, String publisher, String language,
        SourceRepository repository) {

    /** Settings without a source repository: pages have no "Edit this page" link. */
    public Settings(String title, String description, String publisher, String language) {
        this(title, description, publisher, language, null);
    }
}
