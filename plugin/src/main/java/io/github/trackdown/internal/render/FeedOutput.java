package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import java.util.List;
import java.util.function.Supplier;

/** {@code feed.xml}: an Atom entry per review. */
final class FeedOutput implements Output {

    static final String PATH = "feed.xml";

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        return List.of(() -> OutputFile.text(PATH, Feeds.atom(site.tracker, site.comparison.countsPerYear(),
                site.siteUrl, site.messages)));
    }
}
