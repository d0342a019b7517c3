package io.github.trackdown.internal.render;

import io.github.trackdown.model.Status;
import io.github.trackdown.model.StatusKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The colours of statuses, derived from their place in the vocabulary: red for the worst step, green for the best.
 *
 * <p>Colour only ever repeats what the status's name already says. Every fill has a contrast of at least
 * 4.5:1 with white text, and every tint at least 4.5:1 with the body text colour.
 */
final class Palette {

    private static final String[] SCALE_FILLS = {"#b3261e", "#a14a00", "#7a6200", "#3b7d23", "#1b5e20"};
    private static final String[] SCALE_TINTS = {"#fde8e6", "#fdebd8", "#f7f0cf", "#e6f2dc", "#dcefdc"};
    private static final String UNASSESSED_FILL = "#616161";
    private static final String UNASSESSED_TINT = "#eeeeee";
    private static final String CLOSED_FILL = "#2c4a6e";
    private static final String CLOSED_TINT = "#e3eaf3";

    private Palette() {
    }

    /** The strong colour of a status, for chart bars. */
    static String fill(Status status, List<Status> all) {
        return switch (status.kind()) {
            case UNASSESSED -> UNASSESSED_FILL;
            case CLOSED -> CLOSED_FILL;
            case SCALE -> SCALE_FILLS[scaleIndex(status, all)];
        };
    }

    /** The light colour of a status, for labels behind dark text. */
    static String tint(Status status, List<Status> all) {
        return switch (status.kind()) {
            case UNASSESSED -> UNASSESSED_TINT;
            case CLOSED -> CLOSED_TINT;
            case SCALE -> SCALE_TINTS[scaleIndex(status, all)];
        };
    }

    private static int scaleIndex(Status status, List<Status> all) {
        Scale scale = scaleOf(all);
        if (scale.size() == 1) {
            return SCALE_FILLS.length - 1;
        }
        int position = scale.positions().getOrDefault(status, -1);
        return Math.round((float) position * (SCALE_FILLS.length - 1) / (scale.size() - 1));
    }

    /** The steps of progress of a vocabulary and the place of each among them. */
    private record Scale(List<Status> all, Map<Status, Integer> positions, int size) {
    }

    /** The last vocabulary's scale, kept so that colouring n statuses costs n steps, not n² (10,000 statuses). */
    private static volatile Scale last;

    private static Scale scaleOf(List<Status> all) {
        Scale scale = last;
        if (scale == null || scale.all() != all) {
            Map<Status, Integer> positions = new HashMap<>();
            for (Status status : all) {
                if (status.kind() == StatusKind.SCALE) {
                    positions.putIfAbsent(status, positions.size());
                }
            }
            scale = new Scale(all, positions, positions.size());
            last = scale;
        }
        return scale;
    }

    /** A style sheet giving each status of the vocabulary its label colours. */
    static String styleSheet(List<Status> statuses) {
        StringBuilder css = new StringBuilder("/* Status colours, generated from tracker.yml. */\n");
        for (Status status : statuses) {
            css.append(".status-").append(status.slug()).append(" { background: ").append(tint(status, statuses))
                    .append("; border-left-color: ").append(fill(status, statuses)).append("; }\n");
            css.append(".swatch-").append(status.slug()).append(" { background: ").append(fill(status, statuses))
                    .append("; }\n");
        }
        return css.toString();
    }
}
