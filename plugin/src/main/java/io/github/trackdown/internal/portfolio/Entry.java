package io.github.trackdown.internal.portfolio;

import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.Status;
import io.github.trackdown.model.StatusKind;

/**
 * One recommendation of one report, as the pages across reports list it: with its latest assessment and where its
 * status stands on its own report's scale.
 *
 * @param report the report it belongs to
 * @param recommendation the recommendation
 * @param order its place in its report's list of recommendations (natural id order)
 */
public record Entry(Report report, Recommendation recommendation, int order) {

    /** Its latest assessment. */
    public Assessment latest() {
        return recommendation.latest();
    }

    /** Whether it is still followed: its latest status is not of the closed kind and its outcome does not remove it. */
    public boolean open() {
        return latest().status().kind() != StatusKind.CLOSED && !latest().outcome().removes();
    }

    /** Its latest status's step on its report's progress scale: 1 for the worst; 0 when not on the scale. */
    public int step() {
        Status status = latest().status();
        if (!status.onScale()) {
            return 0;
        }
        return (int) report.tracker().vocabulary().statuses().stream()
                .filter(s -> s.onScale() && s.rank() <= status.rank()).count();
    }

    /** How many steps its report's progress scale has. */
    public int steps() {
        return (int) report.tracker().vocabulary().statuses().stream().filter(Status::onScale).count();
    }

    /**
     * Where its status stands between the worst step of its report's scale (0) and the best (1), so that reports
     * with scales of different lengths can be ordered together; 0 off the scale.
     */
    public double scalePosition() {
        int steps = steps();
        return step() == 0 || steps <= 1 ? 0 : (step() - 1) / (double) (steps - 1);
    }
}
