package io.github.trackdown.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One yearly review: when it was published, what it found, and its assessment of every recommendation.
 *
 * @param year the review year, from the name of its folder
 * @param title the title of the review's publication
 * @param published the publication date; the first day of its month when only the month is known
 * @param publishedMonthOnly whether the review gives only the month of publication ({@code published: 2024-07}),
 *     so that pages write "July 2024" instead of a day that no source gives
 * @param source the address of the publication; empty when not given
 * @param summary what the review found, from the body of {@code review.md}
 * @param assessments one per recommendation in the review, in id order
 * @param draft whether {@code review.md} says {@code draft: true}: the review is then shown only in the preview;
 *     defaults to {@code false}
 */
public record Review(int year, String title, LocalDate published, boolean publishedMonthOnly, String source, Markdown summary,
        List<Assessment> assessments, boolean draft) {

    public Review {
        assessments = List.copyOf(assessments);
    }

    /** A review that is not a draft. */
    public Review(int year, String title, LocalDate published, boolean publishedMonthOnly, String source,
            Markdown summary, List<Assessment> assessments) {
        this(year, title, published, publishedMonthOnly, source, summary, assessments, false);
    }
}
