package io.github.trackdown.internal.content;

import java.util.List;

/**
 * Everything read from a content folder, before it is checked.
 *
 * @param trackerFile the name of {@code tracker.yml} in messages
 * @param settings the contents of {@code tracker.yml}; {@code null} when it is missing or unreadable (reported)
 * @param reviews one per year folder, oldest first
 * @param attachments the other files of the year folders (images, documents), as content paths, sorted
 */
public record LoadedContent(String trackerFile, YamlValue settings, List<ReviewFolder> reviews,
        List<String> attachments) {

    public LoadedContent {
        reviews = List.copyOf(reviews);
        attachments = List.copyOf(attachments);
    }
}
