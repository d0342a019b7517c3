package io.github.trackdown.maven;

import io.github.trackdown.Trackdown;
import io.github.trackdown.report.ContentException;
import io.github.trackdown.scaffold.ScaffoldException;
import io.github.trackdown.scaffold.Scaffolded;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts the next review year: creates its folder with a {@code review.md} to fill in and one file per
 * recommendation still open in the latest review.
 *
 * <p>Each recommendation keeps its latest title, theme, owners and wording; its status becomes the tracker's
 * {@code kind: unassessed} status and its outcome {@code Retained} (or the first outcome that does not remove),
 * so editors change only what the review changed. Recommendations removed or closed in the latest review are left
 * out. Refuses to touch a folder that already exists.
 *
 * @since 0.1.0
 */
@Mojo(name = "new-review", threadSafe = true)
public class NewReviewMojo extends AbstractTrackdownMojo {

    /**
     * The new review's year, such as {@code 2025}; {@code 0} for the year after the latest review.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.year", defaultValue = "0")
    int year;


    /**
     * In a portfolio, the report to add the new review to: the name of its folder beside {@code portfolio.yml}, such as
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
        Scaffolded made = engine.newReview(year);
        report(made.warnings());
        Path folder = made.created().get(0).getParent();
        int carried = made.created().size() - 1;
        getLog().info("Trackdown: each recommendation has status `" + made.status() + "` and outcome `"
                + made.outcome() + "`. Fill in the lines marked TODO in review.md, then change in each file what the"
                + " review says");
        return "Trackdown: created " + engine.contentDirectory().relativize(folder) + "/ with review.md and " + carried
                + " recommendation" + (carried == 1 ? "" : "s") + " carried forward";
    }

    @Override
    String written() {
        return "the new review's files";
    }
}
