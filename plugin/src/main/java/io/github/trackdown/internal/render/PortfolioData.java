package io.github.trackdown.internal.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.trackdown.internal.opendata.DataColumn;
import io.github.trackdown.internal.opendata.DataRow;
import io.github.trackdown.internal.opendata.DataRows;
import io.github.trackdown.internal.opendata.DataTable;
import io.github.trackdown.internal.opendata.JsonRows;
import io.github.trackdown.internal.portfolio.Portfolio;
import io.github.trackdown.internal.portfolio.Report;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Slugs;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A portfolio's combined data: the open data table of every report in one, with a column naming each row's report
 * (written as CSV, CSVW and ODS by the {@code opendata} package), the same rows as JSON, and the Atom feed of every
 * report's reviews.
 */
final class PortfolioData {

    /** The columns the combined table adds after the built-in ones and the follow-up's. */
    static final List<String> REPORT_COLUMNS = List.of("report", "report_title");

    private static final JsonFactory JSON = new JsonFactory();

    private PortfolioData() {
    }

    /**
     * The combined table: the built-in columns and the follow-up's, then the report's folder and title; one row per
     * recommendation per review of every report, report by report. Columns a report declares for itself are in its
     * own files only.
     */
    static DataTable table(Portfolio portfolio, String siteUrl, Messages messages) {
        List<DataColumn> columns = new ArrayList<>(DataColumn.builtIn(messages::text));
        for (List<String> column : DataRows.FOLLOWUP_COLUMNS) {
            columns.add(new DataColumn(column.get(0), column.get(1), messages.text("data.col." + column.get(0))));
        }
        REPORT_COLUMNS.forEach(name -> columns.add(new DataColumn(name, "string",
                messages.text("portfolio.data.col." + name))));
        // Each report's own rows, as its site built them for its own files, with the report's columns: drawn from the
        // report's table, whose cells, already encoded for its own files, are copied into the combined ones.
        List<DataRow> rows = new ArrayList<>();
        for (Report report : portfolio.reports()) {
            String relative = siteUrl.isEmpty() ? report.folder() + "/" : "";
            List<String> reportColumns = List.of(report.folder(), report.tracker().settings().title());
            for (DataRow row : report.data().rows()) {
                // The follow-up's columns, which every tracker has, then the report's instead of its own fields'.
                List<String> more = new ArrayList<>(row.more().subList(0, DataRows.FOLLOWUP_COLUMNS.size()));
                more.addAll(reportColumns);
                rows.add(new DataRow(row.id(), row.year(), row.published(), row.reviewTitle(), row.title(),
                        row.theme(), row.owners(), row.status(), row.outcome(), row.wording(), row.comment(),
                        relative + row.url(), more));
            }
        }
        return new DataTable(columns, rows, portfolio.reports().stream().map(Report::data).toList());
    }

    /** The combined JSON: the portfolio, its reports, and the combined table's rows as objects. */
    static void json(Portfolio portfolio, DataTable table, String siteUrl, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("title", portfolio.settings().title());
            json.writeStringField("description", portfolio.settings().description());
            json.writeStringField("publisher", portfolio.settings().publisher());
            json.writeStringField("language", portfolio.settings().language());
            json.writeArrayFieldStart("reports");
            for (Report report : portfolio.reports()) {
                json.writeStartObject();
                json.writeStringField("report", report.folder());
                json.writeStringField("title", report.tracker().settings().title());
                json.writeStringField("url", siteUrl + report.path("index.html"));
                json.writeStringField("data", siteUrl + report.path(JsonOutput.PATH));
                json.writeNumberField("latestYear", report.latest().year());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("recommendations");
            JsonRows.write(table, json);
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** The Atom feed of every report's reviews, newest first. */
    static String atom(Portfolio portfolio, String siteUrl, Messages messages) {
        record Item(Report report, Review review) {
        }
        List<Item> items = new ArrayList<>();
        portfolio.reports().forEach(report -> report.tracker().reviews().forEach(review -> items.add(
                new Item(report, review))));
        items.sort(Comparator.comparing((Item item) -> item.review().published()).reversed()
                .thenComparing(item -> item.report().folder()).thenComparing(item -> item.review().year()));
        String base = siteUrl.isEmpty() ? "urn:trackdown:" + Slugs.of(portfolio.settings().title()) + ":" : siteUrl;
        StringBuilder xml = Feeds.head(portfolio.settings().language(), portfolio.settings().title(), "",
                portfolio.settings().publisher(), siteUrl, base, items.get(0).review().published());
        for (Item item : items) {
            String page = item.report().path(SitePaths.reviewPath(item.review().year()));
            xml.append("<entry>\n<title>").append(Html.escape(item.report().tracker().settings().title() + ": "
                    + messages.format("feed.entryTitle", item.review().year(), item.review().title())))
                    .append("</title>\n");
            xml.append("<id>").append(Html.escape(siteUrl.isEmpty() ? base + item.report().folder() + ":review:"
                    + item.review().year() : siteUrl + page)).append("</id>\n");
            xml.append("<updated>").append(item.review().published()).append("T00:00:00Z</updated>\n");
            xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(siteUrl + page))
                    .append("\"/>\n</entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }
}
