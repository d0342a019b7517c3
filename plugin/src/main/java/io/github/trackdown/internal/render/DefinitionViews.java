package io.github.trackdown.internal.render;

import io.github.trackdown.internal.render.PartViews.ChangeMarker;
import io.github.trackdown.internal.render.PartViews.StatusLabel;
import java.util.List;

/** The plain values of the statuses page ({@code statuses.html}): what each status, outcome and response means. */
public final class DefinitionViews {

    private DefinitionViews() {
    }

    /**
     * A defined term: a status, an outcome or a response.
     *
     * @param name its name
     * @param anchor the id of its definition
     * @param meaning its one-line definition
     * @param note a remark on its special role, or empty
     * @param label the status as it is shown elsewhere, or {@code null} for outcomes and responses
     */
    public record Definition(String name, String anchor, String meaning, String note, StatusLabel label) {
    }

    /**
     * The page defining statuses, outcomes and responses.
     *
     * @param statuses every status, worst first
     * @param outcomes every outcome
     * @param legend the change markers, explained
     * @param responses every response the tracker lists; empty when it lists none
     */
    public record Definitions(List<Definition> statuses, List<Definition> outcomes, List<ChangeMarker> legend,
            List<Definition> responses) {

        /** Whether the tracker lists responses, defined after the outcomes. */
        public boolean hasResponses() {
            return !responses.isEmpty();
        }
    }
}
