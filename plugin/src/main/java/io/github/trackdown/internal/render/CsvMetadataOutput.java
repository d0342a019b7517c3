package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import io.github.trackdown.internal.opendata.CsvwMetadata;
import io.github.trackdown.internal.opendata.DataRows;
import io.github.trackdown.internal.opendata.DatasetInfo;
import java.util.List;
import java.util.function.Supplier;

/** {@code data/recommendations.csv-metadata.json}: the CSV file's CSVW metadata ({@link CsvwMetadata}). */
final class CsvMetadataOutput implements Output {

    static final String PATH = "data/" + DatasetInfo.CSV_METADATA;

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        return List.of(() -> OutputFile.streamed(PATH, out -> CsvwMetadata.write(CsvOutput.info(site),
                DataRows.columns(site.tracker, site.messages::text), out)));
    }
}
