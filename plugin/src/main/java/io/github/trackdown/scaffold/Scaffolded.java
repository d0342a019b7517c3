package io.github.trackdown.scaffold;

import io.github.trackdown.report.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What a scaffolding goal created.
 *
 * @param created the files created, in the order written
 * @param status the status the new recommendation files were given
 * @param outcome the outcome the new recommendation files were given
 * @param warnings the problems the content had before, which did not stop it
 */
public record Scaffolded(List<Path> created, String status, String outcome, List<Problem> warnings) {

    public Scaffolded {
        created = List.copyOf(created);
        warnings = List.copyOf(warnings);
    }
}
