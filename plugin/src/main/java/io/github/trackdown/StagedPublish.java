package io.github.trackdown;

import io.github.trackdown.internal.write.SiteWriter;
import io.github.trackdown.report.ContentException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The <b>write</b> stage of a build: every file rendered into a staging folder beside the output, then published
 * whole, and only when the content passed its check, so the output is never left half written.
 */
final class StagedPublish {

    /** Renders every file of a site into the sink, from any thread. */
    interface Render {
        void into(Consumer<OutputFile> sink) throws ContentException;
    }

    /** Throws when the content's problems must stop the build; called after rendering, before publishing. */
    interface Gate {
        void check() throws ContentException;
    }

    private StagedPublish() {
    }

    /**
     * Renders, checks, then publishes.
     *
     * @param warnings receives what the writer noticed about the output folder, such as files it left alone
     * @return how many files were written
     */
    static int publish(Path outputDirectory, Render render, Gate gate, Consumer<String> warnings)
            throws ContentException, IOException {
        try (SiteWriter.Staging staging = new SiteWriter(outputDirectory).stage()) {
            render.into(file -> {
                try {
                    staging.add(file);
                } catch (IOException e) {
                    throw new StagingFailure(e);
                }
            });
            gate.check();
            int written = staging.publish();
            staging.warnings().forEach(warnings);
            return written;
        } catch (StagingFailure e) {
            throw e.getCause();
        }
    }

    /** A file that could not be written to the staging folder, carried out of the rendering threads. */
    private static final class StagingFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StagingFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
