package io.github.trackdown.internal.render;

import io.github.trackdown.internal.compare.DueChange;
import io.github.trackdown.internal.compare.FollowupComparison;
import io.github.trackdown.internal.compare.ReviewComparison;
import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.DueDate;
import io.github.trackdown.model.Evidence;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Response;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Slugs;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the follow-up is shown: responses, target dates (overdue, moved), priority, the evidence log and the draft
 * banner, on recommendation pages, review pages, the home page and its matrix.
 */
final class FollowupDisplay {

    /** The page of priority recommendations, added to the site plan when there is any. */
    static final String PRIORITY_PATH = "priority.html";

    private final Site site;
    private final FollowupComparison comparison;
    private final DateTimeFormatter days;
    private final DateTimeFormatter months;
    /** The filters, made once: every row of the home matrix carries a value for each. */
    private volatile List<PartViews.FieldFilter> filters;

    FollowupDisplay(Site site) {
        this.site = site;
        this.comparison = site.comparison.followups();
        Locale locale = Locale.forLanguageTag(site.language());
        this.days = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.months = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    }

    /** The follow-up at the top of a recommendation's page. */
    FollowupViews.Summary summary(Recommendation recommendation, String root) {
        Assessment latest = recommendation.latest();
        Assessment withText = null;
        for (Assessment assessment : recommendation.history()) {
            if (!assessment.followup().responseText().isBlank()) {
                withText = assessment;
            }
        }
        List<FollowupViews.EvidenceItem> evidence = FollowupComparison.evidenceOf(recommendation).stream()
                .map(item -> new FollowupViews.EvidenceItem(date(item.date()), item.date().written(), item.title(),
                        item.link(), anchor(item), site.messages.format("followup.recordedIn", item.year())))
                .toList();
        boolean draft = recommendation.history().stream().anyMatch(Assessment::draft);
        return new FollowupViews.Summary(response(latest, root),
                withText == null ? "" : site.markdown.toHtml(withText.followup().responseText(), root),
                withText == null ? 0 : withText.year(), due(latest), comparison.overdue(latest)
                        ? site.messages.format("followup.overdueAt", latest.year()) : "",
                dueChange(site.comparison.previous(latest), latest), priority(latest), evidence,
                draft ? site.messages.text("followup.draftRecommendation") : "");
    }

    /** The follow-up of one review of a recommendation. */
    FollowupViews.Entry entry(Assessment assessment, String root) {
        return new FollowupViews.Entry(response(assessment, root),
                site.markdown.toHtml(assessment.followup().responseText(), root), due(assessment),
                dueChange(site.comparison.previous(assessment), assessment), overdue(assessment),
                priority(assessment), assessment.draft() ? site.messages.text("followup.draft") : "");
    }

    /** The follow-up of a whole review. */
    FollowupViews.Totals totals(Review review, String root) {
        List<FollowupViews.ResponseCount> responses = new ArrayList<>();
        for (Map.Entry<Response, Integer> count : comparison.responsesAt(review.year()).entrySet()) {
            Response response = count.getKey();
            responses.add(new FollowupViews.ResponseCount(response == null ? null : label(response, root),
                    response == null ? site.messages.text("followup.noResponse") : response.name(),
                    count.getValue()));
        }
        List<Recommendation> overdue = comparison.overdueAt(review.year());
        int slipped = comparison.slippedAt(review.year());
        int priorities = review == site.tracker.latestReview() ? comparison.priorities().size() : 0;
        Map<String, Object> year = Map.of("year", String.valueOf(review.year()));
        return new FollowupViews.Totals(responses, overdue.size(),
                overdue.isEmpty() ? "" : site.messages.plural("followup.overdueCount", overdue.size(), year),
                overdue.stream().map(r -> new PartViews.RecommendationLink(r.id(), r.in(review.year()).title(),
                        root + SitePaths.recommendationPath(r))).toList(),
                slipped, slipped == 0 ? "" : site.messages.plural("followup.slippedCount", slipped, year),
                priorities == 0 ? "" : site.messages.plural("followup.priorityCount", priorities, Map.of()),
                priorities == 0 ? "" : root + PRIORITY_PATH,
                review.draft() ? site.messages.text("followup.draftReview") : "");
    }

