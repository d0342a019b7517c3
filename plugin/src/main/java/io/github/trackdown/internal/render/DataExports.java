package io.github.trackdown.internal.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.trackdown.internal.opendata.JsonStrings;
import io.github.trackdown.internal.opendata.TextForms;
import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.FieldType;
import io.github.trackdown.model.FieldValue;
import io.github.trackdown.internal.compare.FollowupComparison;
import io.github.trackdown.model.Evidence;
import io.github.trackdown.model.FrontMatterField;
import io.github.trackdown.model.Outcome;
import io.github.trackdown.model.Publication.Licence;
import io.github.trackdown.model.Markdown;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.Theme;
import io.github.trackdown.model.Tracker;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The whole tracker as JSON, and the search page's index. (The table of rows, in CSV and ODS, is written by the
 * {@code io.github.trackdown.internal.opendata} package.)
 *
 * <p>The JSON is written with Jackson's streaming generator, fields always in the same order, so the same tracker
 * gives the same bytes. It follows the schema published beside it ({@link SchemaOutput}). Wording and comments are
 * Markdown without the line breaks editors type inside paragraphs ({@link TextForms#unwrapped}).
 */
final class DataExports {

    private static final JsonFactory JSON = new JsonFactory();

    private DataExports() {
    }

    /** The number of rows of the CSV file, without the header. */
    static int csvRows(Tracker tracker) {
        return tracker.recommendations().stream().mapToInt(r -> r.history().size()).sum();
    }

    /**
     * The whole tracker as JSON.
     *
     * @param urlOf the address of a recommendation's section for a review year, relative or absolute
     * @param reviewUrlOf the address of a review's page
     * @param unwrappedOf the unwrapped form of a wording or a progress comment, as {@link TextForms#unwrapped}
     *     gives it
     */
    static void json(Tracker tracker, Function<Assessment, String> urlOf, Function<Review, String> reviewUrlOf,
            Function<Markdown, String> unwrappedOf, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("title", tracker.settings().title());
            json.writeStringField("description", tracker.settings().description());
            json.writeStringField("publisher", tracker.settings().publisher());
            json.writeStringField("language", tracker.settings().language());
            json.writeStringField("updated", tracker.settings().publication().lastUpdated(tracker).toString());
            Licence licence = tracker.settings().publication().licence();
            if (licence != null) {
                json.writeObjectFieldStart("licence");
                json.writeStringField("name", licence.name());
                json.writeStringField("url", licence.url());
                json.writeStringField("copyright", licence.copyright());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("statuses");
            for (Status status : tracker.vocabulary().statuses()) {
                json.writeStartObject();
                json.writeStringField("name", status.name());
                json.writeStringField("meaning", status.meaning());
                json.writeStringField("kind", status.kind().name().toLowerCase(Locale.ROOT));
                json.writeNumberField("rank", status.rank());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("outcomes");
            for (Outcome outcome : tracker.vocabulary().outcomes()) {
                json.writeStartObject();
                json.writeStringField("name", outcome.name());
                json.writeStringField("meaning", outcome.meaning());
                json.writeBooleanField("removes", outcome.removes());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("themes");
            for (Theme theme : tracker.vocabulary().themes()) {
                json.writeStartObject();
                json.writeStringField("name", theme.name());
                json.writeStringField("description", theme.description());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (!tracker.vocabulary().responses().isEmpty()) {
                json.writeArrayFieldStart("responses");
                for (io.github.trackdown.model.Response response : tracker.vocabulary().responses()) {
                    json.writeStartObject();
                    json.writeStringField("name", response.name());
                    json.writeStringField("meaning", response.meaning());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            FollowupComparison followups = new FollowupComparison(tracker);
            // Apart, so that a wording kept from the review before is escaped once.
            JsonStrings wordings = new JsonStrings();
            JsonStrings comments = new JsonStrings();
            json.writeArrayFieldStart("reviews");
            for (Review review : tracker.reviews()) {
                json.writeStartObject();
                json.writeNumberField("year", review.year());
                json.writeStringField("title", review.title());
                json.writeStringField("published", review.published().toString());
                json.writeStringField("source", review.source());
                json.writeStringField("url", reviewUrlOf.apply(review));
                json.writeNumberField("recommendations", review.assessments().size());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("recommendations");
            for (Recommendation recommendation : tracker.recommendations()) {
                json.writeStartObject();
                json.writeStringField("id", recommendation.id());
                json.writeArrayFieldStart("history");
                // A wording kept from the review before is unwrapped once.
                Markdown keptWording = null;
                String unwrappedWording = "";
                for (Assessment assessment : recommendation.history()) {
                    if (keptWording == null || !keptWording.source().equals(assessment.wording().source())) {
                        keptWording = assessment.wording();
                        unwrappedWording = unwrappedOf.apply(keptWording);
                    }
                    json.writeStartObject();
                    json.writeNumberField("year", assessment.year());
                    for (FrontMatterField field : FrontMatterField.values()) {
                        if (field == FrontMatterField.EVIDENCE) {
                            writeEvidence(json, assessment.followup().evidence());
                        } else if (field != FrontMatterField.ID && !field.valuesIn(assessment).isEmpty()) {
                            writeValue(json, field.key(), field.type(), field.valuesIn(assessment));
                        }
                    }
                    if (!assessment.followup().responseText().isBlank()) {
                        json.writeStringField("responseText",
                                TextForms.unwrapped(assessment.followup().responseText()));
                    }
                    if (followups.overdue(assessment)) {
                        json.writeBooleanField("overdue", true);
                    }
                    wordings.writeField(json, "wording", unwrappedWording);
                    comments.writeField(json, "comment", unwrappedOf.apply(assessment.comment()));
                    json.writeStringField("url", urlOf.apply(assessment));
                    for (FieldValue value : assessment.fields()) {
                        writeValue(json, value.field().name(), value.field().type(), value.values());
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    /** The evidence an assessment lists, as an array of {@code {date, title, link}}; nothing when it lists none. */
    private static void writeEvidence(JsonGenerator json, List<Evidence> evidence) throws IOException {
        if (evidence.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(FrontMatterField.EVIDENCE.key());
        for (Evidence item : evidence) {
            json.writeStartObject();
            json.writeStringField("date", item.date().written());
            json.writeStringField("title", item.title());
            if (!item.link().isEmpty()) {
                json.writeStringField("link", item.link());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** One field's value as a JSON property: a list as an array, a number, yes-no as a boolean, else a string. */
    private static void writeValue(JsonGenerator json, String name, FieldType type, List<String> values)
            throws IOException {
        switch (type) {
            case LIST -> {
                json.writeArrayFieldStart(name);
                for (String value : values) {
                    json.writeString(value);
                }
                json.writeEndArray();
            }
            case NUMBER -> json.writeNumberField(name, new BigDecimal(values.get(0)));
            case YES_NO -> json.writeBooleanField(name, values.get(0).equals("yes"));
            case TEXT, MARKDOWN, CHOICE, DATE, LINK -> json.writeStringField(name, values.get(0));
        }
    }

    /**
     * A JavaScript file holding, for each recommendation, the distinct words of all its texts (titles, wordings and
     * comments of every review), lower-cased, for the search page; then the same for each review (its year, title
     * and findings), keyed {@link #searchKey(Review) reviews/YEAR}, which no recommendation id can be.
     *
     * <p>The search page keeps a recommendation when every word typed is found inside its text. A typed word has no
     * space, so it is found in a text exactly when it is found in one of the text's words: the distinct words, each
     * once, find the same recommendations as the whole text, in a fraction of the bytes.
     */
    static void searchIndex(Tracker tracker, OutputStream out) throws IOException {
        out.write("window.trackdownSearchIndex = ".getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartArray();
            SearchWords words = new SearchWords();
            for (Recommendation recommendation : tracker.recommendations()) {
                words.clear();
                words.addAll(recommendation.id());
                String previousWording = null;
                for (Assessment assessment : recommendation.history()) {
                    words.addAll(assessment.title());
                    if (!assessment.wording().source().equals(previousWording)) {
                        words.addAll(assessment.wording().source());
                    }
                    previousWording = assessment.wording().source();
                    words.addAll(assessment.comment().source());
                }
                json.writeStartObject();
                json.writeStringField("id", recommendation.id());
                json.writeStringField("text", words.joined());
                json.writeEndObject();
            }
            for (Review review : tracker.reviews()) {
                words.clear();
                words.addAll(String.valueOf(review.year()));
                words.addAll(review.title());
                words.addAll(review.summary().source());
                json.writeStartObject();
                json.writeStringField("id", searchKey(review));
                json.writeStringField("text", words.joined());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write(";\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A review's key in the search index and on the search page: {@code reviews/2024}. */
    static String searchKey(Review review) {
        return "reviews/" + review.year();
    }
}
