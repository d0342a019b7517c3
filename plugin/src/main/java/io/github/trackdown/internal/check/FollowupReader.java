package io.github.trackdown.internal.check;

import io.github.trackdown.internal.content.RecommendationBody;
import io.github.trackdown.internal.content.SourceDocument;
import io.github.trackdown.internal.content.YamlValue;
import io.github.trackdown.model.DueDate;
import io.github.trackdown.model.Evidence;
import io.github.trackdown.model.FrontMatterField;
import io.github.trackdown.model.Followup;
import io.github.trackdown.model.Markdown;
import io.github.trackdown.model.Response;
import io.github.trackdown.report.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and checks what a recommendation file says beside the assessment: {@code response:}, {@code due:},
 * {@code priority:}, {@code evidence:} and {@code draft:}, every mistake reported with its position.
 */
final class FollowupReader {

    private static final List<String> EVIDENCE_KEYS = List.of("date", "title", "link");
    private static final String DATE_FORMAT = "a day as YYYY-MM-DD, such as 2025-03-31, or a month as YYYY-MM,"
            + " such as 2025-03";

    private final Problems problems;
    private final List<Response> responses;
    private final Terms<Response> responseTerms;

    /** A reader for a tracker whose {@code tracker.yml} lists these responses (none: {@code response:} is refused). */
    FollowupReader(Problems problems, List<Response> responses) {
        this.problems = problems;
        this.responses = List.copyOf(responses);
        this.responseTerms = new Terms<>(responses, Response::name);
    }

    /**
     * The response, target date, priority and evidence of one file of the review of {@code year}.
     *
     * @return them, or {@code null} when one is wrong (reported)
     */
    Followup read(Fields fields, SourceDocument document, RecommendationBody body, int year) {
        boolean valid = true;
        Response response = null;
        String written = fields.has(FrontMatterField.RESPONSE.key())
                ? fields.optionalText(FrontMatterField.RESPONSE.key()) : "";
        if (!written.isEmpty()) {
            response = responseTerms.find(written);
            if (response == null) {
                valid = false;
                problems.error(fields.valuePositionOf(FrontMatterField.RESPONSE.key()), responses.isEmpty()
                        ? "`response:` needs the list of responses in tracker.yml (`responses:`, each with a `name:`"
                                + " and a `meaning:`); add it there, or remove this line"
                        : "`" + written + "` is not a response of this tracker"
                                + Suggestions.hint(written, responseTerms.names()) + " (allowed: "
                                + String.join(", ", responseTerms.names()) + ")");
            }
        }
        DueDate due = null;
        String dueText = fields.optionalText(FrontMatterField.DUE.key());
        if (!dueText.isEmpty()) {
            if (FieldValues.isDate(dueText)) {
                due = DueDate.parse(dueText);
            } else {
                valid = false;
                problems.error(fields.valuePositionOf(FrontMatterField.DUE.key()), "`" + dueText + "` is not a date;"
                        + " write the target date as " + DATE_FORMAT);
            }
        }
        Boolean priority = yesNo(fields, FrontMatterField.PRIORITY.key());
        List<Evidence> evidence = evidence(fields, year);
        if (!valid || priority == null || evidence == null) {
            return null;
        }
        Markdown responseText = new Markdown(body.response(), document.contentPath(), body.responseLine());
        if (response == null && due == null && !priority && evidence.isEmpty() && responseText.isBlank()) {
            return Followup.NONE;
        }
        return new Followup(response, responseText, due, priority, evidence);
    }

    /** Whether the file says {@code draft: true}; {@code null} when its value is not yes or no (reported). */
    Boolean draft(Fields fields) {
        return yesNo(fields, FrontMatterField.DRAFT.key());
    }

    /** A yes-no key: {@code false} when left out, {@code null} when not yes or no (reported). */
    private Boolean yesNo(Fields fields, String key) {
        String text = fields.optionalText(key);
        if (text.isEmpty()) {
            return Boolean.FALSE;
        }
        Boolean value = FieldValues.yesNo(text);
        if (value == null) {
            problems.error(fields.valuePositionOf(key), "`" + key + ":` is `true` or `false`, not `" + text + "`");
        }
        return value;
    }

    private List<Evidence> evidence(Fields fields, int year) {
        YamlValue.Entry entry = fields.entry(FrontMatterField.EVIDENCE.key());
        if (entry == null || entry.value() instanceof YamlValue.Scalar scalar && scalar.text().isBlank()) {
            return List.of();
        }
        if (!(entry.value() instanceof YamlValue.Sequence sequence)) {
            problems.error(entry.value().position(), "`evidence:` must be a list, each item starting with"
                    + " `- date:` on its own line, then `title:` and, when there is one, `link:`");
            return null;
        }
        List<Evidence> items = new ArrayList<>();
        boolean valid = true;
        for (YamlValue item : sequence.items()) {
            Fields itemFields = Fields.of(item, "an item of `evidence:`", EVIDENCE_KEYS, problems);
            if (itemFields == null) {
                valid = false;
                continue;
            }
            String date = itemFields.requiredText("date", "give when it happened, as " + DATE_FORMAT);
            String title = itemFields.requiredText("title", "say in one line what was done or published");
            String link = itemFields.optionalText("link");
            boolean itemValid = date != null && title != null;
            if (date != null && !FieldValues.isDate(date.strip())) {
                problems.error(itemFields.valuePositionOf("date"), "`" + date.strip() + "` is not a date; write"
                        + " when it happened as " + DATE_FORMAT);
                itemValid = false;
            }
            if (!link.isEmpty() && !isSecureAddress(link)) {
                problems.error(itemFields.valuePositionOf("link"), "`link:` must be a web address starting with"
                        + " https://, not `" + link + "`");
                itemValid = false;
            }
            if (itemValid) {
                items.add(new Evidence(DueDate.parse(date.strip()), title.strip(), link, year));
            }
            valid &= itemValid;
        }
        return valid ? items : null;
    }

    /** Whether the text is a web address starting with {@code https://}. */
    private static boolean isSecureAddress(String text) {
        try {
            URI uri = new URI(text);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
