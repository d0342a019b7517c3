package io.github.trackdown.internal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The OSR tracker's rewordings between its 2023 and 2024 reviews, as first written in this repository: the amended
 * ones read well as an inline diff, the rewritten ones do not. They set {@link WordingChange}'s thresholds.
 */
class WordingChangeTest {

    @Test
    void anAddedClauseIsShownInline() {
        WordingChange change = WordingChange.between("""
                The UK Statistics Authority and the Research Accreditation Panel should
                review the research accreditation process so that it supports timely as well
                as secure access to data for research.""", """
                The UK Statistics Authority and the Research Accreditation Panel should
                review the research accreditation process, taking account of stakeholders'
                views and alongside the review of the Five Safes Framework called for in R3,
                so that it supports timely as well as secure access to data for research.""");

        report("R10", change);
        assertEquals(true, change.inline());
    }

    @Test
    void twoReplacedPhrasesAreShownInline() {
        WordingChange change = WordingChange.between("""
                Government should improve data literacy among those working in government,
                so that the value of sharing and linking data for research and statistics is
                better understood.""", """
                Government should improve data literacy at all levels, from senior leaders
                to staff throughout departments, so that the value of sharing and linking
                data for research and statistics is widely understood.""");

        report("R5", change);
        assertEquals(true, change.inline());
    }

    @Test
    void anAddedSentenceIsShownInline() {
        WordingChange change = WordingChange.between("""
                Government should make sure that data sharing and linkage for research and
                statistics is adequately resourced and funded.""", """
                Government should make sure that data sharing and linkage for research and
                statistics is adequately resourced and funded, recognising that a lack of
                resources and funding is still a major barrier to sharing and linking data
                effectively and on time.""");

        report("R14", change);
        assertEquals(true, change.inline());
    }

    @Test
    void aRewrittenRecommendationIsShownAsTwoWordings() {
        WordingChange change = WordingChange.between("""
                Government should provide a way to arbitrate when departments cannot agree
                on sharing data for research and statistics.""", """
                Government should encourage departments to collaborate on data sharing for
                research and statistics, and provide a route for resolving disagreements
                between them, rather than relying on arbitration.""");

        report("R7", change);
        assertEquals(false, change.inline());
    }

    @Test
    void aRecommendationGivenANewFocusIsShownAsTwoWordings() {
        WordingChange change = WordingChange.between("""
                Government departments should give sufficient resources to overcoming the
                technical challenges of sharing and linking data for research and
                statistics.""", """
                Government departments should produce and maintain good metadata and
                documentation for their datasets, so that data can be found, understood and
                linked more easily.""");

        report("R15", change);
        assertEquals(false, change.inline());
    }

    @Test
    void aRevisedRecommendationWithANewAimIsShownAsTwoWordings() {
        WordingChange change = WordingChange.between("""
                Government departments, working with organisations such as ADR UK, should
                develop and share good-practice guidance on engaging the public about data
                sharing and linkage for research and statistics.""", """
                Government departments, working with organisations such as ADR UK, should
                put the public engagement good-practice guidance now available into
                practice, involving the public in data sharing and linkage work and building
                awareness of data as an asset for the public good.""");

        report("R2", change);
        assertEquals(false, change.inline());
    }

    @Test
    void theSameWordsAreNoChangeAndInline() {
        WordingChange change = WordingChange.between("Keep the data safe.", "Keep the  data\nsafe.");

        assertEquals(1.0, change.keptShare());
        assertEquals(0, change.edits());
        assertEquals(true, change.inline());
    }

    private static void report(String id, WordingChange change) {
        System.out.printf("%s: kept %.2f in %d edits -> %s%n", id, change.keptShare(), change.edits(),
                change.inline() ? "inline" : "two wordings");
    }
}
