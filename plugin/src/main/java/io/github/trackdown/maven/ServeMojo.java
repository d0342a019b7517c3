package io.github.trackdown.maven;

import io.github.trackdown.Trackdown;
import io.github.trackdown.report.Problem;
import io.github.trackdown.internal.serve.Preview;
import io.github.trackdown.internal.serve.PreviewLog;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Previews the website while you write: builds it, serves it at {@code http://127.0.0.1:8080/}, and rebuilds it
 * and reloads open pages whenever a content file, template or asset changes.
 *
 * <p>When the content has errors, pages show them, with file and line, until they are fixed. The site is built in
 * memory; nothing is written to disk. Stop with Ctrl-C.
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractTrackdownMojo {

    /**
     * The port the preview listens on; {@code 0} for any free port (the address is logged).
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.port", defaultValue = "8080")
    int port;

    /**
     * The address the preview listens on. The default answers this computer only; {@code 0.0.0.0} lets every
     * computer on the network see the preview.
     *
     * @since 0.1.0
     */
    @Parameter(property = "trackdown.bind", defaultValue = "127.0.0.1")
    String bind;

    /** The preview shows drafts, each page of a draft with a "Draft" banner. */
    @Override
    boolean showsDrafts() {
        return true;
    }

    @Override
    String run(Trackdown engine) throws MojoExecutionException, IOException {
        InetSocketAddress address = new InetSocketAddress(address(), port);
        if (!address.getAddress().isLoopbackAddress()) {
            getLog().warn("Trackdown: the preview listens on " + bind + ", so other computers on the network can"
                    + " see it; leave out trackdown.bind to keep it on this computer");
        }
        Preview preview;
        try {
            preview = Preview.start(engine, address, new MavenPreviewLog());
        } catch (BindException e) {
            throw new MojoExecutionException("Trackdown cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); another program may use the port: choose another with -Dtrackdown.port=8081", e);
        }
        Thread stop = new Thread(() -> {
            preview.close();
            getLog().info("Trackdown: preview stopped");
        }, "trackdown-preview-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        getLog().info("Trackdown: previewing at " + preview.url() + " ; press Ctrl-C to stop");
        try {
            preview.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            preview.close();
        }
        return null;
    }

    private InetAddress address() throws MojoExecutionException {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new MojoExecutionException("Trackdown: `" + bind + "` is not an address of this computer;"
                    + " use 127.0.0.1 (the default) or 0.0.0.0", e);
        }
    }

    /** Tells builds and problems in Maven's log. */
    private final class MavenPreviewLog implements PreviewLog {
        @Override
        public void info(String line) {
            getLog().info(line);
        }

        @Override
        public void problem(Problem problem) {
            report(List.of(problem));
        }
    }
}
