package io.github.trackdown.internal.opendata;

import io.github.trackdown.internal.compare.FollowupComparison;
import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Field;
import io.github.trackdown.model.FieldType;
import io.github.trackdown.model.FieldValue;
import io.github.trackdown.model.Markdown;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Tracker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the open data table from a tracker. */
public final class DataRows {

    /**
     * The follow-up's columns, after the built-in ones and before the tracker's own fields: the response, the target
     * date, the priority and whether it is overdue at that review. Every tracker has them, empty when unused.
     */
    public static final List<List<String>> FOLLOWUP_COLUMNS = List.of(
            List.of("response", "string"),
            List.of("due", "string"),
            List.of("priority", "string"),
            List.of("overdue", "string"));

    private DataRows() {
    }

    /**
     * The table: the built-in columns, described in the tracker's language, then one column per field the tracker
     * declares ({@code fields:} in tracker.yml, described by its label); one row per recommendation per review, in
     * id order then year order. The rows are made on every core; {@code urlOf} and {@code words}
     * must be safe to call from several threads at once.
     *
     * @param urlOf the address of a recommendation's section for a review, absolute when the site's address is
     *     known
     * @param words the interface's words in the tracker's language, by message key
     */
    public static DataTable table(Tracker tracker, Function<Assessment, String> urlOf,
            Function<String, String> words) {
        return table(tracker, urlOf, words, TextForms::plain);
    }

    /**
     * The table, with the plain form of each progress comment and wording from {@code plainOf}: the site converts
     * every comment to HTML first, and keeps its plain form from the same reading of the Markdown. A wording kept
     * from one review to the next is asked for once.
     *
     * @param plainOf the plain form of a comment or a wording, as {@link TextForms#plain(Markdown)} gives it
     */
    public static DataTable table(Tracker tracker, Function<Assessment, String> urlOf,
            Function<String, String> words, Function<Markdown, String> plainOf) {
        List<Field> fields = tracker.vocabulary().fields();
        FollowupComparison followups = new FollowupComparison(tracker);
        Map<Integer, Review> reviews = new HashMap<>();
        tracker.reviews().forEach(review -> reviews.put(review.year(), review));
        // A recommendation kept from one review to the next keeps its wording: each wording is converted once.
        Map<String, String> plainWordings = new ConcurrentHashMap<>();
        List<DataRow> rows = tracker.recommendations().parallelStream()
                .flatMap(recommendation -> recommendation.history().stream().map(assessment -> {
                    Review review = reviews.get(assessment.year());
                    return new DataRow(assessment.id(), assessment.year(), review.published(), review.title(),
                            assessment.title(), assessment.theme().name(), String.join("; ", assessment.owners()),
                            assessment.status().name(), assessment.outcome().name(),
                            plainWordings.computeIfAbsent(assessment.wording().source(),
                                    source -> plainOf.apply(assessment.wording())),
                            plainOf.apply(assessment.comment()),
                            urlOf.apply(assessment),
                            more(assessment, fields, followups));
                })).toList();
        return new DataTable(columns(tracker, words), rows);
    }

    /** The table's columns alone: the built-in ones, then one per field the tracker declares. */
    public static List<DataColumn> columns(Tracker tracker, Function<String, String> words) {
        List<DataColumn> columns = new ArrayList<>(DataColumn.builtIn(words));
        for (List<String> column : FOLLOWUP_COLUMNS) {
            columns.add(new DataColumn(column.get(0), column.get(1), words.apply("data.col." + column.get(0))));
        }
        for (Field field : tracker.vocabulary().fields()) {
            columns.add(new DataColumn(field.name(), datatype(field.type()),
                    field.labelIn(tracker.settings().language())));
        }
        return columns;
    }

    /** The values after the built-in columns: the follow-up's, then the declared fields'. */
    private static List<String> more(Assessment assessment, List<Field> fields, FollowupComparison followups) {
        List<String> values = new ArrayList<>();
        values.add(assessment.followup().response() == null ? "" : assessment.followup().response().name());
        values.add(assessment.followup().due() == null ? "" : assessment.followup().due().written());
        values.add(assessment.followup().priority() ? "yes" : "no");
        values.add(followups.overdue(assessment) ? "yes" : "no");
        fields.forEach(field -> values.add(valueText(assessment, field)));
        return values;
    }

    /**
     * The CSVW datatype of a declared field: numbers as {@code number}, links as {@code anyURI}, dates as
     * {@code date} (a month as its first day, see {@link #valueText}), the rest text.
     */
    private static String datatype(FieldType type) {
        return switch (type) {
            case NUMBER -> "number";
            case LINK -> "anyURI";
            case DATE -> "date";
            default -> "string";
        };
    }

    /**
     * A declared field's value as one line of text; empty when the assessment does not give it. A date given as a
     * month ({@code 2025-03}) is written as its first day ({@code 2025-03-01}), as the column's {@code date}
     * datatype requires, like a review's publication date known only by its month.
     */
    private static String valueText(Assessment assessment, Field field) {
        FieldValue value = assessment.valueOf(field);
        if (value == null) {
            return "";
        }
        if (field.type() == FieldType.DATE && value.text().length() == "YYYY-MM".length()) {
            return value.text() + "-01";
        }
        return value.markdown() != null ? TextForms.plain(value.markdown()) : value.text();
    }
}
