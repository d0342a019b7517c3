package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import io.github.trackdown.internal.opendata.CsvTable;
import io.github.trackdown.internal.opendata.DataRows;
import io.github.trackdown.internal.opendata.DataTable;
import io.github.trackdown.internal.opendata.DatasetInfo;
import java.util.List;
import java.util.function.Supplier;

/** {@code data/recommendations.csv}: one row per recommendation per review ({@link CsvTable}). */
final class CsvOutput implements Output {

    static final String PATH = "data/" + DatasetInfo.CSV;

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        return List.of(() -> OutputFile.streamed(PATH, out -> CsvTable.write(site.dataTable(), out)));
    }

    /** The open data table of a site: the rows of the CSV file and the spreadsheet. */
    static DataTable table(Site site) {
        return DataRows.table(site.tracker, assessment -> site.siteUrl + SitePaths.sectionPath(
                site.comparison.recommendationOf(assessment), assessment.year()), site.messages::text,
                // A comment's forms come from the reading that made its HTML; a wording's from the reading its page
                // uses too, and are kept for tracker.json.
                markdown -> site.markdownForms.computeIfAbsent(markdown, m -> site.markdown.reading(m).forms())
                        .plain());
    }

    /** What every data file says about the site's data set. */
    static DatasetInfo info(Site site) {
        var settings = site.tracker.settings();
        return new DatasetInfo(settings.title(), settings.description(), settings.publisher(), settings.language(),
                settings.publication().licence(), settings.publication().lastUpdated(site.tracker), site.siteUrl,
                site.messages::text);
    }
}
