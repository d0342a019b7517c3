package io.github.trackdown.internal.serve;

import io.github.trackdown.RenderedSite;
import io.github.trackdown.Trackdown;
import io.github.trackdown.report.ContentException;
import io.github.trackdown.report.Problem;
import io.github.trackdown.report.Severity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A live preview of a tracker's site: builds it, serves it, and rebuilds it whenever the content changes.
 *
 * <p>The site is built in memory ({@link Trackdown#render()}) and nothing is written to disk. Every change to the
 * content folder, including its {@code templates/} and {@code assets/}, renders the site again, redoing only what
 * the change affects (the engine reuses unchanged files, Markdown and pages), which takes about half a second for
 * 10,000 files; open pages then reload by themselves. When the content has
 * errors, pages show them instead of the last site, and the log lists them; the last site that built is kept for
 * the style sheets.
 *
 * <pre>{@code
 * try (Preview preview = Preview.start(engine, new InetSocketAddress("127.0.0.1", 8080), log)) {
 *     System.out.println("Open " + preview.url());
 *     preview.awaitClose();
 * }
 * }</pre>
 */
public final class Preview implements AutoCloseable {

    private final Trackdown engine;
    private final PreviewLog log;
    private final String instance = Long.toString(System.nanoTime(), 36);
    private final AtomicInteger builds = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Snapshot last;
    private PreviewServer server;
    private ContentWatcher watcher;

    private Preview(Trackdown engine, PreviewLog log) {
        this.engine = engine;
        this.log = log;
    }

    /**
     * Builds the site, starts serving it and starts watching the content folder.
     *
     * @param engine the engine to build with; its output folder is not used
     * @param address the address and port to listen on, such as {@code 127.0.0.1:8080}; port 0 for any free port
     * @param log where builds and problems are told
     * @throws IOException when the address cannot be listened on or the content folder cannot be watched
     */
    public static Preview start(Trackdown engine, InetSocketAddress address, PreviewLog log) throws IOException {
        if (!Files.isDirectory(engine.contentDirectory())) {
            throw new IOException("the content folder " + engine.contentDirectory() + " does not exist");
        }
        Preview preview = new Preview(engine, log);
        Outcome first = preview.build();
        preview.last = first.snapshot(preview.emptySnapshot());
        preview.server = PreviewServer.start(address, preview.last);
        try {
            preview.watcher = ContentWatcher.start(engine.contentDirectory(), preview.new Rebuild());
        } catch (IOException e) {
            preview.server.stop();
            throw e;
        }
        preview.tell(first);
        return preview;
    }

    /** The address of the site's home page, such as {@code http://127.0.0.1:8080/}. */
    public URI url() {
        return server.url();
    }

    /** The address and port the preview listens on. */
    public InetSocketAddress address() {
        return server.address();
    }

    /** Waits until the preview is closed, by {@link #close()} from another thread. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching and serving; open pages lose their connection. Safe to call more than once. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        if (watcher != null) {
            watcher.close();
        }
        server.stop();
        closed.countDown();
    }

    private Outcome build() {
        long start = System.nanoTime();
        String version = instance + "." + builds.incrementAndGet();
        try {
            RenderedSite site = engine.render();
            return new Outcome(site, List.of(), version, millisSince(start));
        } catch (ContentException e) {
            return new Outcome(null, e.problems(), version, millisSince(start));
        } catch (RuntimeException e) {
            Problem failure = new Problem(engine.contentDirectory().toString(), 0, 0, Severity.ERROR,
                    "the site could not be built: " + e);
            return new Outcome(null, List.of(failure), version, millisSince(start));
        }
    }

    private void tell(Outcome outcome) {
        if (outcome.site() != null) {
            outcome.site().warnings().forEach(log::problem);
            log.info("Trackdown: built " + outcome.site().files().size() + " files for "
                    + outcome.site().contents() + " in " + outcome.millis() + " ms");
        } else {
            outcome.errors().forEach(log::problem);
            log.info("Trackdown: the content has " + outcome.errors().size() + " problem"
                    + (outcome.errors().size() == 1 ? "" : "s") + " (" + outcome.millis()
                    + " ms); pages show them until they are fixed");
        }
    }

    private Snapshot emptySnapshot() {
        return new Snapshot(Map.of(), List.of(), instance + ".0");
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** One build: the site that built, or the errors that stopped it. */
    private record Outcome(RenderedSite site, List<Problem> errors, String version, long millis) {

        /** What to serve after this build, given what was served before. */
        Snapshot snapshot(Snapshot previous) {
            return site != null ? Snapshot.of(site.files(), version) : previous.failed(errors, version);
        }
    }

    /** What the watcher does on a change. */
    private final class Rebuild implements ContentWatcher.Rebuild<Outcome> {
        @Override
        public Outcome run() {
            return build();
        }

        @Override
        public boolean succeeded(Outcome outcome) {
            return outcome.site() != null;
        }

        @Override
        public void publish(Outcome outcome) {
            last = outcome.snapshot(last);
            server.publish(last);
            tell(outcome);
        }
    }
}
