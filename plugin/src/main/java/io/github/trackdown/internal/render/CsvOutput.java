package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import java.util.List;
import java.util.function.Supplier;

/** {@code data/recommendations.csv}: one row per recommendation per review. */
final class CsvOutput implements Output {

    static final String PATH = "data/recommendations.csv";

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        return List.of(() -> OutputFile.streamed(PATH, out -> DataExports.csv(site.tracker,
                assessment -> site.siteUrl + SitePaths.sectionPath(site.comparison.recommendationOf(assessment),
                        assessment.year()), out)));
    }
}
