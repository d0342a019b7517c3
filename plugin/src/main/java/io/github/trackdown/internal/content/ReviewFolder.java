package io.github.trackdown.internal.content;

import java.util.List;

/**
 * The files of one review year's folder, read but not yet checked.
 *
 * @param year the year the folder is named after
 * @param review {@code review.md}, or {@code null} when the folder has none (reported)
 * @param recommendations every other Markdown file of the folder, in file-name order
 */
public record ReviewFolder(int year, SourceDocument review, List<SourceDocument> recommendations) {

    public ReviewFolder {
        recommendations = List.copyOf(recommendations);
    }
}
