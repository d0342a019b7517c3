package io.github.trackdown;

import io.github.trackdown.internal.compare.TrackerComparison;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tracker and its translations, each compared: what the engine's <b>compare</b> stage gives the render stage.
 *
 * @param tracker the tracker, compared
 * @param translations each translation, compared, by content folder
 */
record Compared(TrackerComparison tracker, Map<Path, TrackerComparison> translations) {

    /** The <b>compare</b> stage: every review of the tracker and of each translation compared with the others. */
    static Compared of(Trackdown.Checked checked) {
        Map<Path, TrackerComparison> translations = new LinkedHashMap<>();
        checked.translations().forEach((folder, tracker) -> translations.put(folder, TrackerComparison.of(tracker)));
        return new Compared(TrackerComparison.of(checked.tracker()), translations);
    }
}
