package io.github.trackdown.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.TrackerFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No cell of recommendations.csv is run as a formula by a spreadsheet. */
class CsvCellsTest {

    @TempDir
    Path project;

    @Test
    void aTitleThatWouldBeAFormulaIsWrittenAsText() throws Exception {
        TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project)
                .recommendation(2024, "R1", "\"=HYPERLINK(\\\"https://evil.example\\\",\\\"Click\\\")\"", "People",
                        "Some progress", "Retained")
                .recommendation(2024, "R2", "\"@SUM(1+1)\"", "People", "Not met", "Retained");

        fixture.build();

        String csv = fixture.page("data/recommendations.csv");
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\","), csv);
        assertTrue(csv.contains(",'@SUM(1+1),"), csv);
    }

    @Test
    void everyFormulaStartIsPrefixedAndOtherTextIsLeftAlone() {
        for (String formula : new String[] {"=1+1", "+1", "-1", "@A1", "\tx", "\rx"}) {
            assertEquals("'" + formula, CsvCells.safe(formula));
        }
        assertEquals("Career frameworks", CsvCells.safe("Career frameworks"));
        assertEquals("", CsvCells.safe(""));
    }
}
