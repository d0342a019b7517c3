package io.github.trackdown.maven;

import io.github.trackdown.BuildReport;
import io.github.trackdown.Trackdown;
import io.github.trackdown.report.ContentException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the content folder and reports every mistake with its file and line, writing nothing.
 *
 * <p>Bound to the {@code validate} phase, so every build checks the content first.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractTrackdownMojo {


    @Override
    String run(Trackdown engine) throws ContentException {
        BuildReport report = engine.check();
        report(report.warnings());
        return "Trackdown: the content is correct: " + report.contents();
    }
}
