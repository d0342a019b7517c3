package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import java.util.List;
import java.util.function.Supplier;

/** {@code assets/search-index.js}: the words of every recommendation, for the search page. */
final class SearchIndexOutput implements Output {

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        return List.of(() -> OutputFile.streamed("assets/search-index.js",
                out -> DataExports.searchIndex(site.tracker, out)));
    }
}
