package io.github.trackdown.internal.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that answer the preview's requests, so that slow clients cannot starve the others.
 *
 * <p>The JDK's server reads a request's headers on the thread that then answers it. A client that sends its headers
 * slowly (one line every few seconds) holds its thread meanwhile, so there are up to {@value #THREADS} threads, far
 * more than an editor's browser opens connections, and a request whose headers have not all arrived within
 * {@value #HEADER_SECONDS} seconds is cut off: its thread is interrupted, which closes the connection. Threads not
 * used for a minute end.
 */
final class HandlerThreads implements Executor {

    /** The most requests read or answered at once; more wait for a free thread. */
    static final int THREADS = 256;
    /** How long a request's headers may take to arrive, in seconds. */
    static final int HEADER_SECONDS = 10;

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    /** The threads reading a request's headers, and since when (System.nanoTime()). */
    private final Map<Thread, Long> reading = new ConcurrentHashMap<>();
    private final long headerNanos;

    HandlerThreads(String prefix) {
        this(prefix, TimeUnit.SECONDS.toNanos(HEADER_SECONDS));
    }

    HandlerThreads(String prefix, long headerNanos) {
        this.headerNanos = headerNanos;
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemons(prefix));
        pool.allowCoreThreadTimeOut(true);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemons(prefix + "watchdog-"));
        long period = Math.max(1, TimeUnit.NANOSECONDS.toMillis(headerNanos) / 20);
        watchdog.scheduleWithFixedDelay(this::cutOffSlowHeaders, period, period, TimeUnit.MILLISECONDS);
    }

    /** Runs one request: its headers are read first, then {@link #headersRead()} is called by the handler. */
    @Override
    public void execute(Runnable request) {
        pool.execute(() -> {
            Thread thread = Thread.currentThread();
            reading.put(thread, System.nanoTime());
            try {
                request.run();
            } finally {
                reading.remove(thread);
                Thread.interrupted();
            }
        });
    }

    /** Tells that the calling thread has read its request's headers: it is no longer cut off. */
    void headersRead() {
        reading.remove(Thread.currentThread());
    }

    private void cutOffSlowHeaders() {
        long now = System.nanoTime();
        reading.forEach((thread, since) -> {
            if (now - since > headerNanos && reading.remove(thread, since)) {
                thread.interrupt();
            }
        });
    }

    /** Stops every thread. */
    void shutdownNow() {
        watchdog.shutdownNow();
        pool.shutdownNow();
    }

    static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
