package io.github.trackdown.internal.portfolio;

import io.github.trackdown.model.Recommendation;
import io.github.trackdown.model.StatusKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A portfolio's recommendations grouped by the kind of their latest status, since each report keeps statuses of its
 * own: first those not yet assessed, then those on a progress scale, worst first by where their status stands on
 * their own report's scale ({@link Entry#scalePosition()}), then closed ones.
 */
public final class StatusGroups {

    /** The kinds in the order the pages show them. */
    public static final List<StatusKind> ORDER = List.of(StatusKind.UNASSESSED, StatusKind.SCALE, StatusKind.CLOSED);

    /** Worst first: by where the status stands on its report's scale, then by report and id. */
    public static final Comparator<Entry> WORST_FIRST = Comparator.comparingDouble(Entry::scalePosition)
            .thenComparing(entry -> entry.report().folder()).thenComparingInt(Entry::order);

    private StatusGroups() {
    }

    /**
     * One kind of status and its recommendations.
     *
     * @param kind the kind
     * @param entries the recommendations whose latest status is of this kind, worst first
     */
    public record Group(StatusKind kind, List<Entry> entries) {
        public Group {
            entries = List.copyOf(entries);
        }
    }

    /** Every recommendation of the portfolio still followed, by kind, in {@link #ORDER}; empty kinds left out. */
    public static List<Group> open(Portfolio portfolio) {
        return groups(portfolio, Entry::open);
    }

    /**
     * Every recommendation still followed that is overdue at its latest review (its report's own target date and
     * statuses decide), by kind, in {@link #ORDER}; empty kinds left out, and an empty list when none is.
     */
    public static List<Group> overdue(Portfolio portfolio) {
        return groups(portfolio, entry -> entry.open()
                && entry.report().comparison().followups().overdue(entry.latest()));
    }

    /** Every recommendation of the portfolio, by kind, in {@link #ORDER}; empty kinds left out. */
    public static List<Group> all(Portfolio portfolio) {
        return groups(portfolio, entry -> true);
    }

    private static List<Group> groups(Portfolio portfolio, Predicate<Entry> shown) {
        List<Group> groups = new ArrayList<>();
        for (StatusKind kind : ORDER) {
            List<Entry> entries = new ArrayList<>();
            for (Report report : portfolio.reports()) {
                List<Recommendation> recommendations = report.tracker().recommendations();
                for (int i = 0; i < recommendations.size(); i++) {
                    Entry entry = new Entry(report, recommendations.get(i), i);
                    if (entry.latest().status().kind() == kind && shown.test(entry)) {
                        entries.add(entry);
                    }
                }
            }
            entries.sort(WORST_FIRST);
            if (!entries.isEmpty()) {
                groups.add(new Group(kind, entries));
            }
        }
        return groups;
    }
}
