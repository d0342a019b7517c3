package io.github.trackdown.internal.render;

import io.github.trackdown.internal.compare.Change;
import io.github.trackdown.internal.compare.MatrixCell;
import io.github.trackdown.internal.compare.MatrixRow;
import io.github.trackdown.internal.compare.ReviewChanges;
import io.github.trackdown.internal.compare.ReviewComparison;
import io.github.trackdown.internal.compare.StatusCount;
import io.github.trackdown.internal.compare.TransitionTable;
import io.github.trackdown.internal.compare.YearCounts;
import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The views of the pieces several pages show: status labels, change markers, matrices, counts and transitions. */
final class Parts {

    private final Site site;
    private final Map<String, PartViews.StatusLabel> labels = new ConcurrentHashMap<>();
    private final Map<String, PartViews.ChangeMarker> markers = new ConcurrentHashMap<>();
    /** The rows of the theme and owner pages' matrices: one object per row, whose output the renderer reuses. */
    private final Map<String, PartViews.MatrixRow> rowViews = new ConcurrentHashMap<>();

    Parts(Site site) {
        this.site = site;
    }

    /** A status label, made once per status and page depth: the site shows the same few labels many times. */
    PartViews.StatusLabel label(Status status, String root) {
        return labels.computeIfAbsent(root + "#" + status.slug(), key -> new PartViews.StatusLabel(status.name(),
                status.slug(), root + "statuses.html#status-" + status.slug()));
    }

    /** A change marker, made once per change and year. */
    PartViews.ChangeMarker marker(Change change, int sinceYear) {
        return markers.computeIfAbsent(change.slug() + "#" + sinceYear, key -> {
            String since = change == Change.NEW || sinceYear == 0 ? ""
                    : site.messages.format("change.since", sinceYear);
            return new PartViews.ChangeMarker(change.symbol(), site.messages.text(change.messageKey()), change.slug(),
                    since);
        });
    }

    /** An assessment's change marker: its change since the review before. */
    PartViews.ChangeMarker marker(Assessment assessment) {
        Assessment previous = site.comparison.previous(assessment);
        return marker(site.comparison.change(assessment), previous == null ? 0 : previous.year());
    }

    /** Every change marker, in the order of the legend. */
    List<PartViews.ChangeMarker> legend() {
        return Arrays.stream(Change.values()).map(c -> marker(c, 0)).toList();
    }

    /** The change markers the status matrix uses, in the order of the full legend. */
    List<PartViews.ChangeMarker> usedMarkers() {
        Set<Change> used = EnumSet.noneOf(Change.class);
        for (MatrixRow row : site.comparison.matrix().rows()) {
            for (MatrixCell cell : row.cells()) {
                if (cell.change() != null) {
                    used.add(cell.change());
                }
            }
        }
        return used.stream().map(c -> marker(c, 0)).toList();
    }

    /** The status matrix of the recommendations {@code members} keeps, grouped by theme. */
    PartViews.Matrix matrix(String id, String caption, Predicate<Recommendation> members, String root,
            boolean withFilters) {
        Map<Theme, List<PartViews.MatrixRow>> groups = new LinkedHashMap<>();
        site.tracker.vocabulary().themes().forEach(theme -> groups.put(theme, new ArrayList<>()));
        Set<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        int order = 0;
        for (MatrixRow row : site.comparison.matrix().rows()) {
            order++;
            if (!members.test(row.recommendation())) {
                continue;
            }
            Assessment latest = row.recommendation().latest();
            owners.addAll(latest.owners());
            int position = order;
            groups.get(latest.theme()).add(withFilters ? row(row, position, root)
                    : rowViews.computeIfAbsent(root + "#" + position, key -> row(row, position, root)));
        }
        List<PartViews.MatrixGroup> grouped = new ArrayList<>();
        groups.forEach((theme, rows) -> {
            if (!rows.isEmpty()) {
                grouped.add(new PartViews.MatrixGroup(theme.name(), rows));
            }
        });
        PartViews.MatrixFilters filters = null;
        if (withFilters) {
            filters = new PartViews.MatrixFilters(
                    site.tracker.vocabulary().themes().stream().map(t -> new PartViews.Option(t.slug(), t.name()))
                            .toList(),
                    owners.stream().map(o -> new PartViews.Option(site.paths.ownerSlug(o), o)).toList(),
                    site.tracker.vocabulary().statuses().stream().map(s -> new PartViews.Option(s.slug(), s.name()))
                            .toList(),
                    fieldFilters());
        }
        List<Integer> years = site.comparison.matrix().years();
        List<String> valueColumns = site.fields.valueColumns();
        return new PartViews.Matrix(id, caption, years, years.size() + 1 + valueColumns.size(), grouped, filters,
                valueColumns);
    }

