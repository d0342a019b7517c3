package io.github.trackdown.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.TrackerFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No cell of a built site's recommendations.csv is run as a formula by a spreadsheet. */
class FormulaCellsInTheSiteTest {

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
        for (String formula : new String[] {"=1+1", "+1", "-1+1", "@A1", "\tx", "\rx"}) {
            assertEquals("'" + formula, CellSafety.safe(formula));
        }
        assertEquals("Career frameworks", CellSafety.safe("Career frameworks"));
        assertEquals("-1", CellSafety.safe("-1"), "a plain negative number is a number, not a formula");
        assertEquals("", CellSafety.safe(""));
    }
}
