package io.github.trackdown.maven;

import io.github.trackdown.CheckedContent;
import io.github.trackdown.Trackdown;
import io.github.trackdown.report.ContentException;
import io.github.trackdown.report.Problem;
import io.github.trackdown.report.Severity;
import io.github.trackdown.scaffold.ScaffoldException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters every Trackdown goal shares, and the mapping of the engine's outcome to Maven's. */
abstract class AbstractTrackdownMojo extends AbstractMojo {

    private static final String CHECKED_CONTENT = CheckedContent.class.getName();

    /**
     * The content folder: {@code tracker.yml} and one folder per review year.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.contentDirectory", defaultValue = "${project.basedir}/src/tracker")
    File contentDirectory;

    /**
     * Treat warnings (such as a recommendation that disappears without being closed) as errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.strict", defaultValue = "false")
    boolean strict;

    /**
     * Publish HTML written inside Markdown as HTML. When false, it is shown as text, so content cannot add scripts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.allowRawHtml", defaultValue = "false")
    boolean allowRawHtml;

    /**
     * The site's public address, such as {@code https://org.github.io/repo/}. When set, a sitemap is written and the
     * data files and feed use absolute addresses; pages always link relatively. Empty by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.siteUrl", defaultValue = "")
    String siteUrl;

    /**
     * Skip this goal: nothing is checked, built, served or created.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.skip", defaultValue = "false")
    boolean skip;

    /** The project folder; file names in messages are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File projectDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Trackdown: skipped");
            return;
        }
        Trackdown engine = Trackdown.builder()
                .contentDirectory(contentFolder().toPath())
                .projectDirectory(projectDirectory.toPath())
                .strict(strict)
                .allowRawHtml(allowRawHtml)
                .siteUrl(siteUrl)
                .outputDirectory(outputDirectory().toPath())
                .checkedBefore(takeEarlierCheck())
                .drafts(showsDrafts())
                .build();
        long started = System.nanoTime();
        try {
            String done = run(engine);
            engine.checked().ifPresent(this::keepCheck);
            if (done != null) {
                getLog().info(done + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        } catch (ContentException e) {
            report(e.problems());
            throw new MojoFailureException("Trackdown found problems in the content: " + e.getMessage()
                    + ". Fix them and run the build again.");
        } catch (ScaffoldException e) {
            throw new MojoFailureException("Trackdown: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Trackdown could not write " + written() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * The check an earlier goal of this project ran in this Maven run (the check goal in {@code validate}), which the
     * engine reuses when no content file changed since, and forgets, so that it is not held for the rest of the run.
     */
    private CheckedContent takeEarlierCheck() {
        Map<?, ?> context = getPluginContext();
        return context == null ? null : (CheckedContent) context.remove(CHECKED_CONTENT);
    }

    @SuppressWarnings("unchecked")
    private void keepCheck(CheckedContent check) {
        Map<Object, Object> context = getPluginContext();
        if (context != null) {
            context.put(CHECKED_CONTENT, check);
        }
    }

    /** The project's build folder; goals other than build write nothing there. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    /** The folder the goal writes to; goals that write nothing return the build folder. */
    /** The content folder the goal works on: {@link #contentDirectory} unless the goal says otherwise. */
    File contentFolder() throws MojoExecutionException {
        return contentDirectory;
    }

    /**
     * A report of a portfolio, by its folder's name: the content folder of a goal that adds to one report; the
     * content folder itself when {@code report} is empty.
     */
    File reportFolder(String report) throws MojoExecutionException {
        if (report == null || report.isBlank()) {
            return contentDirectory;
        }
        File folder = new File(contentDirectory, report.strip());
        if (!report.strip().matches("[a-z0-9][a-z0-9._-]*") || !new File(folder, "tracker.yml").isFile()) {
            throw new MojoExecutionException("Trackdown: `" + report + "` is not a report of the portfolio in "
                    + contentDirectory + ": give the name of a folder beside portfolio.yml that has a tracker.yml");
        }
        return folder;
    }

    File outputDirectory() {
        return buildDirectory;
    }

    /**
     * Runs the engine for this goal, reporting the content's warnings with {@link #report}.
     *
     * @return the line logged when the goal succeeds, to which " in N ms" is added; {@code null} for none
     */
    abstract String run(Trackdown engine) throws ContentException, ScaffoldException, IOException,
            MojoExecutionException;

    /** Whether the goal shows drafts, marked as such: only the preview does. */
    boolean showsDrafts() {
        return false;
    }

    /** What the goal writes, for the message when it cannot: "the site" unless the goal says otherwise. */
    String written() {
        return "the site";
    }

    /** Logs problems as errors, warnings and notes (and, on GitHub Actions, as annotations). */
    void report(List<Problem> problems) {
        boolean annotate = "true".equals(System.getenv("GITHUB_ACTIONS"));
        for (Problem problem : problems) {
            if (problem.severity() == Severity.ERROR) {
                getLog().error(problem.format());
            } else if (problem.severity() == Severity.NOTE) {
                getLog().info(problem.format());
            } else {
                getLog().warn(problem.format());
            }
            if (annotate) {
                System.out.println(GitHubAnnotations.format(problem));
            }
        }
    }
}
