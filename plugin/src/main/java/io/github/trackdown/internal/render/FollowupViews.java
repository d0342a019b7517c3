package io.github.trackdown.internal.render;

import java.util.List;

/**
 * The plain values of what recommendation files say beside the assessment, as templates are given them: the
 * addressee's response, the target date and whether it is overdue or moved, the priority, the evidence log, and the
 * draft mark of the preview.
 */
public final class FollowupViews {

    private FollowupViews() {
    }

    /**
     * A response, linked to its definition.
     *
     * @param name the response, such as "Accepted in part"
     * @param slug the CSS class suffix and filter value
     * @param href the address of its definition on the statuses page
     */
    public record ResponseLabel(String name, String slug, String href) {
    }

    /**
     * A target date.
     *
     * @param text the date in words, such as "March 2025"
     * @param datetime the date for {@code <time datetime>}: {@code 2025-03} or {@code 2025-03-31}
     */
    public record Due(String text, String datetime) {
    }

    /**
     * One item of the evidence log.
     *
     * @param date the date in words
     * @param datetime the date for {@code <time datetime>}
     * @param title what happened
     * @param href the evidence's address; empty when none
     * @param anchor the item's id on the recommendation's page, which the feed links to
     * @param recorded the words naming the review that records it, such as "recorded in the 2024 review"
     */
    public record EvidenceItem(String date, String datetime, String title, String href, String anchor,
            String recorded) {
    }

    /**
     * The follow-up at the top of a recommendation's page, from its latest review.
     *
     * @param response the latest response, or {@code null} when none is given
     * @param responseHtml the newest response text, as HTML; empty when no review gives one
     * @param responseYear the review whose file gives that text; 0 when none
     * @param due the latest target date, or {@code null}
     * @param overdue the words saying it is overdue at its latest review, such as "Overdue at the 2024 review";
     *     empty when it is not
     * @param dueChange the words saying how its latest review changed the target date, such as "Target date moved
     *     from March 2024 to September 2025"; empty when it did not
     * @param priority the words marking a priority recommendation; empty for others
     * @param evidence the evidence of every review, newest first, each item once
     * @param draft the preview's banner for a draft; empty when nothing of it is a draft
     */
    public record Summary(ResponseLabel response, String responseHtml, int responseYear, Due due, String overdue,
            String dueChange, String priority, List<EvidenceItem> evidence, String draft) {

        /** Whether there is an evidence log to show. */
        public boolean hasEvidence() {
            return !evidence.isEmpty();
        }
    }

    /**
     * The follow-up of one review, in a recommendation's history or a review's table.
     *
     * @param response the response that review records, or {@code null}
     * @param responseHtml the response text that review's file gives, as HTML; empty when none
     * @param due the target date that review records, or {@code null}
     * @param dueChange the words saying how that review changed the target date; empty when it did not
     * @param overdue the words saying it is overdue at that review ("Overdue"); empty when it is not
     * @param priority the words marking a priority recommendation; empty for others
     * @param draft the word "Draft" when the file or its review is a draft (preview only); empty otherwise
     */
    public record Entry(ResponseLabel response, String responseHtml, Due due, String dueChange, String overdue,
            String priority, String draft) {

        /** The same without the response's name: for a history entry whose response is the one compared with. */
        Entry withoutResponse() {
            return new Entry(null, responseHtml, due, dueChange, overdue, priority, draft);
        }
    }

    /**
     * How many recommendations of a review have one response.
     *
     * @param response the response; {@code null} for those with none
     * @param label the response's name, or the words for none
     * @param count how many
     */
    public record ResponseCount(ResponseLabel response, String label, int count) {
    }

    /**
     * The follow-up of a whole review, on the home page (the latest review) and on the review's page.
     *
     * @param responses the counts by response; empty when no recommendation of it has a response
     * @param overdueCount how many recommendations are overdue at it
     * @param overdueText that number in a sentence
     * @param overdue the overdue recommendations, in id order
     * @param slippedCount how many target dates it moved or removed since the review before
     * @param slippedText that number in a sentence
     * @param priorityText how many priority recommendations there are, in words; empty when none
     * @param priorityHref the priority recommendations' page; empty when there are none
     * @param draft the preview's banner when the review is a draft; empty otherwise
     */
    public record Totals(List<ResponseCount> responses, int overdueCount, String overdueText,
            List<PartViews.RecommendationLink> overdue, int slippedCount, String slippedText, String priorityText,
            String priorityHref, String draft) {

        /** Whether the counts by response are shown. */
        public boolean hasResponses() {
            return !responses.isEmpty();
        }

        /** Whether any of overdue, moved target dates or priority is worth a line. */
        public boolean any() {
            return overdueCount > 0 || slippedCount > 0 || !priorityHref.isEmpty();
        }
    }

    /**
     * A recommendation whose target date changed between two reviews.
     *
     * @param id its id
     * @param title its title in the later review
     * @param href its page
     * @param text how the date changed, such as "Target date moved from March 2024 to September 2025"
     */
    public record DueChangeItem(String id, String title, String href, String text) {
    }

    /**
     * The changes of target dates between two reviews, on the page comparing them.
     *
     * @param heading the section heading with the count
     * @param description one sentence on what the section lists
     * @param items the recommendations, in id order
     */
    public record DueChanges(String heading, String description, List<DueChangeItem> items) {
    }

    /**
     * The page of priority recommendations.
     *
     * @param intro one sentence on what the page lists, with the count
     * @param matrix the priority recommendations against every review year
     */
    public record Priority(String intro, PartViews.Matrix matrix) {
    }
}
