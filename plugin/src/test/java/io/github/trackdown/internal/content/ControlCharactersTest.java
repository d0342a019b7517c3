package io.github.trackdown.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.trackdown.TrackerFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters, which would make feed.xml ill-formed and which no page can show, are refused where they are. */
class ControlCharactersTest {

    @TempDir
    java.nio.file.Path project;

    @Test
    void aControlCharacterTypedIntoTheMarkdownIsRefusedAtItsLineAndColumn() {
        TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project).file("2024/review.md", """
                ---
                title: Review of 2024
                published: 2024-07-01
                ---
                The review found \u001b[31mred\u001b[0m things and a \u007f.
                """);

        assertEquals(List.of("src/tracker/2024/review.md:5:18: error: this line contains the control character"
                + " U+001B, which no page can show; remove it"), fixture.problems());
    }

    @Test
    void aControlCharacterWrittenAsAnEscapeInTrackerYmlIsRefused() {
        TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project);
        fixture.file("tracker.yml", TrackerFixture.TRACKER_YML.replace("title: Test tracker",
                "title: \"Test\\x0c tracker\""));

        assertEquals(List.of("src/tracker/tracker.yml:1:8: error: this value contains the control character U+000C,"
                + " which no page can show; remove it (it may be written as an escape such as `\\x01`)"),
                fixture.problems());
    }
}
