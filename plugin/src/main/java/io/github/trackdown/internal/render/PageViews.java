package io.github.trackdown.internal.render;

import io.github.trackdown.internal.compare.ReviewComparison;
import io.github.trackdown.internal.compare.WordingDiff;
import io.github.trackdown.internal.compare.YearCounts;
import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Publication.Licence;
import io.github.trackdown.model.Outcome;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.Theme;
import io.github.trackdown.internal.opendata.DataRows;
import io.github.trackdown.internal.opendata.DatasetInfo;
import io.github.trackdown.internal.opendata.DatasetJsonLd;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The view of each kind of page: what its template is given, every value prepared. */
final class PageViews {

    private final Site site;
    private final Parts parts;

    PageViews(Site site, Parts parts) {
        this.site = site;
        this.parts = parts;
    }

    Views.Home home(String root) {
        Review latest = site.tracker.latestReview();
        List<YearCounts> perYear = site.comparison.countsPerYear();
        YearCounts counts = perYear.get(perYear.size() - 1);
        return new Views.Home(site.tracker.settings().description(), latest.year(),
                root + SitePaths.reviewPath(latest.year()), parts.counts(counts, root), counts.total(),
                parts.matrix("matrix", site.messages.text("home.matrixCaption"), r -> true, root, true),
                parts.usedMarkers(), site.messages.plural("home.followedUp", counts.total(),
                        Map.of("year", String.valueOf(latest.year()))), parts.changes(latest.year(), root),
                site.followups.totals(latest, root));
    }

    Views.Reviews reviews(String root) {
        List<Views.ReviewLink> links = new ArrayList<>();
        for (int i = site.tracker.reviews().size() - 1; i >= 0; i--) {
            links.add(parts.reviewLink(site.tracker.reviews().get(i), root));
        }
        return new Views.Reviews(links);
    }

    Views.Review review(int index, String root) {
        Review review = site.tracker.reviews().get(index);
        YearCounts counts = site.comparison.countsPerYear().get(index);
        List<Views.ReviewRow> rows = new ArrayList<>();
        for (Assessment assessment : review.assessments()) {
            rows.add(new Views.ReviewRow(assessment.id(), assessment.title(),
                    root + SitePaths.recommendationPath(site.comparison.recommendationOf(assessment)),
                    assessment.theme().name(), parts.label(assessment.status(), root), parts.marker(assessment),
                    assessment.outcome().name(), site.markdown.toHtml(assessment.comment(), root),
                    site.followups.entry(assessment, root)));
        }
        List<Review> all = site.tracker.reviews();
        Views.ReviewLink previous = index > 0 ? parts.reviewLink(all.get(index - 1), root) : null;
        Views.ReviewLink next = index < all.size() - 1 ? parts.reviewLink(all.get(index + 1), root) : null;
        return new Views.Review(review.year(), review.title(), site.published(review), Site.datetime(review),
                review.source(), site.markdown.toHtml(review.summary(), root),
                parts.counts(counts, root), counts.total(), rows, previous, next,
                site.editHref(review.summary().file()), site.messages.plural("review.statusOf", counts.total(),
                        Map.of()), parts.changes(review.year(), root), site.followups.totals(review, root));
    }

