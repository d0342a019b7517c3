package io.github.trackdown.internal.check;

import io.github.trackdown.internal.content.LoadedContent;
import io.github.trackdown.internal.content.RecommendationBody;
import io.github.trackdown.internal.content.ReviewFolder;
import io.github.trackdown.internal.content.SourceDocument;
import io.github.trackdown.internal.content.YamlValue;
import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.FieldValue;
import io.github.trackdown.model.Followup;
import io.github.trackdown.model.FrontMatterField;
import io.github.trackdown.model.Markdown;
import io.github.trackdown.model.Outcome;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.StatusKind;
import io.github.trackdown.model.Theme;
import io.github.trackdown.model.Tracker;
import io.github.trackdown.model.Vocabulary;
import io.github.trackdown.report.Position;
import io.github.trackdown.report.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks loaded content against the format and the tracker's vocabulary, and builds the {@link Tracker}.
 *
 * <p>Every problem is reported, not only the first: a file with a bad status is still checked for its
 * other keys, and other files are checked too. The tracker is returned only when nothing stops it being
 * built; warnings do not.
 */
public final class ContentChecker {

    /** The keys of a review's front matter. */
    public static final List<String> REVIEW_KEYS = List.of("title", "published", "source", "draft");

    /** What an id may look like: letters, digits, {@code -} and {@code _}, starting with a letter or digit. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /** A publication date of month precision, {@code YYYY-MM}, for a review whose day of publication is not known. */
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final Problems problems;
    private final FieldValues declaredValues;
    /** Whether drafts are kept (with their mark, for the preview) or left out (reported as notes). */
    private final boolean includeDrafts;
    private FollowupReader followups;
    private final Map<Assessment, SourceDocument> sources = new IdentityHashMap<>();
    /** The ids written in each review's files, even files with other mistakes: for the continuity checks. */
    private final Map<Integer, java.util.Set<String>> idsWritten = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Each distinct wording once: most recommendations keep theirs from one review to the next, and a large tracker
     * would otherwise hold the same text once per review.
     */
    private final Map<String, String> wordings = new java.util.concurrent.ConcurrentHashMap<>();
    /** The keys a front matter may have when tracker.yml has mistakes: the built-in ones and every name declared. */
    private List<String> keysWhileTrackerFileIsWrong = FrontMatterField.keys();
    private Terms<Theme> themes;
    private Terms<Status> statuses;
    private Terms<Outcome> outcomes;

    /** Creates a checker that reports into the given collector and leaves drafts out. */
    public ContentChecker(Problems problems) {
        this(problems, false);
    }

    /**
     * Creates a checker that reports into the given collector.
     *
     * @param includeDrafts whether files and reviews marked {@code draft: true} are kept, marked as drafts (for the
     *     preview), or left out with a note (for {@code check} and {@code build})
     */
    public ContentChecker(Problems problems, boolean includeDrafts) {
        this.problems = problems;
        this.declaredValues = new FieldValues(problems);
        this.includeDrafts = includeDrafts;
    }

    /**
     * Checks the content and builds the tracker.
     *
     * @return the tracker, or {@code null} when errors were found (all reported)
     */
    public Tracker check(LoadedContent content) {
        VocabularyReader.Result settings = new VocabularyReader(problems).read(content.settings(),
                content.trackerFile());
        Vocabulary vocabulary = settings == null ? null : settings.vocabulary();
        if (vocabulary == null) {
            List<String> keys = new ArrayList<>(FrontMatterField.keys());
            keys.addAll(FieldDeclarations.namesWritten(content.settings()));
            keysWhileTrackerFileIsWrong = List.copyOf(keys);
        }
        if (vocabulary != null) {
            themes = new Terms<>(vocabulary.themes(), Theme::name);
            statuses = new Terms<>(vocabulary.statuses(), Status::name);
            outcomes = new Terms<>(vocabulary.outcomes(), Outcome::name);
        }
        followups = new FollowupReader(problems, vocabulary == null ? List.of() : vocabulary.responses());
        List<Review> reviews = new ArrayList<>();
        for (ReviewFolder folder : content.reviews()) {
            Review review = review(folder, vocabulary);
            if (review != null) {
                reviews.add(review);
            }
        }
        List<Recommendation> recommendations = recommendations(reviews);
        if (reviews.isEmpty() && !content.reviews().isEmpty() && !problems.fail(false)) {
            problems.error(Position.of(content.trackerFile(), 1), "every review is a draft (`draft: true` in its"
                    + " review.md), so there is nothing to publish; remove the line from the review to publish");
        }
        if (settings == null || problems.fail(false) || reviews.isEmpty()) {
            return null;
        }
        return new Tracker(settings.settings(), vocabulary, reviews, recommendations, content.attachments());
    }

