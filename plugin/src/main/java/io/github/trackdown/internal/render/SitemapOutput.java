package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import java.util.List;
import java.util.function.Supplier;

/** {@code sitemap.xml}: every page of the site plan, when the site's address is known. */
final class SitemapOutput implements Output {

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        if (site.siteUrl.isEmpty()) {
            return List.of();
        }
        return List.of(() -> OutputFile.text("sitemap.xml",
                Feeds.sitemap(site.plan.paths().stream().sorted().toList(), site.siteUrl)));
    }
}
