package io.github.trackdown.internal.render;

import io.github.trackdown.internal.compare.StatusCount;
import io.github.trackdown.internal.compare.YearCounts;
import io.github.trackdown.internal.opendata.DataTable;
import io.github.trackdown.internal.opendata.DatasetInfo;
import io.github.trackdown.internal.opendata.DatasetJsonLd;
import io.github.trackdown.internal.portfolio.Entry;
import io.github.trackdown.internal.portfolio.Owners;
import io.github.trackdown.internal.portfolio.Portfolio;
import io.github.trackdown.internal.portfolio.Report;
import io.github.trackdown.internal.portfolio.StatusGroups;
import io.github.trackdown.model.Publication.Licence;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.StatusKind;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The view of each of a portfolio's own pages: what its template is given, every value prepared. */
final class PortfolioPages {

    static final String CSV = "data/" + DatasetInfo.CSV;
    static final String CSV_METADATA = "data/" + DatasetInfo.CSV_METADATA;
    static final String ODS = "data/" + DatasetInfo.ODS;
    static final String JSON = "data/portfolio.json";

    private final Portfolio portfolio;
    private final Owners owners;
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final Supplier<DataTable> table;
    /** Each recommendation's owners after aliases, for the filter: one list per recommendation object. */
    private final Map<Object, List<String>> ownersOf = new IdentityHashMap<>();

    PortfolioPages(Portfolio portfolio, Owners owners, Messages messages, DateTimeFormatter dates,
            Supplier<DataTable> table) {
        this.portfolio = portfolio;
        this.owners = owners;
        this.messages = messages;
        this.dates = dates;
        this.table = table;
        owners.byOwner().forEach((owner, entries) -> entries.forEach(entry -> ownersOf.computeIfAbsent(
                entry.recommendation(), k -> new ArrayList<>()).add(owner)));
    }

    PortfolioViews.Home home(String root) {
        List<PortfolioViews.ReportRow> rows = new ArrayList<>();
        int total = 0;
        for (Report report : portfolio.newestFirst()) {
            YearCounts counts = PortfolioRenderer.latestCounts(report);
            total += counts.total();
            rows.add(new PortfolioViews.ReportRow(report.tracker().settings().title(), root + report.path("index.html"),
                    report.latest().year(), root + report.path(SitePaths.reviewPath(report.latest().year())),
                    published(report), PortfolioRenderer.datetime(report.latest()),
                    counts.counts().stream().filter(c -> c.count() > 0).map(c -> new PortfolioViews.StatusCount(
                            c.status().name(), c.count())).toList(), counts.total()));
        }
        Map<StatusKind, Integer> byKind = new EnumMap<>(StatusKind.class);
        for (Report report : portfolio.reports()) {
            for (StatusCount count : PortfolioRenderer.latestCounts(report).counts()) {
                byKind.merge(count.status().kind(), count.count(), Integer::sum);
            }
        }
        List<PortfolioViews.KindCount> totals = StatusGroups.ORDER.stream().filter(kind -> byKind.getOrDefault(kind,
                0) > 0).map(kind -> new PortfolioViews.KindCount(kindName(kind), byKind.get(kind))).toList();
        return new PortfolioViews.Home(portfolio.settings().description(), messages.plural("portfolio.home.totals",
                total, Map.of("reports", messages.plural("portfolio.count.reports", portfolio.reports().size(),
                        Map.of()))), totals, root + "open.html", rows);
    }

    PortfolioViews.Open open(String root) {
        List<PortfolioViews.KindGroup> groups = groups(StatusGroups.open(portfolio), root);
        int count = groups.stream().mapToInt(group -> group.rows().size()).sum();
        return new PortfolioViews.Open(messages.plural("portfolio.open.count", count, Map.of()), groups);
    }

    /** The page of overdue recommendations: as the open ones, only those overdue at their latest review. */
    PortfolioViews.Open overdue(String root) {
        List<PortfolioViews.KindGroup> groups = groups(StatusGroups.overdue(portfolio), root);
        int count = groups.stream().mapToInt(group -> group.rows().size()).sum();
        return new PortfolioViews.Open(messages.plural("portfolio.overdue.count", count, Map.of()), groups);
    }

    PortfolioViews.Owners owners(String root) {
        List<Views.OwnerLink> links = new ArrayList<>();
        owners.byOwner().forEach((owner, entries) -> links.add(new Views.OwnerLink(owner, root + owners.path(owner),
                entries.size(), messages.recommendations(entries.size()))));
        return new PortfolioViews.Owners(links);
    }