    /** The target dates changed between two reviews; {@code null} when none changed. */
    FollowupViews.DueChanges dueChanges(ReviewComparison pair, String root) {
        List<FollowupViews.DueChangeItem> items = new ArrayList<>();
        for (Map.Entry<Recommendation, DueChange> change : comparison.dueChanges(pair.fromYear(), pair.toYear())) {
            Recommendation recommendation = change.getKey();
            items.add(new FollowupViews.DueChangeItem(recommendation.id(),
                    recommendation.in(pair.toYear()).title(), root + SitePaths.recommendationPath(recommendation),
                    dueChangeText(change.getValue())));
        }
        if (items.isEmpty()) {
            return null;
        }
        return new FollowupViews.DueChanges(site.messages.text("pair.dueChanges") + " (" + items.size() + ")",
                site.messages.format("pair.dueChangesText", pair.fromYear(), pair.toYear()), items);
    }

    /** The words "Overdue" for an assessment overdue at its review; empty otherwise. */
    String overdue(Assessment assessment) {
        return comparison.overdue(assessment) ? site.messages.text("followup.overdue") : "";
    }

    /** The words marking a priority recommendation; empty for others. */
    String priority(Assessment assessment) {
        return assessment.followup().priority() ? site.messages.text("followup.priority") : "";
    }

    /** The home matrix's filters by response, priority and overdue: each only when some recommendation has it. */
    List<PartViews.FieldFilter> filters() {
        List<PartViews.FieldFilter> made = filters;
        if (made == null) {
            made = filtersOfTracker();
            filters = made;
        }
        return made;
    }

    private List<PartViews.FieldFilter> filtersOfTracker() {
        List<PartViews.FieldFilter> filters = new ArrayList<>();
        List<Recommendation> all = site.tracker.recommendations();
        List<Response> responses = site.tracker.vocabulary().responses();
        if (!responses.isEmpty()) {
            filters.add(new PartViews.FieldFilter("response", site.messages.text("followup.response"), false,
                    responses.stream().map(r -> new PartViews.Option(r.slug(), r.name())).toList()));
        }
        List<PartViews.Option> yesNo = List.of(new PartViews.Option("yes", site.messages.text("field.yes")),
                new PartViews.Option("no", site.messages.text("field.no")));
        if (all.stream().anyMatch(r -> r.latest().followup().priority())) {
            filters.add(new PartViews.FieldFilter("priority", site.messages.text("followup.priority"), false, yesNo));
        }
        if (all.stream().anyMatch(r -> comparison.overdue(r.latest()))) {
            filters.add(new PartViews.FieldFilter("overdue", site.messages.text("followup.overdueFilter"), false,
                    yesNo));
        }
        return List.copyOf(filters);
    }

    /** A matrix row's values for {@link #filters()}, in the same order. */
    List<PartViews.RowData> rowData(Assessment latest) {
        List<PartViews.RowData> data = new ArrayList<>();
        for (PartViews.FieldFilter filter : filters()) {
            String value = switch (filter.name()) {
                case "response" -> latest.followup().response() == null ? "" : latest.followup().response().slug();
                case "priority" -> latest.followup().priority() ? "yes" : "no";
                default -> comparison.overdue(latest) ? "yes" : "no";
            };
            data.add(new PartViews.RowData(filter.name(), value));
        }
        return data;
    }

    /**
     * The id of an evidence item on its recommendation's page, which the feed links to: its date and title, such as
     * {@code evidence-2024-11-guidance-published}.
     */
    static String anchor(Evidence item) {
        return "evidence-" + item.date().written() + "-" + Slugs.of(item.title(), "item");
    }

    private FollowupViews.ResponseLabel response(Assessment assessment, String root) {
        Response response = assessment.followup().response();
        return response == null ? null : label(response, root);
    }

    private FollowupViews.ResponseLabel label(Response response, String root) {
        return new FollowupViews.ResponseLabel(response.name(), response.slug(),
                root + "statuses.html#response-" + response.slug());
    }

    private FollowupViews.Due due(Assessment assessment) {
        DueDate due = assessment.followup().due();
        return due == null ? null : new FollowupViews.Due(date(due), due.written());
    }

    private String dueChange(Assessment before, Assessment after) {
        DueChange change = DueChange.between(before, after);
        return change == null ? "" : dueChangeText(change);
    }

    /**
     * How a target date changed, in words: "Target date moved from March 2024 to September 2025", "Target date set:
     * …" or "Target date removed (it was …)".
     */
    String dueChangeText(DueChange change) {
        return switch (change.kind()) {
            case SET -> site.messages.format("followup.dueSet", date(change.to()));
            case MOVED -> site.messages.format("followup.dueMoved", date(change.from()), date(change.to()));
            case REMOVED -> site.messages.format("followup.dueRemoved", date(change.from()));
        };
    }

    /** A day or a month in words, such as "31 March 2025" or "March 2025". */
    String date(DueDate date) {
        return date.monthOnly() ? months.format(date.month()) : days.format(date.lastDay());
    }
}
