package io.github.trackdown.maven;

import io.github.trackdown.BuildReport;
import io.github.trackdown.Trackdown;
import io.github.trackdown.report.ContentException;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the tracker's website from the content folder.
 *
 * <p>Bound to the {@code site} phase, so {@code mvn site} builds it. Fails, writing nothing, when the content
 * has errors; the previous site is then left as it was.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractTrackdownMojo {

    /**
     * The folder the website is written to. Its previous content is replaced, except files other tools put there.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.outputDirectory", defaultValue = "${project.reporting.outputDirectory}")
    File outputDirectory;

    @Override
    File outputDirectory() {
        return outputDirectory;
    }

    @Override
    String run(Trackdown engine) throws ContentException, IOException {
        BuildReport report = engine.build();
        report(report.warnings());
        return "Trackdown: wrote " + report.filesWritten() + " files for " + report.contents() + " to " + outputDirectory
                + (report.checkReused() ? " (the content as checked earlier in this build: no file changed since)" : "");
    }
}