    PortfolioViews.Owner owner(String owner, List<Entry> entries, String root) {
        // By folder: a report's record holds its whole data table, too costly to hash for each owner.
        long reports = entries.stream().map(entry -> entry.report().folder()).distinct().count();
        Map<StatusKind, List<Entry>> byKind = new EnumMap<>(StatusKind.class);
        entries.forEach(entry -> byKind.computeIfAbsent(entry.latest().status().kind(), k -> new ArrayList<>())
                .add(entry));
        List<StatusGroups.Group> groups = new ArrayList<>();
        for (StatusKind kind : StatusGroups.ORDER) {
            if (byKind.containsKey(kind)) {
                List<Entry> sorted = new ArrayList<>(byKind.get(kind));
                sorted.sort(StatusGroups.WORST_FIRST);
                groups.add(new StatusGroups.Group(kind, sorted));
            }
        }
        return new PortfolioViews.Owner(owner, messages.plural("portfolio.owner.count", entries.size(),
                Map.of("reports", messages.plural("portfolio.count.reports", reports, Map.of()))),
                groups(groups, root));
    }

    PortfolioViews.Search search(String root) {
        List<PortfolioViews.EntryRow> rows = new ArrayList<>();
        Map<String, String> themes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (StatusGroups.Group group : StatusGroups.all(portfolio)) {
            for (Entry entry : group.entries()) {
                rows.add(row(entry, root, rows.size()));
                themes.putIfAbsent(entry.latest().theme().name(), entry.latest().theme().name());
            }
        }
        return new PortfolioViews.Search(rows, portfolio.reports().stream().map(report -> new PortfolioViews.Option(
                report.folder(), report.tracker().settings().title())).toList(),
                owners.byOwner().keySet().stream().map(owner -> new PortfolioViews.Option(owner, owner)).toList(),
                StatusGroups.ORDER.stream().map(kind -> new PortfolioViews.Option(kindSlug(kind), kindName(kind)))
                        .toList(),
                themes.keySet().stream().map(theme -> new PortfolioViews.Option(theme, theme)).toList());
    }

    PortfolioViews.Data data(String root) {
        Licence licence = portfolio.settings().publication().licence();
        DataTable data = table.get();
        List<PortfolioViews.Link> reports = portfolio.reports().stream().map(report -> new PortfolioViews.Link(
                report.tracker().settings().title(), root + report.path("data.html"))).toList();
        DatasetInfo info = new DatasetInfo(portfolio.settings().title(), portfolio.settings().description(),
                portfolio.settings().publisher(), portfolio.settings().language(), licence,
                portfolio.newestFirst().get(0).latest().published(), "", messages::text);
        return new PortfolioViews.Data(root + CSV, root + CSV_METADATA, root + ODS, root + JSON, data.rows().size(),
                data.columns().stream().map(c -> new Views.DataColumn(c.name(), c.description())).toList(), reports,
                licence == null ? "" : licence.name(), licence == null ? "" : licence.url(),
                licence == null ? "" : licence.copyright(),
                "<script type=\"application/ld+json\">" + DatasetJsonLd.of(info, root + "data/") + "</script>");
    }

    PortfolioViews.Statuses statuses(String root) {
        List<PortfolioViews.Definition> kinds = StatusGroups.ORDER.stream().map(kind -> new PortfolioViews.Definition(
                kindName(kind), messages.text("portfolio.kindMeaning." + kindSlug(kind)))).toList();
        List<PortfolioViews.ReportScale> reports = portfolio.reports().stream().map(report -> new PortfolioViews
                .ReportScale(report.tracker().settings().title(), root + report.path("statuses.html"),
                report.tracker().vocabulary().statuses().stream().filter(Status::onScale).map(Status::name)
                        .collect(Collectors.joining(" → ")))).toList();
        return new PortfolioViews.Statuses(kinds, reports);
    }

    private List<PortfolioViews.KindGroup> groups(List<StatusGroups.Group> groups, String root) {
        List<PortfolioViews.KindGroup> views = new ArrayList<>();
        for (StatusGroups.Group group : groups) {
            List<PortfolioViews.EntryRow> rows = new ArrayList<>();
            group.entries().forEach(entry -> rows.add(row(entry, root, rows.size())));
            views.add(new PortfolioViews.KindGroup("kind-" + kindSlug(group.kind()), kindName(group.kind()),
                    messages.text("portfolio.kindMeaning." + kindSlug(group.kind())),
                    messages.recommendations(rows.size()), rows));
        }
        return views;
    }

    private PortfolioViews.EntryRow row(Entry entry, String root, int order) {
        Report report = entry.report();
        var latest = entry.latest();
        return new PortfolioViews.EntryRow(report.tracker().settings().title(), root + report.path("index.html"),
                latest.id(), latest.title(), root + report.path(SitePaths.recommendationPath(entry.recommendation())),
                latest.status().name(), entry.step() == 0 ? "" : messages.format("portfolio.step", entry.step(),
                        entry.steps()), kindSlug(latest.status().kind()), String.join("; ", latest.owners()),
                String.join("|", ownersOf.getOrDefault(entry.recommendation(), List.of())),
                latest.theme().name(), report.folder(), order);
    }

    private String published(Report report) {
        return report.latest().publishedMonthOnly() ? DateTimeFormatter.ofPattern("MMMM yyyy", dates.getLocale())
                .format(report.latest().published()) : dates.format(report.latest().published());
    }

    private String kindName(StatusKind kind) {
        return messages.text("portfolio.kind." + kindSlug(kind));
    }

    static String kindSlug(StatusKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
