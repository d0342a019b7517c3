package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import io.github.trackdown.internal.opendata.TextForms;
import java.util.List;
import java.util.function.Supplier;

/** {@code data/tracker.json}: the whole tracker as JSON, following {@link SchemaOutput}'s schema. */
final class JsonOutput implements Output {

    static final String PATH = "data/tracker.json";

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        return List.of(() -> OutputFile.streamed(PATH, out -> {
            DataExports.json(site.tracker,
                    assessment -> site.siteUrl + SitePaths.sectionPath(site.comparison.recommendationOf(assessment),
                            assessment.year()),
                    review -> site.siteUrl + SitePaths.reviewPath(review.year()),
                    // The unwrapped forms kept from the readings for the HTML and the data table, when there were.
                    markdown -> {
                        TextForms.Forms forms = site.markdownForms.get(markdown);
                        return forms != null ? forms.unwrapped() : TextForms.unwrapped(markdown);
                    }, out);
            site.markdownForms.clear();
        }));
    }
}
