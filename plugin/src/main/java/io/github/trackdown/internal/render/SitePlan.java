package io.github.trackdown.internal.render;

import io.github.trackdown.internal.compare.ReviewComparison;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one list of the site's pages: each page's path, template, title, place in the navigation and view. Pages,
 * navigation, language links and the sitemap all come from it; a page's depth comes from its path.
 *
 * <p>Adding a kind of page is one entry here, one view ({@link PageViews}, {@link Views}) and one template.
 */
final class SitePlan {

    /**
     * One page of the site.
     *
     * @param path its path from the site's root, such as {@code reviews/2024.html}
     * @param template its template's name, which is also the page's kind
     * @param title its own title
     * @param navLabel the message key of its link in the main navigation, or {@code null} when it has none
     * @param servedAnywhere whether a server may send it for any address (the not-found page): it then links
     *     absolutely when the site's address is known, and carries its styles inline
     * @param view its view, given the path back to the site's root
     */
    record Page(String path, String template, String title, String navLabel, boolean servedAnywhere,
            Function<String, Object> view) {

        /** The path from the page back to the site's root: {@code ""} or {@code "../"}. */
        String root() {
            return SitePaths.rootOf(path);
        }
    }

    private final List<Page> pages;
    /** The pages of the main navigation, in its order. */
    private final List<Page> navigation;
    private final Messages messages;

    SitePlan(Site site, PageViews views) {
        this.messages = site.messages;
        List<Page> plan = new ArrayList<>();
        plan.add(new Page("index.html", "home", site.tracker.settings().title(), "nav.overview", false, views::home));
        plan.add(top("reviews", "title.reviews", "nav.reviews", messages, views::reviews));
        plan.add(top("themes", "title.themes", "nav.themes", messages, views::themes));
        plan.add(top("owners", "title.owners", "nav.owners", messages, views::owners));
        plan.add(top("compare", "title.compare", "nav.compare", messages, views::compare));
        plan.add(top("search", "title.search", "nav.search", messages, views::search));
        plan.add(top("data", "title.data", "nav.data", messages, views::data));
        plan.add(new Page("statuses.html", "statuses", messages.text("title.statuses"), "nav.statuses", false,
                views::definitions));
        if (PublicationViews.hasStatement(site.tracker.settings())) {
            plan.add(new Page(PublicationViews.STATEMENT_PATH, "accessibility", messages.text("title.accessibility"),
                    null, false, root -> PublicationViews.statement(site.tracker.settings(), site.dates)));
        }
        if (!site.comparison.followups().priorities().isEmpty()) {
            plan.add(new Page(FollowupDisplay.PRIORITY_PATH, "priority", messages.text("title.priority"), null, false,
                    views::priority));
        }
        plan.add(new Page("404.html", "not-found", messages.text("title.notFound"), null, true, root -> new Object()));
        for (int i = 0; i < site.tracker.reviews().size(); i++) {
            int index = i;
            int year = site.tracker.reviews().get(i).year();
            plan.add(new Page(SitePaths.reviewPath(year), "review", messages.format("title.review", year), null,
                    false, root -> views.review(index, root)));
        }
        for (ReviewComparison pair : site.comparison.pairs()) {
            plan.add(new Page(SitePaths.pairPath(pair.fromYear(), pair.toYear()), "pair",
                    messages.format("title.pair", pair.fromYear(), pair.toYear()), null, false,
                    root -> views.pair(pair, root)));
        }
        for (String owner : site.paths.byOwner().keySet()) {
            plan.add(new Page(site.paths.ownerPath(owner), "owner", owner, null, false,
                    root -> views.owner(owner, root)));
        }
        for (Theme theme : site.tracker.vocabulary().themes()) {
            plan.add(new Page(SitePaths.themePath(theme), "theme", theme.name(), null, false,
                    root -> views.theme(theme, root)));
        }
        for (Recommendation recommendation : site.tracker.recommendations()) {
            plan.add(new Page(SitePaths.recommendationPath(recommendation), "recommendation",
                    recommendation.id() + ": " + recommendation.latest().title(), null, false,
                    root -> views.recommendation(recommendation, root)));
        }
        this.pages = List.copyOf(plan);
        this.navigation = pages.stream().filter(page -> page.navLabel() != null).toList();
    }

    private static Page top(String kind, String title, String navLabel, Messages messages,
            Function<String, Object> view) {
        return new Page(kind + ".html", kind, messages.text(title), navLabel, false, view);
    }

    /** Every page: the pages of the main navigation first, in its order; the recommendation pages last. */
    List<Page> pages() {
        return pages;
    }

    /** The path of every page. */
    List<String> paths() {
        return pages.stream().map(Page::path).toList();
    }

    /** The main navigation as seen from a page. */
    List<PartViews.NavLink> nav(Page current, String root) {
        List<PartViews.NavLink> nav = new ArrayList<>();
        for (Page page : navigation) {
            nav.add(new PartViews.NavLink(messages.text(page.navLabel()), root + page.path(),
                    page.template().equals(current.template())));
        }
        return nav;
    }
}
