package io.github.trackdown.internal.render;

import java.util.List;

/**
 * The views of a portfolio's own pages: what each template is given, every value prepared. (Each report's pages
 * are a tracker's pages, with the views of {@link Views}.)
 */
public final class PortfolioViews {

    private PortfolioViews() {
    }

    /**
     * The portfolio's home page.
     *
     * @param description the portfolio's description; empty when not given
     * @param totalsText how many recommendations the reports hold, in how many reports
     * @param totals how many of them have a status of each kind, in the kinds' order
     * @param openHref the page of open recommendations
     * @param reports every report, newest latest review first
     */
    public record Home(String description, String totalsText, List<KindCount> totals, String openHref,
            List<ReportRow> reports) {
    }

    /**
     * How many recommendations have a status of one kind.
     *
     * @param kind the kind's name
     * @param count how many
     */
    public record KindCount(String kind, int count) {
    }

    /**
     * One report on the home page, with its latest review's counts.
     *
     * @param title the report's title
     * @param href its home page
     * @param latestYear the year of its latest review
     * @param latestHref the page of its latest review
     * @param published when its latest review was published, in the portfolio's language
     * @param datetime the same as YYYY-MM-DD, or YYYY-MM
     * @param counts how many recommendations the latest review gave each of the report's statuses, statuses nobody
     *     has left out
     * @param total how many recommendations the latest review followed up
     */
    public record ReportRow(String title, String href, int latestYear, String latestHref, String published,
            String datetime, List<StatusCount> counts, int total) {
    }

    /**
     * How many recommendations of a report have one of its statuses.
     *
     * @param status the status's name
     * @param count how many
     */
    public record StatusCount(String status, int count) {
    }

    /**
     * One recommendation of one report in a list across reports.
     *
     * @param report the report's title
     * @param reportHref the report's home page
     * @param id the recommendation's id
     * @param title its latest title
     * @param href its page
     * @param status its latest status, by its report's own name
     * @param step where that status stands on its report's scale ("step 2 of 4"); empty off the scale
     * @param kind the status's kind, for the filter
     * @param owners the bodies it is addressed to, separated by "; "
     * @param ownersData the same, after aliases, separated by "|", for the filter
     * @param theme its latest theme
     * @param folder its report's folder, for the filter
     * @param order its place in the list, for the filter
     */
    public record EntryRow(String report, String reportHref, String id, String title, String href, String status,
            String step, String kind, String owners, String ownersData, String theme, String folder, int order) {
    }

    /**
     * A group of recommendations whose statuses are of one kind.
     *
     * @param id the group's anchor
     * @param heading the kind's name
     * @param meaning what the kind means
     * @param countText how many recommendations the group has
     * @param rows the recommendations, worst first
     */
    public record KindGroup(String id, String heading, String meaning, String countText, List<EntryRow> rows) {
    }

    /**
     * The page of open recommendations.
     *
     * @param countText how many recommendations are still followed up
     * @param groups the groups by kind, in the kinds' order
     */
    public record Open(String countText, List<KindGroup> groups) {
    }

    /**
     * The list of owners across reports.
     *
     * @param owners every owner, by name
     */
    public record Owners(List<Views.OwnerLink> owners) {
    }

    /**
     * One owner's page: its recommendations across reports.
     *
     * @param name the owner's name
     * @param countText how many recommendations are addressed to it, in how many reports
     * @param groups its recommendations by kind of status, worst first
     */
    public record Owner(String name, String countText, List<KindGroup> groups) {
    }

    /**
     * A choice of a filter.
     *
     * @param value what the rows carry
     * @param label what readers see
     */
    public record Option(String value, String label) {
    }

    /**
     * The cross-report search and filter page.
     *
     * @param rows every recommendation of every report
     * @param reports the reports to filter by
     * @param owners the owners to filter by
     * @param kinds the kinds of status to filter by
     * @param themes the themes to filter by
     */
    public record Search(List<EntryRow> rows, List<Option> reports, List<Option> owners, List<Option> kinds,
            List<Option> themes) {
    }

    /**
     * The page of the combined data.
     *
     * @param csvHref the combined CSV file
     * @param csvMetadataHref its CSVW metadata
     * @param odsHref the combined spreadsheet
     * @param jsonHref the combined JSON file
     * @param rows how many rows the CSV file has
     * @param columns the CSV file's columns
     * @param reports each report's own data page
     * @param licenceName the licence's name; empty when none
     * @param licenceHref the licence's address
     * @param copyright the copyright line
     * @param datasetScriptHtml the data set's description for search engines, as a JSON-LD script element
     */
    public record Data(String csvHref, String csvMetadataHref, String odsHref, String jsonHref, int rows,
            List<Views.DataColumn> columns, List<Link> reports, String licenceName, String licenceHref,
            String copyright, String datasetScriptHtml) {
    }

    /**
     * A link.
     *
     * @param text the link's text
     * @param href where it leads
     */
    public record Link(String text, String href) {
    }

    /**
     * The page explaining how statuses are compared across reports.
     *
     * @param kinds every kind of status, in order, with what it means
     * @param reports each report's statuses page, with its scale from worst to best
     */
    public record Statuses(List<Definition> kinds, List<ReportScale> reports) {
    }

    /**
     * A kind of status and what it means.
     *
     * @param name the kind's name
     * @param meaning what it means
     */
    public record Definition(String name, String meaning) {
    }

    /**
     * A report's statuses.
     *
     * @param title the report's title
     * @param href its statuses page
     * @param scale its progress scale, worst first, separated by " → "
     */
    public record ReportScale(String title, String href, String scale) {
    }
}
