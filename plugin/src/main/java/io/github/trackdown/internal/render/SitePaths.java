package io.github.trackdown.internal.render;

import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Slugs;
import io.github.trackdown.model.Theme;
import io.github.trackdown.model.Tracker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one source of the site's addresses: the path of every page, section and published file, and the page each
 * content file becomes (for links written in Markdown). Paths are relative to the site's root, with {@code /}.
 */
public final class SitePaths {

    private final Map<String, List<Recommendation>> byOwner = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> ownerSlugs = new HashMap<>();
    private final Map<String, String> pageOfContentFile = new HashMap<>();

    /** The addresses of a tracker's site. */
    public SitePaths(Tracker tracker) {
        for (Review review : tracker.reviews()) {
            pageOfContentFile.put(review.summary().file(), reviewPath(review.year()));
        }
        for (Recommendation recommendation : tracker.recommendations()) {
            for (Assessment assessment : recommendation.history()) {
                pageOfContentFile.put(assessment.wording().file(), sectionPath(recommendation, assessment.year()));
            }
            for (String owner : recommendation.latest().owners()) {
                byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(recommendation);
            }
        }
        // Two owners whose names give the same slug get distinct pages: the later one's slug gets a number.
        Slugs.distinct(byOwner.keySet()).forEach((owner, slug) -> ownerSlugs.put(owner.toLowerCase(Locale.ROOT),
                slug));
        for (String attachment : tracker.attachments()) {
            pageOfContentFile.put(attachment, attachmentPath(attachment));
        }
    }

    /** The path from a page back to the site's root: {@code ""} at the top, {@code "../"} per folder down. */
    public static String rootOf(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The page (or section) built from a content file, such as {@code 2024/r1.md}; {@code null} for none. */
    public String pageOfContentFile(String contentPath) {
        return pageOfContentFile.get(contentPath);
    }

    /** The recommendations each owner of a latest review is named by, owners in case-insensitive order. */
    public Map<String, List<Recommendation>> byOwner() {
        return byOwner;
    }

    /** The slug of an owner's page. */
    public String ownerSlug(String owner) {
        return ownerSlugs.get(owner.toLowerCase(Locale.ROOT));
    }

    /** The page of an owner. */
    public String ownerPath(String owner) {
        return "owners/" + ownerSlug(owner) + ".html";
    }

    /** The page of a review year. */
    public static String reviewPath(int year) {
        return "reviews/" + year + ".html";
    }

    /** The page of a recommendation. */
    public static String recommendationPath(Recommendation recommendation) {
        return "recommendations/" + recommendation.slug() + ".html";
    }

    /** The section of a recommendation's page for one review year. */
    public static String sectionPath(Recommendation recommendation, int year) {
        return recommendationPath(recommendation) + "#" + yearAnchor(year);
    }

    /** The id of a recommendation page's section for one review year. */
    public static String yearAnchor(int year) {
        return "review-" + year;
    }

    /** The page of a theme. */
    public static String themePath(Theme theme) {
        return "themes/" + theme.slug() + ".html";
    }

    /** The page comparing two reviews. */
    public static String pairPath(int fromYear, int toYear) {
        return "compare/" + fromYear + "-" + toYear + ".html";
    }

    /** Where a file beside the Markdown files is published. */
    public static String attachmentPath(String contentPath) {
        return "files/" + contentPath;
    }
}
