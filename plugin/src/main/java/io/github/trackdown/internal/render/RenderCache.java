package io.github.trackdown.internal.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The work of one build that the next build of the same tracker can reuse: converted Markdown and rendered pages.
 *
 * <p>Used by the preview, which rebuilds the site on every save: a page whose template, layout and view are equal to
 * the last build's is not rendered again, and Markdown that did not change is not converted again, so a save costs
 * only the pages it affects. Markdown that reported a problem is never kept, so the problem is reported again.
 * Entries not used by a build are dropped after it ({@link #endBuild()}). Thread-safe.
 */
public final class RenderCache {

    private final Map<Object, Entry<String>> markdown = new ConcurrentHashMap<>();
    private final Map<String, Entry<Page>> pages = new ConcurrentHashMap<>();
    private volatile long build;
    private volatile Object templatesStamp;

    /** What a page was rendered from, and its bytes. */
    record Page(String template, Object layout, Object view, byte[] bytes) {
    }

    private record Entry<T>(T value, long build) {
    }

    /**
     * Starts a build with the given templates; when they differ from the last build's, no page is reused.
     *
     * @param templatesStamp anything that changes when an override template changes, such as their names,
     *     sizes and times
     */
    public void startBuild(Object templatesStamp) {
        build++;
        if (!templatesStamp.equals(this.templatesStamp)) {
            pages.clear();
            this.templatesStamp = templatesStamp;
        }
    }

    /** Drops what the build that just ended did not use. */
    public void endBuild() {
        long current = build;
        markdown.values().removeIf(entry -> entry.build() != current);
        pages.values().removeIf(entry -> entry.build() != current);
    }

    String markdown(Object key) {
        Entry<String> entry = markdown.get(key);
        if (entry == null) {
            return null;
        }
        markdown.put(key, new Entry<>(entry.value(), build));
        return entry.value();
    }

    void keepMarkdown(Object key, String html) {
        markdown.put(key, new Entry<>(html, build));
    }

    /** The bytes of the page at {@code path} when it was last rendered from equal template, layout and view. */
    byte[] page(String path, String template, Object layout, Object view) {
        Entry<Page> entry = pages.get(path);
        if (entry == null || !entry.value().template().equals(template) || !entry.value().layout().equals(layout)
                || !entry.value().view().equals(view)) {
            return null;
        }
        pages.put(path, new Entry<>(entry.value(), build));
        return entry.value().bytes();
    }

    void keepPage(String path, String template, Object layout, Object view, byte[] bytes) {
        pages.put(path, new Entry<>(new Page(template, layout, view, bytes), build));
    }
}
