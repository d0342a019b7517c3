package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Evidence;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Response;
import io.github.trackdown.model.Review;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.StatusKind;
import io.github.trackdown.model.Tracker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up of each review compared: which recommendations are overdue at it, whose target date moved since the
 * review before, and how many have each response.
 *
 * <p>A recommendation is <em>overdue</em> at a review when the review was published after its target date (the
 * month's last day, for a month) and its status is neither closed nor the best status of the scale.
 */
public final class FollowupComparison {

    private final Tracker tracker;
    private final Map<Integer, LocalDate> published = new HashMap<>();
    private final Status best;

    /** Compares the follow-up of every review of a tracker. */
    public FollowupComparison(Tracker tracker) {
        this.tracker = tracker;
        tracker.reviews().forEach(review -> published.put(review.year(), review.published()));
        this.best = tracker.vocabulary().best();
    }

    /** Whether the assessment's recommendation is overdue at its review. */
    public boolean overdue(Assessment assessment) {
        return assessment.followup().due() != null
                && published.get(assessment.year()).isAfter(assessment.followup().due().lastDay())
                && assessment.status().kind() != StatusKind.CLOSED && !assessment.status().equals(best);
    }

    /** The recommendations overdue at a review, in id order. */
    public List<Recommendation> overdueAt(int year) {
        List<Recommendation> overdue = new ArrayList<>();
        for (Recommendation recommendation : tracker.recommendations()) {
            Assessment assessment = recommendation.in(year);
            if (assessment != null && overdue(assessment)) {
                overdue.add(recommendation);
            }
        }
        return overdue;
    }

    /**
     * A recommendation's evidence log: the items every review's file lists, each once (the same date and title in
     * several reviews' files is one item, recorded by the first), newest first; items of the same date in the order
     * written.
     */
    public static List<Evidence> evidenceOf(Recommendation recommendation) {
        Map<String, Evidence> items = new java.util.LinkedHashMap<>();
        for (Assessment assessment : recommendation.history()) {
            for (Evidence item : assessment.followup().evidence()) {
                items.putIfAbsent(item.date().written() + "\n" + item.title(), item);
            }
        }
        List<Evidence> log = new ArrayList<>(items.values());
        log.sort(java.util.Comparator.comparing((Evidence item) -> item.date().month())
                .thenComparingInt(item -> item.date().day()).reversed());
        return log;
    }

    /** The priority recommendations, in id order: those whose latest assessment says {@code priority: true}. */
    public List<Recommendation> priorities() {
        return tracker.recommendations().stream().filter(r -> r.latest().followup().priority()).toList();
    }

    /** How many target dates a review moved or removed, since each recommendation's review before. */
    public int slippedAt(int year) {
        int slipped = 0;
        for (Recommendation recommendation : tracker.recommendations()) {
            List<Assessment> history = recommendation.history();
            for (int i = 1; i < history.size(); i++) {
                DueChange change = DueChange.between(history.get(i - 1), history.get(i));
                if (history.get(i).year() == year && change != null && change.slipped()) {
                    slipped++;
                }
            }
        }
        return slipped;
    }

    /** The recommendations whose target date changed between two reviews, each with its change, in id order. */
    public List<Map.Entry<Recommendation, DueChange>> dueChanges(int fromYear, int toYear) {
        List<Map.Entry<Recommendation, DueChange>> changes = new ArrayList<>();
        for (Recommendation recommendation : tracker.recommendations()) {
            DueChange change = DueChange.between(recommendation.in(fromYear), recommendation.in(toYear));
            if (change != null) {
                changes.add(Map.entry(recommendation, change));
            }
        }
        return changes;
    }

    /**
     * How many recommendations of a review have each response, in the order of {@code tracker.yml}, responses no
     * recommendation has left out; then, when some have none, {@code null} with their number.
     */
    public Map<Response, Integer> responsesAt(int year) {
        Map<Response, Integer> counts = new java.util.LinkedHashMap<>();
        tracker.vocabulary().responses().forEach(response -> counts.put(response, 0));
        int none = 0;
        for (Review review : tracker.reviews()) {
            if (review.year() != year) {
                continue;
            }
            for (Assessment assessment : review.assessments()) {
                Response response = assessment.followup().response();
                if (response == null) {
                    none++;
                } else {
                    counts.merge(response, 1, Integer::sum);
                }
            }
        }
        counts.values().removeIf(count -> count == 0);
        if (none > 0 && !counts.isEmpty()) {
            counts.put(null, none);
        }
        return counts;
    }
}
