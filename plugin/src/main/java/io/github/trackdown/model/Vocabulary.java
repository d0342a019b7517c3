package io.github.trackdown.model;

import java.util.List;

/**
 * The words a tracker allows: its statuses from worst to best, its outcomes and its themes.
 *
 * @param statuses every status, in the order of {@code tracker.yml} (worst first)
 * @param outcomes every outcome, in the order of {@code tracker.yml}
 * @param themes every theme, in the order of {@code tracker.yml}
 */
public record Vocabulary(List<Status> statuses, List<Outcome> outcomes, List<Theme> themes) {

    public Vocabulary {
        statuses = List.copyOf(statuses);
        outcomes = List.copyOf(outcomes);
        themes = List.copyOf(themes);
    }
}
