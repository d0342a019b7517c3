package io.github.trackdown.internal.opendata;

import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Tracker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the rows of the open data table from a tracker. */
public final class DataRows {

    private DataRows() {
    }

    /**
     * The table: the built-in columns, described in the tracker's language, and one row per recommendation per
     * review.
     *
     * @param urlOf the address of a recommendation's section for a review, absolute when the site's address is
     *     known
     * @param words the interface's words in the tracker's language, by message key
     */
    public static DataTable table(Tracker tracker, Function<Assessment, String> urlOf,
            Function<String, String> words) {
        return new DataTable(DataColumn.builtIn(words), of(tracker, urlOf));
    }

    /**
     * One row per recommendation per review, in id order then year order.
     *
     * @param urlOf the address of a recommendation's section for a review, absolute when the site's address is
     *     known
     */
    public static List<DataRow> of(Tracker tracker, Function<Assessment, String> urlOf) {
        Map<Integer, Review> reviews = new HashMap<>();
        tracker.reviews().forEach(review -> reviews.put(review.year(), review));
        List<DataRow> rows = new ArrayList<>();
        for (Recommendation recommendation : tracker.recommendations()) {
            for (Assessment assessment : recommendation.history()) {
                Review review = reviews.get(assessment.year());
                LocalDate published = review.published();
                rows.add(new DataRow(assessment.id(), assessment.year(), published, review.title(),
                        assessment.title(), assessment.theme().name(), String.join("; ", assessment.owners()),
                        assessment.status().name(), assessment.outcome().name(), TextForms.plain(assessment.wording()),
                        TextForms.plain(assessment.comment()), urlOf.apply(assessment), List.of()));
            }
        }
        return rows;
    }
}
