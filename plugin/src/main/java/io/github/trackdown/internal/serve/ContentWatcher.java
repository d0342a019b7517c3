package io.github.trackdown.internal.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches a content folder and everything in it (year folders, {@code templates/}, {@code assets/}) with the
 * JDK's {@link WatchService}, and runs a build when files change.
 *
 * <p>Changes that arrive together, such as the several events of one save, give one build: the watcher waits until
 * no change has come for {@value #QUIET_MILLIS} ms. A build that fails is only reported once the folder has stayed
 * quiet for {@value #SETTLE_MILLIS} ms more, so a file caught half-saved never shows as an error. Names starting
 * with {@code .} or ending with {@code ~} (editors' swap and backup files) are ignored. Folders created later are
 * watched too.
 */
final class ContentWatcher implements AutoCloseable {

    /** How long changes must pause before a build starts, in milliseconds. */
    static final long QUIET_MILLIS = 20;

    /** How long the folder must stay quiet before a failed build is reported, in milliseconds. */
    static final long SETTLE_MILLIS = 150;

    /**
     * What to do on a change: build the site, then make the outcome visible.
     *
     * @param <T> the outcome of a build
     */
    interface Rebuild<T> {
        /** Builds; called on the watcher's thread, one build at a time. */
        T run();

        /** Whether the outcome is a site that built. */
        boolean succeeded(T outcome);

        /** Makes the outcome visible: serves it and logs it. */
        void publish(T outcome);
    }

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    private <T> ContentWatcher(Path root, Rebuild<T> rebuild) throws IOException {
        this.root = root;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(root);
        this.thread = new Thread(() -> run(rebuild), "trackdown-preview-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching a folder and its sub-folders.
     *
     * @throws IOException when the folder cannot be watched
     */
    static <T> ContentWatcher start(Path root, Rebuild<T> rebuild) throws IOException {
        ContentWatcher watcher = new ContentWatcher(root, rebuild);
        watcher.thread.start();
        return watcher;
    }

    /** Stops watching; a build in progress finishes without being reported. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Already closed.
        }
        thread.interrupt();
    }

    private <T> void run(Rebuild<T> rebuild) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                while ((key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(key);
                }
                if (!relevant) {
                    continue;
                }
                T outcome = rebuild.run();
                while (!rebuild.succeeded(outcome) && changedWithin(SETTLE_MILLIS)) {
                    outcome = rebuild.run();
                }
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                rebuild.publish(outcome);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped.
        }
    }

    /** Whether a relevant change arrives within the time; drains what arrives. */
    private boolean changedWithin(long millis) throws InterruptedException {
        boolean relevant = false;
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            WatchKey key = service.poll(left, TimeUnit.NANOSECONDS);
            if (key == null) {
                break;
            }
            relevant |= drain(key);
        }
        if (relevant) {
            WatchKey key;
            while ((key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                drain(key);
            }
        }
        return relevant;
    }

    /** Reads a key's events, watches new folders, and says whether any event concerns content. */
    private boolean drain(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                relevant = true;
                continue;
            }
            Path name = (Path) event.context();
            if (ignored(name.toString())) {
                continue;
            }
            relevant = true;
            Path changed = folder.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // It went away again; the build will tell.
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    /** Watches a folder and every folder inside it, except hidden ones and what is inside them. */
    private void registerTree(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && ignored(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~");
    }
}
