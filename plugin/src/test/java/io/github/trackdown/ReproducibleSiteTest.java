package io.github.trackdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same content gives the same site, wherever and whenever it is built. */
class ReproducibleSiteTest {

    @TempDir
    Path first;

    @TempDir
    Path second;

    @Test
    void twoProjectsWithTheSameContentGetByteIdenticalSites() throws Exception {
        TrackerFixture one = tracker(first);
        TrackerFixture two = tracker(second);

        one.build();
        two.build();

        assertEquals(one.siteFiles(), two.siteFiles());
        for (String file : one.siteFiles()) {
            assertEquals(one.page(file), two.page(file), file);
        }
    }

    @Test
    void noPageCarriesTheDateItWasBuilt() throws Exception {
        TrackerFixture fixture = tracker(first);
        fixture.build();

        LocalDate today = LocalDate.now();
        List<String> forms = List.of(today.toString(), DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                .format(today), DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(today));
        for (String file : fixture.siteFiles()) {
            for (String form : forms) {
                assertFalse(fixture.page(file).contains(form), file + " contains " + form);
            }
        }
    }

    private static TrackerFixture tracker(Path project) {
        return new TrackerFixture(project).standardTracker()
                .review(2023)
                .recommendation(2023, "R1", "Career frameworks", "People", "Not yet assessed", "New")
                .review(2024)
                .recommendation(2024, "R1", "Career frameworks", "People", "Some progress", "Retained");
    }
}
