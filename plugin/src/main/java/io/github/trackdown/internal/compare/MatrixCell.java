package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Assessment;

/**
 * One recommendation in one review year of the {@link StatusMatrix}.
 *
 * @param year the review year
 * @param assessment the recommendation in that review, or {@code null} when it does not appear in it
 * @param change how it moved since the review before, or {@code null} when it does not appear
 * @param removedEarlier whether it is absent because an earlier review removed or closed it
 */
public record MatrixCell(int year, Assessment assessment, Change change, boolean removedEarlier) {
}
