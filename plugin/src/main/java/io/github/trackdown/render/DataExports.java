package io.github.trackdown.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Outcome;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Spaces;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.Theme;
import io.github.trackdown.model.Tracker;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The tracker as open data: a CSV file with one row per recommendation per review, and the whole model as JSON.
 *
 * <p>The CSV file is written with Apache Commons CSV (RFC 4180, {@code CRLF} line ends, quotes where needed); the
 * JSON with Jackson's streaming generator, fields always in the same order, so the same tracker gives the same
 * bytes. The JSON follows the schema published beside it ({@value #SCHEMA_RESOURCE}).
 */
final class DataExports {

    /** The CSV file's columns, with what each holds, as the data page documents them. */
    static final List<Views.DataColumn> CSV_COLUMNS = List.of(
            new Views.DataColumn("id", "The recommendation's id, the same in every review."),
            new Views.DataColumn("year", "The year of the review."),
            new Views.DataColumn("title", "The recommendation's short title in that review."),
            new Views.DataColumn("theme", "The theme it belongs to in that review."),
            new Views.DataColumn("owners", "The bodies it is addressed to, separated by \"; \"."),
            new Views.DataColumn("status", "The review's assessment of progress."),
            new Views.DataColumn("outcome", "What the review decided about the recommendation itself."),
            new Views.DataColumn("url", "The recommendation's page, at that review's section."));

    /** Where the JSON Schema of {@code tracker.json} is on the class path. */
    static final String SCHEMA_RESOURCE = "/io/github/trackdown/data/tracker.schema.json";

    private static final JsonFactory JSON = new JsonFactory();

    private DataExports() {
    }

    /**
     * The CSV file: a header, then one row per recommendation per review, in id order then year order.
     *
     * @param urlOf the address of a recommendation's section for a review year, relative or absolute
     */
    static String csv(Tracker tracker, Function<Assessment, String> urlOf) {
        StringWriter out = new StringWriter();
        String[] header = CSV_COLUMNS.stream().map(Views.DataColumn::name).toArray(String[]::new);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (Recommendation recommendation : tracker.recommendations()) {
                for (Assessment assessment : recommendation.history()) {
                    printer.printRecord(assessment.id(), assessment.year(), assessment.title(),
                            assessment.theme().name(), String.join("; ", assessment.owners()),
                            assessment.status().name(), assessment.outcome().name(), urlOf.apply(assessment));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
     */
    static byte[] json(Tracker tracker, Function<Assessment, String> urlOf, Function<Review, String> reviewUrlOf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("title", tracker.settings().title());
            json.writeStringField("description", tracker.settings().description());
            json.writeStringField("publisher", tracker.settings().publisher());
            json.writeStringField("language", tracker.settings().language());
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
                for (Assessment assessment : recommendation.history()) {
                    json.writeStartObject();
                    json.writeNumberField("year", assessment.year());
                    json.writeStringField("title", assessment.title());
                    json.writeStringField("theme", assessment.theme().name());
                    json.writeStringField("status", assessment.status().name());
                    json.writeStringField("outcome", assessment.outcome().name());
                    json.writeArrayFieldStart("owners");
                    for (String owner : assessment.owners()) {
                        json.writeString(owner);
                    }
                    json.writeEndArray();
                    json.writeStringField("wording", assessment.wording().source().strip());
                    json.writeStringField("comment", assessment.comment().source().strip());
                    json.writeStringField("url", urlOf.apply(assessment));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** A JavaScript file holding the text of every recommendation, for the search page. */
    static byte[] searchIndex(Tracker tracker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        out.writeBytes("window.trackdownSearchIndex = ".getBytes(StandardCharsets.UTF_8));
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartArray();
            for (Recommendation recommendation : tracker.recommendations()) {
                // Each distinct text once: a wording kept from year to year is indexed a single time.
                Set<String> texts = new LinkedHashSet<>();
                for (Assessment assessment : recommendation.history()) {
                    texts.add(assessment.title());
                    texts.add(assessment.wording().source());
                    texts.add(assessment.comment().source());
                }
                StringBuilder text = new StringBuilder(recommendation.id().length()
                        + texts.stream().mapToInt(part -> part.length() + 1).sum());
                text.append(recommendation.id());
                texts.forEach(part -> text.append(' ').append(part));
                json.writeStartObject();
                json.writeStringField("id", recommendation.id());
                json.writeStringField("text", Spaces.collapse(text).toLowerCase(Locale.ROOT));
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.writeBytes(";\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
