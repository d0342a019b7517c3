package io.github.trackdown.model;

/**
 * The tracker-wide settings from {@code tracker.yml}.
 *
 * @param title the site's title, shown on every page
 * @param description one or two sentences on what the tracker follows; empty when not given
 * @param publisher the body that publishes the tracker; empty when not given
 * @param language the BCP 47 language tag of the content; defaults to {@code en}
 * @param repository where the content files live, for "Edit this page" links; {@code null} when not given
 * @param translations the content folders of the same tracker in other languages, as written in tracker.yml
 *     (relative to the content folder); empty when the tracker has one language (the default)
 * @param publication the licence, contact, privacy notice and accessibility facts; {@link Publication#NONE} when
 *     none is given (the default)
 * @param abbreviations what each abbreviation used in the content stands for ({@code CDDO} to {@code Central
 *     Digital and Data Office}), in the order written; pages mark the first use of each with {@code <abbr>}; empty
 *     when none are declared (the default)
 */
public record Settings(String title, String description, String publisher, String language,
        SourceRepository repository, java.util.List<String> translations, Publication publication,
        java.util.Map<String, String> abbreviations) {

    public Settings {
        translations = java.util.List.copyOf(translations);
        java.util.Objects.requireNonNull(publication, "publication");
        abbreviations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(abbreviations));
    }

    /** Settings without abbreviations. */
    public Settings(String title, String description, String publisher, String language,
            SourceRepository repository, java.util.List<String> translations, Publication publication) {
        this(title, description, publisher, language, repository, translations, publication, java.util.Map.of());
    }

    /** Settings without a licence, contact, accessibility statement or abbreviations. */
    public Settings(String title, String description, String publisher, String language,
            SourceRepository repository, java.util.List<String> translations) {
        this(title, description, publisher, language, repository, translations, Publication.NONE);
    }

    /** Settings in one language. */
    public Settings(String title, String description, String publisher, String language,
            SourceRepository repository) {
        this(title, description, publisher, language, repository, java.util.List.of());
    }

    /** Settings in one language without a source repository: pages have no "Edit this page" link. */
    public Settings(String title, String description, String publisher, String language) {
        this(title, description, publisher, language, null);
    }
}