    private Review review(ReviewFolder folder, Vocabulary vocabulary) {
        Review header = reviewHeader(folder);
        Map<String, List<SourceDocument>> filesById = new HashMap<>();
        // Each file is checked on its own, on every core; what files say about each other is checked after.
        List<Optional<Assessment>> checked = folder.recommendations().parallelStream()
                .map(document -> Optional.ofNullable(assessment(document, folder.year(), vocabulary))).toList();
        for (int i = 0; i < checked.size(); i++) {
            SourceDocument document = folder.recommendations().get(i);
            checked.get(i).ifPresent(assessment -> filesById.computeIfAbsent(
                    assessment.id().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(document));
        }
        List<Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            SourceDocument document = folder.recommendations().get(i);
            Assessment assessment = checked.get(i).orElse(null);
            if (assessment == null) {
                continue;
            }
            List<SourceDocument> sharing = filesById.get(assessment.id().toLowerCase(Locale.ROOT));
            if (sharing.size() > 1) {
                List<String> others = sharing.stream().filter(d -> d != document).map(SourceDocument::file).toList();
                problems.error(positionOfId(document), "the id `" + assessment.id() + "` is also used by "
                        + String.join(", ", others) + " in this review; each recommendation has one file per review");
                continue;
            }
            assessments.add(assessment);
            sources.put(assessment, document);
        }
        if (header == null) {
            return null;
        }
        if (header.draft() && !includeDrafts) {
            problems.note(positionOf(folder.review(), "draft"), "the " + header.year() + " review is a draft"
                    + " (`draft: true`): it and its recommendations are left out of the published site, and shown in"
                    + " the preview; remove the line to publish it");
            return null;
        }
        if (header.draft()) {
            assessments.replaceAll(a -> a.draft() ? a : new Assessment(a.id(), a.year(), a.title(), a.theme(),
                    a.status(), a.outcome(), a.owners(), a.wording(), a.comment(), a.fields(), a.followup(), true));
        }
        assessments.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.id(), b.id()));
        return new Review(header.year(), header.title(), header.published(), header.publishedMonthOnly(),
                header.source(), header.summary(), assessments, header.draft());
    }

    private Review reviewHeader(ReviewFolder folder) {
        SourceDocument document = folder.review();
        if (document == null || document.frontMatter() == null) {
            return null;
        }
        Fields fields = Fields.of(document.frontMatter(), "the front matter", REVIEW_KEYS, problems);
        if (fields == null) {
            return null;
        }
        String title = fields.requiredText("title", "give the title of the review's publication");
        String published = fields.requiredText("published", "give the publication date as YYYY-MM-DD");
        LocalDate date = null;
        boolean monthOnly = published != null && MONTH.matcher(published.strip()).matches();
        if (published != null) {
            try {
                date = monthOnly ? YearMonth.parse(published.strip()).atDay(1) : LocalDate.parse(published.strip());
            } catch (DateTimeParseException e) {
                problems.error(fields.valuePositionOf("published"), "`" + published + "` is not a date;"
                        + " write the publication date as YYYY-MM-DD, such as 2024-07-18, or only its month as"
                        + " YYYY-MM, such as 2024-07, when the day is not known");
            }
        }
        String source = fields.optionalText("source");
        if (!source.isEmpty() && !isWebAddress(source)) {
            problems.error(fields.valuePositionOf("source"), "`source:` must be a web address starting with"
                    + " https:// or http://");
        }
        String draft = fields.optionalText("draft");
        Boolean isDraft = draft.isEmpty() ? Boolean.FALSE : FieldValues.yesNo(draft);
        if (isDraft == null) {
            problems.error(fields.valuePositionOf("draft"), "`draft:` is `true` or `false`, not `" + draft + "`");
        }
        if (title == null || date == null || isDraft == null) {
            return null;
        }
        return new Review(folder.year(), title, date, monthOnly, source,
                new Markdown(document.body(), document.contentPath(), document.bodyLine()), List.of(), isDraft);
    }

    private Assessment assessment(SourceDocument document, int year, Vocabulary vocabulary) {
        if (document.frontMatter() == null) {
            return null;
        }
        List<String> keys = vocabulary == null ? keysWhileTrackerFileIsWrong : vocabulary.frontMatterKeys();
        Fields fields = Fields.of(document.frontMatter(), "the front matter", keys, problems);
        if (fields == null) {
            return null;
        }
        String id = fields.requiredText(FrontMatterField.ID.key(),
                "give the recommendation's id, the same in every review (such as R3)");
        if (id != null && !ID.matcher(id.strip()).matches()) {
            problems.error(fields.valuePositionOf(FrontMatterField.ID.key()), "the id `" + id + "` may use only"
                    + " letters, digits, `-` and `_` (at most 64), starting with a letter or digit");
            id = null;
        }
        if (id != null) {
            idsWritten.computeIfAbsent(year, y -> java.util.concurrent.ConcurrentHashMap.newKeySet())
                    .add(id.strip().toLowerCase(Locale.ROOT));
        }
        String title = fields.requiredText(FrontMatterField.TITLE.key(), "give the recommendation's short title");
        String themeName = fields.requiredText(FrontMatterField.THEME.key(), "name one of the themes in tracker.yml");
        String statusName = fields.requiredText(FrontMatterField.STATUS.key(),
                "name one of the statuses in tracker.yml");
        String outcomeName = fields.requiredText(FrontMatterField.OUTCOME.key(),
                "name one of the outcomes in tracker.yml");
        List<String> owners = fields.requiredTextList(FrontMatterField.OWNERS.key(),
                "list the bodies the recommendation is addressed to");
        Theme theme = null;
        Status status = null;
        Outcome outcome = null;
        List<FieldValue> declared = List.of();
        if (vocabulary != null) {
            theme = lookUp(themes, themeName, FrontMatterField.THEME.key(), "a theme", fields);
            status = lookUp(statuses, statusName, FrontMatterField.STATUS.key(), "a status", fields);
            outcome = lookUp(outcomes, outcomeName, FrontMatterField.OUTCOME.key(), "an outcome", fields);
            declared = declaredValues.read(vocabulary.fields(), fields, document);
        }
        RecommendationBody body = RecommendationBody.split(document.body(), document.bodyLine());
        Followup followup = followups.read(fields, document, body, year);
        Boolean draft = followups.draft(fields);
        if (body.wording().isBlank()) {
            problems.error(Position.of(document.file(), document.bodyLine()), "the recommendation's wording is"
                    + " missing; write it below the front matter, above `" + RecommendationBody.PROGRESS_HEADING + "`");
        }
        if (id == null || title == null || theme == null || status == null || outcome == null || owners == null
                || declared == null || followup == null || draft == null) {
            return null;
        }
        if (draft && !includeDrafts) {
            problems.note(fields.valuePositionOf(FrontMatterField.DRAFT.key()), "`" + id.strip() + "` is a draft"
                    + " (`draft: true`): it is left out of the published " + year + " review, and shown in the"
                    + " preview; remove the line to publish it");
            return null;
        }
        return new Assessment(id.strip(), year, title.strip(), theme, status, outcome, owners,
                new Markdown(wordings.computeIfAbsent(body.wording(), wording -> wording), document.contentPath(),
                        body.wordingLine()),
                new Markdown(body.comment(), document.contentPath(), body.commentLine()), declared, followup, draft);
    }

    private <T> T lookUp(Terms<T> terms, String written, String key, String aKey, Fields fields) {
        if (written == null) {
            return null;
        }
        T found = terms.find(written);
        if (found == null) {
            problems.error(fields.valuePositionOf(key), "`" + written.strip() + "` is not " + aKey + " of this tracker" + Suggestions.hint(written, terms.names())
                    + " (allowed: " + String.join(", ", terms.names()) + ")");
        }
        return found;
    }

    /** Groups assessments by id across reviews, and checks how recommendations continue from year to year. */
    private List<Recommendation> recommendations(List<Review> reviews) {
        Map<String, List<Assessment>> byId = new TreeMap<>(NaturalOrder.INSTANCE);
        for (Review review : reviews) {
            for (Assessment assessment : review.assessments()) {
                byId.computeIfAbsent(assessment.id().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(assessment);
            }
        }
        List<Recommendation> recommendations = new ArrayList<>();
        for (Map.Entry<String, List<Assessment>> entry : byId.entrySet()) {
            List<Assessment> history = entry.getValue();
            checkContinuity(history, reviews);
            recommendations.add(new Recommendation(history.get(history.size() - 1).id(), entry.getKey(), history));
        }
        return recommendations;
    }

    private void checkContinuity(List<Assessment> history, List<Review> reviews) {
        for (int i = 1; i < history.size(); i++) {
            Assessment before = history.get(i - 1);
            if (before.outcome().removes()) {
                Assessment after = history.get(i);
                problems.error(positionOfId(sources.get(after)), "`" + after.id() + "` was removed in the "
                        + before.year() + " review (outcome `" + before.outcome().name() + "`), so it cannot"
                        + " appear again in " + after.year() + "; give a new recommendation a new id");
            }
        }
        Assessment last = history.get(history.size() - 1);
        boolean ends = last.outcome().removes() || last.status().kind() == StatusKind.CLOSED;
        for (Review review : reviews) {
            boolean written = idsWritten.getOrDefault(review.year(), java.util.Set.of())
                    .contains(last.id().toLowerCase(Locale.ROOT));
            if (review.year() > last.year() && !ends && !written) {
                problems.warning(positionOfId(sources.get(last)), "`" + last.id() + "` does not appear in the "
                        + review.year() + " review, but this file neither closes nor removes it; add a file for it"
                        + " to " + review.year() + "/ or set its outcome to one that removes it");
                return;
            }
        }
    }

    private static Position positionOfId(SourceDocument document) {
        return positionOf(document, "id");
    }

    /** Where a key's value is written in a file's front matter; the file's first line when it is not written. */
    private static Position positionOf(SourceDocument document, String key) {
        if (document.frontMatter() instanceof YamlValue.Mapping map && map.get(key) != null) {
            return map.get(key).value().position();
        }
        return Position.of(document.file(), 1);
    }

    /** Whether the text is a web address starting with {@code https://} or {@code http://}. */
    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
