package io.github.trackdown.internal.render;

import io.github.trackdown.internal.compare.FollowupComparison;
import io.github.trackdown.internal.compare.YearCounts;
import io.github.trackdown.model.Evidence;
import io.github.trackdown.model.Publication.Licence;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Slugs;
import io.github.trackdown.model.Tracker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Atom feed of reviews and evidence items ({@code feed.xml}) and, when the site's address is known, the sitemap.
 *
 * <p>Dates come from the reviews' publication dates, never from the clock, so the files are reproducible.
 */
final class Feeds {

    private Feeds() {
    }

    /**
     * The opening of an Atom feed, up to its author: the {@code <feed>} element, its title, subtitle (when given),
     * id, date of update, links to itself and the home page, and its author (the publisher, else the title).
     *
     * @param base the prefix of the feed's ids when the site's address is not known
     */
    static StringBuilder head(String language, String title, String subtitle, String publisher, String siteUrl,
            String base, LocalDate updated) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(Html.escape(language)).append("\">\n");
        xml.append("<title>").append(Html.escape(title)).append("</title>\n");
        if (!subtitle.isEmpty()) {
            xml.append("<subtitle>").append(Html.escape(subtitle)).append("</subtitle>\n");
        }
        xml.append("<id>").append(Html.escape(siteUrl.isEmpty() ? base + "feed" : siteUrl)).append("</id>\n");
        xml.append("<updated>").append(updated).append("T00:00:00Z</updated>\n");
        xml.append("<link rel=\"self\" href=\"").append(Html.escape(siteUrl)).append("feed.xml\"/>\n");
        xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(siteUrl))
                .append("index.html\"/>\n");
        xml.append("<author><name>").append(Html.escape(publisher.isEmpty() ? title : publisher))
                .append("</name></author>\n");
        return xml;
    }

    /**
     * The Atom feed, one entry per review and one per item of each recommendation's evidence log, newest first.
     *
     * @param siteUrl the site's address ending in {@code /}, or empty: links are then relative to the feed
     */
    static String atom(Tracker tracker, List<YearCounts> counts, String siteUrl, Messages messages) {
        String base = siteUrl.isEmpty() ? "urn:trackdown:" + Slugs.of(tracker.settings().title()) + ":"
                : siteUrl;
        // (the feed's date stays the newest review's: a later evidence item is an entry, not a new edition)
        StringBuilder xml = head(tracker.settings().language(), tracker.settings().title(),
                tracker.settings().description(), tracker.settings().publisher(), siteUrl, base,
                tracker.latestReview().published());
        Licence licence = tracker.settings().publication().licence();
        if (licence != null) {
            xml.append("<rights>").append(Html.escape(licence.copyright() + ". " + licence.name() + ": "
                    + licence.url())).append("</rights>\n");
        }
        List<FeedEntry> entries = new ArrayList<>();
        List<Review> reviews = tracker.reviews();
        for (int i = reviews.size() - 1; i >= 0; i--) {
            Review review = reviews.get(i);
            String page = SitePaths.reviewPath(review.year());
            entries.add(new FeedEntry(review.published(), messages.format("feed.entryTitle", review.year(),
                    review.title()), siteUrl.isEmpty() ? base + "review:" + review.year() : siteUrl + page,
                    siteUrl + page, StackedBarChart.describe(List.of(counts.get(i)), messages.text("counts.none"))));
        }
        for (Recommendation recommendation : tracker.recommendations()) {
            String page = SitePaths.recommendationPath(recommendation);
            for (Evidence item : FollowupComparison.evidenceOf(recommendation)) {
                String anchor = FollowupDisplay.anchor(item);
                entries.add(new FeedEntry(item.date().month().atDay(item.date().monthOnly() ? 1 : item.date().day()),
                        messages.format("feed.evidenceTitle", recommendation.id(), item.title()),
                        siteUrl.isEmpty() ? base + "evidence:" + recommendation.id() + ":" + anchor
                                : siteUrl + page + "#" + anchor,
                        siteUrl + page + "#" + anchor, messages.format("feed.evidenceSummary", recommendation.id(),
                                recommendation.latest().title(), item.date().written())
                                + (item.link().isEmpty() ? "" : " " + item.link())));
            }
        }
        // newest first; on the same day, reviews before evidence, each in the order above (the sort is stable)
        entries.sort(java.util.Comparator.comparing(FeedEntry::updated).reversed());
        for (FeedEntry entry : entries) {
            xml.append("<entry>\n");
            xml.append("<title>").append(Html.escape(entry.title())).append("</title>\n");
            xml.append("<id>").append(Html.escape(entry.id())).append("</id>\n");
            xml.append("<updated>").append(entry.updated()).append("T00:00:00Z</updated>\n");
            xml.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(entry.href()))
                    .append("\"/>\n");
            xml.append("<summary>").append(Html.escape(entry.summary())).append("</summary>\n");
            xml.append("</entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /** One entry of the feed: a review or an evidence item. */
    private record FeedEntry(LocalDate updated, String title, String id, String href, String summary) {
    }

    /** The sitemap of every page but the 404 page, with absolute addresses. */
    static String sitemap(List<String> pages, String siteUrl) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            if (page.endsWith(".html") && !page.equals("404.html")) {
                xml.append("<url><loc>").append(Html.escape(siteUrl + page)).append("</loc></url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }
}
