package io.github.trackdown.internal.render;

import io.github.trackdown.OutputFile;
import io.github.trackdown.internal.opendata.DatasetInfo;
import io.github.trackdown.internal.opendata.OdsWorkbook;
import java.util.List;
import java.util.function.Supplier;

/** {@code data/recommendations.ods}: the CSV file's rows as an OpenDocument spreadsheet ({@link OdsWorkbook}). */
final class SpreadsheetOutput implements Output {

    static final String PATH = "data/" + DatasetInfo.ODS;

    @Override
    public List<Supplier<OutputFile>> files(Site site) {
        return List.of(() -> OutputFile.streamed(PATH, out -> OdsWorkbook.write(CsvOutput.info(site),
                site.dataTable(), out)));
    }
}
