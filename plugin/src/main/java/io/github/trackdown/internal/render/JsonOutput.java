package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import java.util.List;
import java.util.function.Supplier;

/** {@code data/tracker.json}: the whole tracker as JSON, following {@link SchemaOutput}'s schema. */
final class JsonOutput implements Output {

    static final String PATH = "data/tracker.json";

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        return List.of(() -> OutputFile.streamed(PATH, out -> DataExports.json(site.tracker,
                assessment -> site.siteUrl + SitePaths.sectionPath(site.comparison.recommendationOf(assessment),
                        assessment.year()),
                review -> site.siteUrl + SitePaths.reviewPath(review.year()), out)));
    }
}