    /** One row of a status matrix: a recommendation's status in every review year. */
    private PartViews.MatrixRow row(MatrixRow row, int order, String root) {
        List<PartViews.MatrixCell> cells = new ArrayList<>();
        int previousYear = 0;
        Change lastChange = null;
        for (MatrixCell cell : row.cells()) {
            if (cell.assessment() == null) {
                cells.add(new PartViews.MatrixCell(cell.year(), null, null, site.messages.text(cell.removedEarlier()
                        ? "matrix.noLongerFollowed" : "matrix.notInReview"), ""));
                continue;
            }
            cells.add(new PartViews.MatrixCell(cell.year(), label(cell.assessment().status(), root),
                    marker(cell.change(), previousYear), "", site.followups.overdue(cell.assessment())));
            previousYear = cell.year();
            lastChange = cell.change();
        }
        Assessment latest = row.recommendation().latest();
        boolean changed = lastChange != null && lastChange != Change.UNCHANGED;
        return new PartViews.MatrixRow(row.recommendation().id(), latest.title(),
                root + SitePaths.recommendationPath(row.recommendation()), latest.theme().name(),
                latest.theme().slug(), String.join("|", latest.owners().stream().map(site.paths::ownerSlug)
                        .toList()), latest.status().slug(), changed ? "yes" : "no", order, cells,
                rowData(latest), site.fields.valueCells(latest), site.followups.priority(latest));
    }

    /** The filters by response, priority and overdue, then by the tracker's own fields. */
    private List<PartViews.FieldFilter> fieldFilters() {
        List<PartViews.FieldFilter> filters = new ArrayList<>(site.followups.filters());
        filters.addAll(site.fields.filters(site.tracker.recommendations()));
        return filters;
    }

    /** A matrix row's values for {@link #fieldFilters()}, in the same order. */
    private List<PartViews.RowData> rowData(Assessment latest) {
        List<PartViews.RowData> data = new ArrayList<>(site.followups.rowData(latest));
        data.addAll(site.fields.rowData(latest));
        return data;
    }

    /** Counts per status per review (oldest first), as a chart and a table. */
    PartViews.CountsTable countsTable(String id, String caption, List<YearCounts> perYear, String root) {
        List<Status> statuses = site.tracker.vocabulary().statuses();
        List<PartViews.CountsRow> rows = new ArrayList<>();
        for (int s = 0; s < statuses.size(); s++) {
            List<PartViews.Count> cells = new ArrayList<>();
            for (YearCounts year : perYear) {
                StatusCount count = year.counts().get(s);
                cells.add(new PartViews.Count(label(count.status(), root), count.count(), count.percent()));
            }
            rows.add(new PartViews.CountsRow(label(statuses.get(s), root), cells));
        }
        String chart = StackedBarChart.svg(id + "-chart", caption, perYear, statuses,
                site.messages.text("counts.none"));
        return new PartViews.CountsTable(id, caption, site.tracker.years(), rows,
                perYear.stream().map(YearCounts::total).toList(), chart);
    }

    /** Counts, statuses without any left out. */
    List<PartViews.Count> counts(YearCounts counts, String root) {
        return counts.counts().stream().filter(c -> c.count() > 0)
                .map(c -> new PartViews.Count(label(c.status(), root), c.count(), c.percent())).toList();
    }

