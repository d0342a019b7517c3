package io.github.trackdown.maven;

import io.github.trackdown.Trackdown;
import io.github.trackdown.report.ContentException;
import io.github.trackdown.scaffold.ScaffoldException;
import io.github.trackdown.scaffold.Scaffolded;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adds a recommendation to the latest review: a file named after its id, with the tracker's
 * {@code kind: unassessed} status and the outcome {@code New} (or the first outcome that does not remove).
 *
 * <p>Refuses an id that any review already uses. Placeholders it writes are marked {@code TODO}.
 *
 * @since 0.1.0
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends AbstractTrackdownMojo {

    /**
     * The new recommendation's id, the same in every later review, such as {@code R17}. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.id", defaultValue = "")
    String id;

    /**
     * The new recommendation's short title. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.title", defaultValue = "")
    String title;

    /**
     * One of the tracker's themes; empty for the first theme of {@code tracker.yml}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.theme", defaultValue = "")
    String theme;

    /**
     * The bodies the recommendation is addressed to, separated by semicolons; empty for a placeholder marked TODO.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.owners", defaultValue = "")
    String owners;


    /**
     * In a portfolio, the report to add the new recommendation to: the name of its folder beside {@code portfolio.yml}, such as
     * {@code linkage-2023}; empty (the default) for a content folder that is one tracker.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.report", defaultValue = "")
    String report;

    @Override
    File contentFolder() throws MojoExecutionException {
        return reportFolder(report);
    }

    @Override
    String run(Trackdown engine) throws ContentException, ScaffoldException, IOException {
        List<String> bodies = owners == null ? List.of() : Arrays.asList(owners.split(";"));
        Scaffolded made = engine.newRecommendation(id, title, theme, bodies);
        report(made.warnings());
        getLog().info("Trackdown: it has status `" + made.status() + "` and outcome `" + made.outcome()
                + "`; write its wording below the front matter, in place of the TODO line");
        return "Trackdown: created " + engine.contentDirectory().relativize(made.created().get(0));
    }

    @Override
    String written() {
        return "the new recommendation's file";
    }
}
