package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.report.ContentException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering again, as the preview does on every save, redoes only what the change affects. */
class IncrementalRenderTest {

    @TempDir
    Path project;

    TrackerFixture fixture;
    Trackdown engine;

    @BeforeEach
    void twoRecommendations() {
        fixture = TrackerFixture.oneReviewOfOneRecommendation(project)
                .recommendation(2024, "R2", "Checklists", "Processes", "Not met", "Retained");
        engine = fixture.engine();
    }

    @Test
    void pagesThatAChangeDoesNotAffectAreReusedAndThoseItAffectsAreRenderedAgain() throws Exception {
        Map<String, byte[]> first = files(engine.render());
        fixture.recommendation(2024, "R2", "Checklists", "Processes", "Good progress", "Retained");
        Map<String, byte[]> second = files(engine.render());

        assertSame(first.get("recommendations/r1.html"), second.get("recommendations/r1.html"), "R1 did not change");
        assertNotSame(first.get("recommendations/r2.html"), second.get("recommendations/r2.html"));
        assertTrue(new String(second.get("recommendations/r2.html")).contains("Good progress"));
        assertTrue(SiteBuildTest.text(new String(second.get("index.html"))).contains("1 Good progress (50%)"),
                "the counts moved");
    }

    @Test
    void theSiteRenderedAgainIsByteForByteTheSiteRenderedFromScratch() throws Exception {
        engine.render();
        fixture.recommendation(2024, "R2", "Checklists", "Processes", "Some progress", "Retained");
        Map<String, byte[]> incremental = files(engine.render());
        Map<String, byte[]> scratch = files(fixture.engine().render());

        assertEquals(scratch.keySet(), incremental.keySet());
        scratch.forEach((path, bytes) -> assertEquals(new String(bytes), new String(incremental.get(path)), path));
    }

    @Test
    void aMistakeIsReportedOnEveryRenderUntilItIsFixed() throws Exception {
        engine.render();
        fixture.file("2024/r2.md", "---\nid: R2\ntitle: Checklists\ntheme: Processes\nstatus: Not mett\n"
                + "outcome: Retained\nowners: [Cabinet Office]\n---\nWording, see [R9](r9.md).\n");

        for (int attempt = 0; attempt < 2; attempt++) {
            ContentException failure = assertThrows(ContentException.class, engine::render);
            assertEquals(2, failure.problems().size(), failure.problems().toString());
        }
        fixture.recommendation(2024, "R2", "Checklists", "Processes", "Not met", "Retained");
        assertTrue(new String(files(engine.render()).get("recommendations/r2.html")).contains("Not met"));
    }

    static Map<String, byte[]> files(RenderedSite site) {
        return site.files().stream().collect(Collectors.toMap(OutputFile::path, OutputFile::bytes));
    }
}
