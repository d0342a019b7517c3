package io.github.trackdown.internal.render;

import io.github.trackdown.model.ContentLinks;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Where a link written in a content file's Markdown leads on the site: a link to a content file is pointed at the
 * page built from it, a script's address is dropped, any other address is left as written.
 *
 * <p>A link to a content file is read relative to the folder of the file it is written in, so the same address
 * written in two files of one folder leads to the same page: each address is worked out once per folder and page
 * depth, and kept (the same few links, such as {@code review.md}, are written in most of a review's files). A link
 * that leaves the content folder is worked out each time, as the function given for it may depend on the file.
 * Thread-safe.
 */
final class PageLinks {

    private final Function<String, String> pageOfContentFile;
    /** The page a link leaving the content folder leads to; none by default. */
    private volatile BiFunction<String, String, String> pageBeyond = (fromFile, path) -> null;
    private final Map<Written, String> pointed = new ConcurrentHashMap<>();

    /** A link's address as written, in a folder, on a page whose path back to the site root is {@code root}. */
    private record Written(String root, String folder, String destination) {
    }

    /** @param pageOfContentFile the site path of the page built from a content path, or {@code null} for none */
    PageLinks(Function<String, String> pageOfContentFile) {
        this.pageOfContentFile = pageOfContentFile;
    }

    /** As {@link MarkdownRenderer#pagesBeyond} says. */
    void pagesBeyond(BiFunction<String, String, String> pageBeyond) {
        this.pageBeyond = pageBeyond;
    }

    /**
     * The address a link leads to on a page whose path back to the site root is {@code root}.
     *
     * @param fromFile the content path of the file the link is written in
     * @param destination the link's address as written
     */
    String pointed(String fromFile, String destination, String root) {
        Written written = new Written(root, fromFile.substring(0, fromFile.lastIndexOf('/') + 1), destination);
        String kept = pointed.get(written);
        if (kept != null) {
            return kept;
        }
        if (ContentLinks.isScript(destination)) {
            return keep(written, "");
        }
        ContentLinks.Target target = ContentLinks.target(fromFile, destination,
                path -> pageOfContentFile.apply(path) != null);
        if (target == null) {
            return keep(written, destination);
        }
        if (target.contentPath() == null) {
            String file = ContentLinks.decode(target.path());
            return onPage(file, pageBeyond.apply(fromFile, file), destination, target, root);
        }
        String file = target.contentPath();
        return keep(written, onPage(file, pageOfContentFile.apply(file), destination, target, root));
    }

    private String keep(Written written, String address) {
        pointed.put(written, address);
        return address;
    }

    private static String onPage(String file, String page, String destination, ContentLinks.Target target,
            String root) {
        if (page == null) {
            return destination;
        }
        // A page built from a Markdown file may name a section of it; any other file's name is all path.
        int section = file.toLowerCase(Locale.ROOT).endsWith(".md") ? page.indexOf('#') : -1;
        return section < 0 ? root + UrlPaths.encode(page) + target.fragment()
                : root + UrlPaths.encode(page.substring(0, section)) + page.substring(section);
    }
}
