package io.github.trackdown.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the wording ends and the progress comment starts, with fenced code blocks as CommonMark reads them. */
class RecommendationBodyTest {

    @Test
    void aProgressHeadingInsideATildeFenceThatHoldsABacktickLineIsPartOfTheWording() {
        String body = """
                Share the code:

                ~~~markdown
                ```
                ## Progress
                ~~~

                ## Progress

                Done.
                """;

        RecommendationBody split = RecommendationBody.split(body, 10);

        assertEquals("Share the code:\n\n~~~markdown\n```\n## Progress\n~~~\n\n", split.wording());
        assertEquals("\nDone.\n", split.comment());
        assertEquals(18, split.commentLine());
    }

    @Test
    void aLongerFenceIsOnlyClosedByOneAtLeastAsLong() {
        RecommendationBody split = RecommendationBody.split("````\n```\n## Progress\n````\n## Progress\nDone.\n", 1);

        assertEquals("````\n```\n## Progress\n````\n", split.wording());
        assertEquals("Done.\n", split.comment());
    }

    @Test
    void aProgressHeadingAfterAnOrdinaryFenceStartsTheComment() {
        RecommendationBody split = RecommendationBody.split("```\ncode\n```\n## Progress\nDone.\n", 1);

        assertEquals("```\ncode\n```\n", split.wording());
        assertEquals("Done.\n", split.comment());
    }

    @Test
    void aResponseSectionBeforeOrAfterTheProgressSectionEndsWhereTheOtherHeadingStarts() {
        RecommendationBody responseFirst = RecommendationBody.split(
                "Do it.\n\n## Response\n\nAccepted.\n\n## Progress\n\nDone.\n", 5);
        RecommendationBody progressFirst = RecommendationBody.split(
                "Do it.\n\n## Progress\n\nDone.\n\n## Response\n\nAccepted.\n", 5);

        assertEquals("Do it.\n\n", responseFirst.wording());
        assertEquals("\nAccepted.\n\n", responseFirst.response());
        assertEquals(8, responseFirst.responseLine());
        assertEquals("\nDone.\n", responseFirst.comment());
        assertEquals(12, responseFirst.commentLine());
        assertEquals("Do it.\n\n", progressFirst.wording());
        assertEquals("\nDone.\n\n", progressFirst.comment());
        assertEquals("\nAccepted.\n", progressFirst.response());
        assertEquals(12, progressFirst.responseLine());
    }

    @Test
    void withoutAResponseHeadingThereIsNoResponse() {
        RecommendationBody split = RecommendationBody.split("Do it.\n\n## Progress\n\nDone.\n", 1);

        assertEquals("", split.response());
        assertEquals("\nDone.\n", split.comment());
    }

    @Test
    void aSectionWithoutItsHeadingStartsOnTheLineAfterTheBody() {
        RecommendationBody split = RecommendationBody.split("Do it.\n\nSoon.\n", 5);

        assertEquals("Do it.\n\nSoon.\n", split.wording());
        assertEquals(9, split.commentLine());
        assertEquals(9, split.responseLine());
    }

    @Test
    void aHeadingOnTheLastLineWithoutALineEndStartsAnEmptySection() {
        RecommendationBody split = RecommendationBody.split("Do it.\n   ##  PROGRESS ##", 3);

        assertEquals("Do it.\n", split.wording());
        assertEquals("", split.comment());
        assertEquals(5, split.commentLine());
        assertEquals(5, split.responseLine());
    }
}