    /** A transition table between two reviews. */
    PartViews.Transitions transitions(String id, TransitionTable table, String root) {
        List<String> columns = new ArrayList<>();
        table.statuses().forEach(s -> columns.add(s.name()));
        columns.add(site.messages.format("transitions.notIn", table.toYear()));
        List<PartViews.TransitionRow> rows = new ArrayList<>();
        for (List<TransitionTable.Cell> row : table.cells()) {
            int total = row.stream().mapToInt(TransitionTable.Cell::count).sum();
            if (total == 0) {
                continue;
            }
            TransitionTable.Cell first = row.get(0);
            String label = first.from() == null ? site.messages.format("transitions.notIn", table.fromYear())
                    : first.from().name();
            List<PartViews.TransitionCell> cells = row.stream().map(cell -> new PartViews.TransitionCell(cell.count(),
                    cell.recommendations().stream().map(r -> new PartViews.RecommendationLink(r.id(),
                            r.latest().title(), root + SitePaths.recommendationPath(r))).toList())).toList();
            rows.add(new PartViews.TransitionRow(label, cells, total));
        }
        return new PartViews.Transitions(id, site.messages.format("transitions.caption", table.fromYear(),
                table.toYear(), table.total()), table.fromYear(), table.toYear(), columns, rows, table.total());
    }

    /** One section of a page comparing two reviews: the recommendations in one of its groups. */
    Views.PairSection section(String key, String anchor, List<Recommendation> recommendations,
            ReviewComparison pair, String root) {
        String heading = site.messages.text("pair." + key);
        String description = site.messages.format("pair." + key + "Text", pair.fromYear(), pair.toYear());
        List<Views.PairItem> items = new ArrayList<>();
        for (Recommendation recommendation : recommendations) {
            Assessment from = recommendation.in(pair.fromYear());
            Assessment to = recommendation.in(pair.toYear());
            items.add(new Views.PairItem(recommendation.id(), (to != null ? to : from).title(),
                    root + SitePaths.recommendationPath(recommendation),
                    from == null ? null : label(from.status(), root), to == null ? null : label(to.status(), root)));
        }
        return new Views.PairSection(heading + " (" + items.size() + ")", anchor, description, items);
    }

    /** Links to the page of every pair of reviews. */
    List<Views.PairLink> pairLinks(String root) {
        return site.comparison.pairs().stream().map(pair -> new Views.PairLink(pair.fromYear(), pair.toYear(),
                root + SitePaths.pairPath(pair.fromYear(), pair.toYear()))).toList();
    }

    /** A link to a review's page. */
    Views.ReviewLink reviewLink(Review review, String root) {
        return new Views.ReviewLink(review.year(), review.title(), root + SitePaths.reviewPath(review.year()),
                site.published(review), review.assessments().size(),
                site.messages.recommendations(review.assessments().size()));
    }

    /** What the review of a year decided and changed since the one before, for the top of its pages. */
    PartViews.Changes changes(int year, String root) {
        ReviewChanges changes = ReviewChanges.of(site.tracker, year);
        List<PartViews.OutcomeTotal> outcomes = changes.outcomes().stream()
                .map(group -> new PartViews.OutcomeTotal(group.outcome().name(), group.recommendations().size()))
                .toList();
        List<PartViews.ChangeLine> lines = new ArrayList<>();
        if (!changes.renamed().isEmpty()) {
            lines.add(new PartViews.ChangeLine(site.messages.text("changes.renamed"), changes.renamed().stream()
                    .map(r -> changeItem(r.recommendation(), year, root,
                            site.messages.format("changes.was", r.before()))).toList()));
        }
        if (!changes.removed().isEmpty()) {
            lines.add(new PartViews.ChangeLine(site.messages.text("changes.removed"), changes.removed().stream()
                    .map(r -> changeItem(r, year, root, "")).toList()));
        }
        for (ReviewChanges.Move move : changes.moves()) {
            lines.add(new PartViews.ChangeLine(site.messages.format("changes.moved", move.from().name(),
                    move.to().name()), move.recommendations().stream().map(r -> changeItem(r, year, root, ""))
                    .toList()));
        }
        return new PartViews.Changes(outcomes, lines, changes.previousYear());
    }

    private PartViews.ChangeItem changeItem(Recommendation recommendation, int year, String root, String note) {
        return new PartViews.ChangeItem(recommendation.id(), recommendation.in(year).title(),
                root + SitePaths.recommendationPath(recommendation), note);
    }
}
