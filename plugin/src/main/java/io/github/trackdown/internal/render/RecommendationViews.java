package io.github.trackdown.internal.render;

import io.github.trackdown.internal.compare.WordingChange;
import io.github.trackdown.internal.compare.WordingDiff;
import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Markdown;
import io.github.trackdown.model.Recommendation;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The view of a recommendation's page: its latest facts, a notice when a review removed it, and its history, each
 * entry saying only what differs from the entry before.
 *
 * <p>An entry names the title, theme, addressees and declared fields only where they differ from the review before
 * (the oldest entry: where they differ from the latest, which the top of the page gives). A change of wording is
 * shown word by word when {@link WordingChange#inline()} says it reads well; a rewrite shows the earlier wording
 * whole, after the new one, each labelled. The review that removed a recommendation shows no wording of its own.
 */
final class RecommendationViews {

    private final Site site;
    private final Parts parts;

    RecommendationViews(Site site, Parts parts) {
        this.site = site;
        this.parts = parts;
    }

    Views.Recommendation recommendation(Recommendation recommendation, String root) {
        List<Assessment> years = recommendation.history();
        List<WordingChange> changes = new ArrayList<>();
        // A wording between two changes is compared with both, and a compared wording is often shown too: each
        // text is read once (most likely already for the data table), and each wording's HTML made once.
        for (Assessment assessment : years) {
            changes.add(assessment.outcome().removes() ? null : wordingChange(assessment));
        }
        Map<Markdown, String> htmls = new IdentityHashMap<>();
        Function<Markdown, String> wordingHtml = markdown -> htmls.computeIfAbsent(markdown,
                m -> site.markdown.reading(m).html(m, root));
        Assessment latest = recommendation.latest();
        List<PartViews.FieldShown> latestFields = site.fields.shown(latest, root);
        List<PartViews.HistoryEntry> history = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            Assessment assessment = years.get(i);
            Assessment previous = i == 0 ? null : years.get(i - 1);
            // What the entry compares with: the review before, or for the oldest the latest, given at the top.
            Assessment base = previous == null ? latest : previous;
            boolean removed = assessment.outcome().removes();
            WordingChange change = changes.get(i);
            boolean rewritten = change != null && !change.inline();
            boolean last = i == years.size() - 1;
            Assessment next = last ? null : years.get(i + 1);
            // Each wording is shown in the newest entry, in the entry before an inline change or a removal, and
            // in a rewrite's entry (with the wording it replaced): a reader going down the history meets each once.
            boolean showWording = !removed && (last || rewritten || next.outcome().removes()
                    || changes.get(i + 1) != null && changes.get(i + 1).inline());
            List<PartViews.FieldShown> fields = site.fields.shown(assessment, root);
            List<PartViews.FieldShown> baseFields = base == latest ? latestFields : site.fields.shown(base, root);
            boolean sameAsBase = base == assessment;
            history.add(0, new PartViews.HistoryEntry(assessment.year(), root + SitePaths.reviewPath(assessment.year()),
                    SitePaths.yearAnchor(assessment.year()),
                    differs(assessment.title(), base.title(), sameAsBase),
                    differs(assessment.theme().name(), base.theme().name(), sameAsBase),
                    parts.label(assessment.status(), root), parts.marker(assessment), assessment.outcome().name(),
                    differs(String.join("; ", assessment.owners()), String.join("; ", base.owners()), sameAsBase),
                    showWording ? wordingHtml.apply(assessment.wording()) : "",
                    site.markdown.toHtml(assessment.comment(), root), previous == null ? 0 : previous.year(),
                    change != null, change == null || rewritten ? List.of() : diffParts(change.diff().grouped()),
                    sameAsBase ? List.of() : fields.stream().filter(field -> !baseFields.contains(field)).toList(),
                    removed, rewritten ? wordingHtml.apply(previous.wording()) : "",
                    followup(assessment, base, root)));
        }
        // Nothing else shows the wordings: their readings need not be kept.
        years.forEach(assessment -> site.markdown.release(assessment.wording()));
        Assessment removal = years.stream().filter(a -> a.outcome().removes()).findFirst().orElse(null);
        return new Views.Recommendation(recommendation.id(), latest.title(), latest.theme().name(),
                root + SitePaths.themePath(latest.theme()), latest.owners(), parts.label(latest.status(), root),
                latest.year(), history, site.editHref(latest.wording().file()), latestFields,
                PublicationViews.feedback(site.tracker.settings(), latest, site.messages),
                removal == null ? 0 : removal.year(), site.followups.summary(recommendation, root));
    }

    /**
     * How the words a reader sees changed since the review before, or {@code null} when they did not: compared
     * without the Markdown's syntax and link addresses, which would read as nonsense inside a word diff.
     */
    private WordingChange wordingChange(Assessment assessment) {
        Assessment previous = site.comparison.previous(assessment);
        if (previous == null || WordingDiff.sameWords(previous.wording().source(), assessment.wording().source())) {
            return null;
        }
        WordingChange change = WordingChange.between(site.markdown.reading(previous.wording()).readerText(),
                site.markdown.reading(assessment.wording()).readerText());
        return change.diff().unchanged() ? null : change;
    }

    /** The follow-up of an entry, naming the response only where it differs from the one compared with. */
    private FollowupViews.Entry followup(Assessment assessment, Assessment base, String root) {
        FollowupViews.Entry entry = site.followups.entry(assessment, root);
        return Objects.equals(assessment.followup().response(), base.followup().response())
                ? entry.withoutResponse() : entry;
    }

    /** The value when it differs from the one compared with; empty when the same (or when compared with itself). */
    private static String differs(String value, String base, boolean sameAsBase) {
        return sameAsBase || Objects.equals(value, base) ? "" : value;
    }

    private static List<PartViews.DiffPart> diffParts(WordingDiff diff) {
        return diff.parts().stream().map(part -> new PartViews.DiffPart(part.text(),
                part.kind() == WordingDiff.Kind.SAME, part.kind() == WordingDiff.Kind.ADDED,
                part.kind() == WordingDiff.Kind.REMOVED)).toList();
    }
}
