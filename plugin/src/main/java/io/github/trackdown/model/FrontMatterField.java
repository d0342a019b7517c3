package io.github.trackdown.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The built-in front-matter fields of a recommendation file: the one table that the checker, the scaffolder, the
 * data exports, the JSON Schema and the README's table of settings follow.
 *
 * <p>Each field states its key (also its CSV column and JSON property), its type, whether it is required, whether
 * {@code new-review} carries it into the next review, its column's place in {@code recommendations.csv}, how its
 * value is read off an {@link Assessment}, and what editors write. Code that treats fields one by one switches over
 * this enum, so a new field is a compile error wherever it is not handled. Fields a tracker declares itself are
 * {@link Field}s.
 */
public enum FrontMatterField {
    /** The id, the same in every review. */
    ID("id", FieldType.TEXT, true, 0, a -> List.of(a.id()),
            "The recommendation's short id, **the same in every year**, e.g. `R7`. Letters, digits, `-` and `_` only."),
    /** The short title. */
    TITLE("title", FieldType.TEXT, true, 2, a -> List.of(a.title()), "Its short title that year."),
    /** One of the tracker's themes. */
    THEME("theme", FieldType.CHOICE, true, 3, a -> List.of(a.theme().name()),
            "One of the themes listed in `tracker.yml`."),
    /** One of the tracker's statuses: set anew by each review, so not carried forward. */
    STATUS("status", FieldType.CHOICE, false, 5, a -> List.of(a.status().name()),
            "One of the statuses listed in `tracker.yml`, e.g. `Some progress`."),
    /** One of the tracker's outcomes: set anew by each review, so not carried forward. */
    OUTCOME("outcome", FieldType.CHOICE, false, 6, a -> List.of(a.outcome().name()),
            "One of the outcomes listed in `tracker.yml`, e.g. `Retained`."),
    /** The bodies the recommendation is addressed to. */
    OWNERS("owners", FieldType.LIST, true, 4, Assessment::owners,
            "The bodies the recommendation is addressed to: one per line, each starting with `- `. A single body can be"
                    + " written on the same line: `owners: Cabinet Office`."),
    /** The addressee's response: one of the tracker's responses; carried forward. */
    RESPONSE("response", FieldType.CHOICE, false, true, 12,
            a -> a.followup().response() == null ? List.of() : List.of(a.followup().response().name()),
            "The addressee's own response, one of the `responses` listed in `tracker.yml`, e.g. `Accepted in part`."
                    + " Its words go under a heading `## Response`."),
    /** The target date; carried forward. */
    DUE("due", FieldType.DATE, false, true, 13,
            a -> a.followup().due() == null ? List.of() : List.of(a.followup().due().written()),
            "The target date: a day, `2025-03-31`, or a month, `2025-03`."),
    /** Whether it is a priority recommendation; carried forward. */
    PRIORITY("priority", FieldType.YES_NO, false, true, 14,
            a -> a.followup().priority() ? List.of("yes") : List.of(),
            "`true` for a priority recommendation."),
    /** The evidence this review's file lists: dated items, each review's own, so not carried forward. */
    EVIDENCE("evidence", FieldType.LIST, false, false, -1,
            a -> a.followup().evidence().stream().map(e -> e.date().written() + " " + e.title()).toList(),
            "What was done towards it, one item per line starting with `- date:`, then `title:` and an optional"
                    + " `link:` (`https://` only)."),
    /** Whether the file is a draft, left out of the published site: never carried forward. */
    DRAFT("draft", FieldType.YES_NO, false, false, -1, a -> a.draft() ? List.of("yes") : List.of(),
            "`true` keeps the file out of the published site; the preview shows it with a *Draft* banner.");

    private final String key;
    private final FieldType type;
    private final boolean required;
    private final boolean carried;
    private final int csvColumn;
    private final Function<Assessment, List<String>> valuesIn;
    private final String help;

    FrontMatterField(String key, FieldType type, boolean carried, int csvColumn,
            Function<Assessment, List<String>> valuesIn, String help) {
        this(key, type, true, carried, csvColumn, valuesIn, help);
    }

    FrontMatterField(String key, FieldType type, boolean required, boolean carried, int csvColumn,
            Function<Assessment, List<String>> valuesIn, String help) {
        this.key = key;
        this.type = type;
        this.required = required;
        this.carried = carried;
        this.csvColumn = csvColumn;
        this.valuesIn = valuesIn;
        this.help = help;
    }

    /** The front-matter key, which is also the CSV column's and the JSON property's name. */
    public String key() {
        return key;
    }

    /** What kind of value it holds. */
    public FieldType type() {
        return type;
    }

    /** Whether every recommendation file must give it: the first six are required, the others optional. */
    public boolean required() {
        return required;
    }

    /** Whether {@code new-review} copies the latest value into the next review's file. */
    public boolean carried() {
        return carried;
    }

    /**
     * The column's place in {@code recommendations.csv}, from 0 (the {@code year} column is 1); -1 for a field that
     * has no column there (the evidence log and the draft mark).
     */
    public int csvColumn() {
        return csvColumn;
    }

    /** The field's value in an assessment, as editors wrote it; several only for a list; none when not given. */
    public List<String> valuesIn(Assessment assessment) {
        return valuesIn.apply(assessment);
    }

    /** What editors write, as the README's table of settings says it (Markdown). */
    public String help() {
        return help;
    }

    /** Every key, in the order of the table: the order files are written and messages list them. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(FrontMatterField::key).toList();
    }

    /** The fields in the order of their CSV columns. */
    public static List<FrontMatterField> inCsvOrder() {
        return Arrays.stream(values()).filter(field -> field.csvColumn >= 0)
                .sorted(Comparator.comparingInt(FrontMatterField::csvColumn)).toList();
    }
}
