package io.github.trackdown.internal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.trackdown.model.Status;
import io.github.trackdown.model.StatusKind;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    static final Status UNASSESSED = new Status("Not yet assessed", "not-yet-assessed", "", StatusKind.UNASSESSED, 0);
    static final Status NOT_MET = new Status("Not met", "not-met", "", StatusKind.SCALE, 1);
    static final Status SOME = new Status("Some progress", "some-progress", "", StatusKind.SCALE, 2);
    static final Status GOOD = new Status("Good progress", "good-progress", "", StatusKind.SCALE, 3);
    static final Status CLOSED = new Status("Closed", "closed", "", StatusKind.CLOSED, 4);

    @Test
    void aRecommendationWithoutAnEarlierReviewIsNew() {
        assertEquals(Change.NEW, Comparisons.change(null, UNASSESSED));
        assertEquals(Change.NEW, Comparisons.change(null, SOME));
    }

    @Test
    void aBetterStepOnTheScaleIsAnImprovementAndAWorseOneIsNot() {
        assertEquals(Change.IMPROVED, Comparisons.change(NOT_MET, SOME));
        assertEquals(Change.IMPROVED, Comparisons.change(NOT_MET, GOOD));
        assertEquals(Change.WORSENED, Comparisons.change(GOOD, NOT_MET));
        assertEquals(Change.UNCHANGED, Comparisons.change(SOME, SOME));
    }

    @Test
    void theFirstAssessmentAfterTheReviewThatMadeItIsNeitherBetterNorWorse() {
        assertEquals(Change.FIRST_ASSESSED, Comparisons.change(UNASSESSED, NOT_MET));
        assertEquals(Change.FIRST_ASSESSED, Comparisons.change(UNASSESSED, GOOD));
    }

    @Test
    void closingAndReopeningAreTheirOwnChanges() {
        assertEquals(Change.CLOSED, Comparisons.change(NOT_MET, CLOSED));
        assertEquals(Change.UNCHANGED, Comparisons.change(CLOSED, CLOSED));
        assertEquals(Change.REOPENED, Comparisons.change(CLOSED, SOME));
        assertEquals(Change.NOT_ASSESSED, Comparisons.change(SOME, UNASSESSED));
    }
}
