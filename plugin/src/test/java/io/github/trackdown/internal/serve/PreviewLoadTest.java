package io.github.trackdown.internal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.TrackerFixture;
import io.github.trackdown.report.Problem;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview under load: many open connections at once while an editor keeps saving. */
class PreviewLoadTest {

    static final int CONNECTIONS = 200;
    static final int REQUESTS_PER_CONNECTION = 20;
    static final int RECOMMENDATIONS = 20;

    @TempDir
    Path project;

    @Test
    void twoHundredConcurrentConnectionsGetOnlyWholePagesWhileAFileIsSavedOverAndOver() throws Exception {
        TrackerFixture fixture = new TrackerFixture(project).standardTracker().review(2023).review(2024);
        List<String> paths = new ArrayList<>(List.of("/", "/reviews/2024.html", "/compare.html", "/assets/style.css"));
        for (int i = 1; i <= RECOMMENDATIONS; i++) {
            fixture.recommendation(2023, "R" + i, "Topic " + i, "People", "Not yet assessed", "New")
                    .recommendation(2024, "R" + i, "Topic " + i, "People", "Some progress", "Retained");
            paths.add("/recommendations/r" + i + ".html");
        }
        AtomicInteger builds = new AtomicInteger();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        PreviewLog log = new PreviewLog() {
            @Override
            public void info(String line) {
                if (line.startsWith("Trackdown: built")) {
                    builds.incrementAndGet();
                } else {
                    failures.add("log: " + line);
                }
            }

            @Override
            public void problem(Problem problem) {
                failures.add("log: " + problem.format());
            }
        };
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        List<RawHttp> connections = new ArrayList<>();
        try (Preview preview = Preview.start(fixture.engine(), new InetSocketAddress("127.0.0.1", 0), log)) {
            int port = preview.address().getPort();
            for (int c = 0; c < CONNECTIONS; c++) {
                connections.add(new RawHttp(port));
            }
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger answered = new AtomicInteger();
            for (int c = 0; c < CONNECTIONS; c++) {
                RawHttp connection = connections.get(c);
                int first = c;
                clients.submit(() -> {
                    start.await();
                    for (int r = 0; r < REQUESTS_PER_CONNECTION; r++) {
                        String path = paths.get((first + r) % paths.size());
                        try {
                            String problem = wholeOrWhy(connection.request("GET", path, Map.of()), path);
                            if (problem != null) {
                                failures.add(problem);
                            }
                            answered.incrementAndGet();
                        } catch (Exception e) {
                            failures.add(path + ": " + e);
                            return null;
                        }
                    }
                    return null;
                });
            }
            AtomicBoolean loading = new AtomicBoolean(true);
            Thread editor = new Thread(() -> {
                for (int save = 0; loading.get() && save < 200; save++) {
                    fixture.recommendation(2024, "R1", "Topic 1", "People",
                            save % 2 == 0 ? "Good progress" : "Some progress", "Retained");
                    sleep(40);
                }
            }, "editor");

            start.countDown();
            editor.start();
            clients.shutdown();
            boolean finished = clients.awaitTermination(120, TimeUnit.SECONDS);
            loading.set(false);
            editor.join();

            assertTrue(finished, "the load ended within its bound: " + answered + " responses");
            assertEquals(List.of(), List.copyOf(failures));
            assertEquals(CONNECTIONS * REQUESTS_PER_CONNECTION, answered.get());
            assertTrue(builds.get() >= 2, "the site was rebuilt during the load: " + builds + " builds");
            assertEquals(200, RawHttp.get(port, "/").status(), "still serving after the load");
        } finally {
            clients.shutdownNow();
            for (RawHttp connection : connections) {
                connection.close();
            }
        }
    }

    /** {@code null} for a whole response: 200, every byte announced, and a page from doctype to closing tag. */
    private static String wholeOrWhy(RawHttp.Response response, String path) {
        if (response.status() != 200) {
            return path + ": status " + response.status();
        }
        if (response.body().length != Integer.parseInt(response.header("Content-Length"))) {
            return path + ": " + response.body().length + " bytes of " + response.header("Content-Length");
        }
        if (path.endsWith(".css")) {
            return null;
        }
        String page = response.text();
        if (!page.startsWith("<!DOCTYPE html>") || !page.endsWith("</html>\n")) {
            return path + ": not a whole page";
        }
        if (path.equals("/recommendations/r1.html") && !page.contains(">Good progress</span>")
                && !page.contains(">Some progress</span>")) {
            return path + ": neither status";
        }
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