    Views.Recommendation recommendation(Recommendation recommendation, String root) {
        List<Assessment> years = recommendation.history();
        List<List<Views.DiffPart>> diffs = new ArrayList<>();
        for (Assessment assessment : years) {
            WordingDiff wording = site.comparison.rewording(assessment);
            diffs.add(wording == null ? List.of() : wording.parts().stream().map(part -> new Views.DiffPart(
                    part.text(), part.kind() == WordingDiff.Kind.SAME, part.kind() == WordingDiff.Kind.ADDED,
                    part.kind() == WordingDiff.Kind.REMOVED)).toList());
        }
        List<Views.HistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            Assessment assessment = years.get(i);
            Assessment previous = i == 0 ? null : years.get(i - 1);
            // The wording is shown in the newest review, and in a review whose wording the next one changed: a
            // reader going down the history meets each wording once.
            boolean showWording = i == years.size() - 1 || !diffs.get(i + 1).isEmpty();
            history.add(0, new Views.HistoryEntry(assessment.year(), root + SitePaths.reviewPath(assessment.year()),
                    SitePaths.yearAnchor(assessment.year()), assessment.title(), assessment.theme().name(),
                    parts.label(assessment.status(), root), parts.marker(assessment), assessment.outcome().name(),
                    String.join("; ", assessment.owners()),
                    showWording ? site.markdown.toHtmlOnce(assessment.wording(), root) : "",
                    site.markdown.toHtml(assessment.comment(), root), previous == null ? 0 : previous.year(),
                    !diffs.get(i).isEmpty(), diffs.get(i), site.fields.shown(assessment, root),
                    site.followups.entry(assessment, root)));
        }
        Assessment latest = recommendation.latest();
        return new Views.Recommendation(recommendation.id(), latest.title(), latest.theme().name(),
                root + SitePaths.themePath(latest.theme()), latest.owners(), parts.label(latest.status(), root),
                latest.year(), history, site.editHref(latest.wording().file()), site.fields.shown(latest, root),
                PublicationViews.feedback(site.tracker.settings(), latest, site.messages),
                site.followups.summary(recommendation, root));
    }

    Views.Themes themes(String root) {
        List<Views.ThemeLink> links = new ArrayList<>();
        for (Theme theme : site.tracker.vocabulary().themes()) {
            int count = (int) site.tracker.recommendations().stream().filter(inTheme(theme)).count();
            links.add(new Views.ThemeLink(theme.name(), root + SitePaths.themePath(theme), theme.description(),
                    count, site.messages.recommendations(count)));
        }
        return new Views.Themes(links);
    }

    Views.Theme theme(Theme theme, String root) {
        Predicate<Recommendation> members = inTheme(theme);
        List<YearCounts> perYear = site.comparison.countsPerYear(members);
        return new Views.Theme(theme.name(), theme.description(),
                parts.counts(perYear.get(perYear.size() - 1), root),
                parts.countsTable("theme-counts", site.messages.format("theme.countsCaption", theme.name()), perYear,
                        root),
                parts.matrix("matrix", site.messages.format("theme.matrixCaption", theme.name()), members, root,
                        false));
    }

    Views.Owners owners(String root) {
        List<Views.OwnerLink> links = new ArrayList<>();
        site.paths.byOwner().forEach((owner, members) -> links.add(new Views.OwnerLink(owner,
                root + site.paths.ownerPath(owner), members.size(), site.messages.recommendations(members.size()))));
        return new Views.Owners(links);
    }

    Views.Owner owner(String owner, String root) {
        Set<Recommendation> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(site.paths.byOwner().get(owner));
        Predicate<Recommendation> members = set::contains;
        List<YearCounts> perYear = site.comparison.countsPerYear(members);
        return new Views.Owner(owner, parts.counts(perYear.get(perYear.size() - 1), root),
                parts.countsTable("owner-counts", site.messages.format("owner.countsCaption", owner), perYear, root),
                parts.matrix("matrix", site.messages.format("owner.matrixCaption", owner), members, root, false));
    }

    Views.Compare compare(String root) {
        List<PartViews.Transitions> transitions = site.comparison.consecutiveTransitions().stream()
                .map(table -> parts.transitions("transitions-" + table.fromYear() + "-" + table.toYear(), table,
                        root)).toList();
        return new Views.Compare(parts.countsTable("counts", site.messages.text("counts.caption"),
                site.comparison.countsPerYear(), root),
                transitions, parts.pairLinks(root));
    }

    Views.Pair pair(ReviewComparison pair, String root) {
        List<Views.PairSection> sections = List.of(
                parts.section("improved", "improved", pair.improved(), pair, root),
                parts.section("worsened", "worsened", pair.worsened(), pair, root),
                parts.section("firstAssessed", "first-assessed", pair.firstAssessed(), pair, root),
                parts.section("closed", "closed", pair.closed(), pair, root),
                parts.section("unchanged", "unchanged", pair.unchanged(), pair, root),
                parts.section("reworded", "reworded", pair.reworded(), pair, root),
                parts.section("dropped", "dropped", pair.dropped(), pair, root),
                parts.section("added", "added", pair.added(), pair, root));
        return new Views.Pair(pair.fromYear(), pair.toYear(), root + SitePaths.reviewPath(pair.fromYear()),
                root + SitePaths.reviewPath(pair.toYear()), sections,
                parts.transitions("transitions", pair.transitions(), root), parts.pairLinks(root),
                site.followups.dueChanges(pair, root));
    }

    Views.Search search(String root) {
        List<Views.SearchItem> items = new ArrayList<>();
        for (Recommendation recommendation : site.tracker.recommendations()) {
            Assessment latest = recommendation.latest();
            items.add(new Views.SearchItem(recommendation.id(), latest.title(),
                    root + SitePaths.recommendationPath(recommendation), parts.label(latest.status(), root),
                    latest.theme().name()));
        }
        return new Views.Search(items);
    }

    Views.Data data(String root) {
        DatasetInfo info = CsvOutput.info(site);
        Licence licence = info.licence();
        return new Views.Data(root + CsvOutput.PATH, root + JsonOutput.PATH, root + SchemaOutput.PATH,
                root + FeedOutput.PATH, DataExports.csvRows(site.tracker),
                DataRows.columns(site.tracker, site.messages::text).stream().map(c -> new Views.DataColumn(c.name(), c.description()))
                        .toList(),
                root + CsvMetadataOutput.PATH, root + SpreadsheetOutput.PATH, licence == null ? "" : licence.name(),
                licence == null ? "" : licence.url(), licence == null ? "" : licence.copyright(),
                "<script type=\"application/ld+json\">" + DatasetJsonLd.of(info, root + "data/") + "</script>");
    }

    DefinitionViews.Definitions definitions(String root) {
        List<DefinitionViews.Definition> statuses = new ArrayList<>();
        for (Status status : site.tracker.vocabulary().statuses()) {
            String note = switch (status.kind()) {
                case UNASSESSED -> site.messages.text("statuses.unassessedNote");
                case CLOSED -> site.messages.text("statuses.closedNote");
                case SCALE -> "";
            };
            statuses.add(new DefinitionViews.Definition(status.name(), "status-" + status.slug(), status.meaning(),
                    note, parts.label(status, root)));
        }
        List<DefinitionViews.Definition> outcomes = new ArrayList<>();
        for (Outcome outcome : site.tracker.vocabulary().outcomes()) {
            outcomes.add(new DefinitionViews.Definition(outcome.name(), "outcome-" + outcome.slug(), outcome.meaning(),
                    outcome.removes() ? site.messages.text("statuses.removesNote") : "", null));
        }
        List<DefinitionViews.Definition> responses = site.tracker.vocabulary().responses().stream()
                .map(response -> new DefinitionViews.Definition(response.name(), "response-" + response.slug(),
                        response.meaning(), "", null)).toList();
        return new DefinitionViews.Definitions(statuses, outcomes, parts.legend(), responses);
    }

    FollowupViews.Priority priority(String root) {
        java.util.Set<Recommendation> priorities = new java.util.HashSet<>(
                site.comparison.followups().priorities());
        return new FollowupViews.Priority(site.messages.plural("priority.intro", priorities.size(), Map.of()),
                parts.matrix("matrix", site.messages.text("priority.matrixCaption"), priorities::contains, root,
                        false));
    }

    private static Predicate<Recommendation> inTheme(Theme theme) {
        return recommendation -> recommendation.latest().theme().equals(theme);
    }
}
