package io.github.trackdown.internal.compare;

import io.github.trackdown.model.Assessment;
import io.github.trackdown.model.DueDate;
import java.util.Objects;

/**
 * How a recommendation's target date changed from one review to a later one: set, moved or removed.
 *
 * @param kind what happened to it
 * @param from the earlier review's target date; {@code null} when it was set
 * @param to the later review's target date; {@code null} when it was removed
 */
public record DueChange(Kind kind, DueDate from, DueDate to) {

    /** What happened to a target date. */
    public enum Kind {
        /** A date given where the earlier review gave none. */
        SET,
        /** Another date given in place of the earlier one. */
        MOVED,
        /** The earlier date left out. */
        REMOVED
    }

    /** Whether the target date slipped out of sight: moved to another date or removed (not merely set). */
    public boolean slipped() {
        return kind != Kind.SET;
    }

    /**
     * The change of target date between two assessments of one recommendation.
     *
     * @return the change, or {@code null} when there is no earlier assessment or the date is the same
     */
    public static DueChange between(Assessment before, Assessment after) {
        if (before == null || after == null) {
            return null;
        }
        DueDate from = before.followup().due();
        DueDate to = after.followup().due();
        if (Objects.equals(from, to)) {
            return null;
        }
        return new DueChange(from == null ? Kind.SET : to == null ? Kind.REMOVED : Kind.MOVED, from, to);
    }
}
