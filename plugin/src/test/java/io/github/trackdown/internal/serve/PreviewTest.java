package io.github.trackdown.internal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.TrackerFixture;
import io.github.trackdown.OutputFile;
import io.github.trackdown.report.Problem;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code trackdown:serve}'s engine: a preview on 127.0.0.1 and a free port, over a small tracker. */
class PreviewTest {

    @TempDir
    Path project;

    TrackerFixture fixture;
    Preview preview;
    int port;
    final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void twoReviewsServedOnAFreePort() throws IOException {
        fixture = new TrackerFixture(project).standardTracker()
                .review(2023)
                .recommendation(2023, "R1", "Career frameworks", "People", "Not yet assessed", "New")
                .recommendation(2023, "R2", "Checklists", "Processes", "Not yet assessed", "New")
                .review(2024)
                .recommendation(2024, "R1", "Career frameworks", "People", "Some progress", "Retained")
                .recommendation(2024, "R2", "Checklists", "Processes", "Not met", "Retained");
        preview = Preview.start(fixture.engine(), new InetSocketAddress("127.0.0.1", 0), new PreviewLog() {
            @Override
            public void info(String line) {
                log.add(line);
            }

            @Override
            public void problem(Problem problem) {
                log.add(problem.format());
            }
        });
        port = preview.address().getPort();
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void aChangedStatusIsServedWithinTwoSecondsOfTheSave() throws Exception {
        assertTrue(page("recommendations/r1.html").contains("Some progress"));

        long saved = System.nanoTime();
        fixture.recommendation(2024, "R1", "Career frameworks", "People", "Good progress", "Retained");
        String status = awaitStatusOfR1("Good progress", 2_000);

        long millis = (System.nanoTime() - saved) / 1_000_000;
        assertEquals("Good progress", status, "after " + millis + " ms");
        assertTrue(millis < 2_000, "served after " + millis + " ms");
    }

    @Test
    void listensOn127001AndAFreePortOnly() throws Exception {
        assertEquals(InetAddress.getByName("127.0.0.1"), preview.address().getAddress());
        assertNotEquals(0, port);
        assertEquals("http://127.0.0.1:" + port + "/", preview.url().toString());
        for (InetAddress other : nonLoopbackAddresses()) {
            assertThrows(ConnectException.class, () -> new Socket(other, port).close(),
                    "reachable from " + other);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/%2E%2E/pom.xml", "/.%2e/pom.xml",
            "/reviews/../../pom.xml", "/reviews/%2e%2e/%2e%2e/pom.xml", "/..%2fpom.xml", "/reviews%2F..%2F..%2Fpom.xml",
            "/..\\pom.xml", "/%5c..%5cpom.xml", "/reviews/..%5c..%5cpom.xml", "/%c0%ae%c0%ae/pom.xml",
            "//etc/passwd", "/index.html%00.css", "/./index.html", "/%"})
    void aPathThatCouldLeadOutOfTheSiteIsRefused(String path) throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<project>secret</project>");

        RawHttp.Response response = RawHttp.get(port, path);

        assertEquals(400, response.status(), path + " gave " + response.text());
        assertFalse(response.text().contains("secret"));
    }

    @Test
    void eachKindOfFileHasItsContentType() throws Exception {
        fixture.file("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("assets/logo.png", "png").file("assets/app.js", "1");
        awaitServed("assets/app.js");

        assertEquals("text/html; charset=utf-8", RawHttp.get(port, "/").header("Content-Type"));
        assertEquals("text/css; charset=utf-8", RawHttp.get(port, "/assets/style.css").header("Content-Type"));
        assertEquals("image/svg+xml", RawHttp.get(port, "/assets/logo.svg").header("Content-Type"));
        assertEquals("image/png", RawHttp.get(port, "/assets/logo.png").header("Content-Type"));
        assertEquals("text/javascript; charset=utf-8", RawHttp.get(port, "/assets/app.js").header("Content-Type"));
        assertEquals("application/octet-stream", RawHttp.get(port, "/.nojekyll").header("Content-Type"));
        assertEquals("nosniff", RawHttp.get(port, "/").header("X-Content-Type-Options"));
    }

    @Test
    void servedPagesGetTheReloadScriptButTheBuiltFilesNever() throws Exception {
        String served = page("index.html");

        assertTrue(served.contains("new EventSource(\"/_trackdown/events\")"), served);
        assertTrue(served.endsWith("</script>\n</body>\n</html>\n"), "added just before </body>");
        for (OutputFile file : fixture.engine().render().files()) {
            assertFalse(new String(file.bytes(), StandardCharsets.UTF_8).contains("_trackdown"), file.path());
        }
        fixture.build();
        assertFalse(fixture.page("index.html").contains("EventSource"));
    }

    @Test
    void openPagesAreToldTheNewVersionAfterAChange() throws Exception {
        try (EventStream events = new EventStream(preview.url())) {
            String first = events.next(5);
            assertNotNull(first);
            assertTrue(page("index.html").contains("var v=\"" + first + "\""), "the page knows its version");

            fixture.recommendation(2024, "R2", "Checklists", "Processes", "Good progress", "Retained");

            String next = events.next(5);
            assertNotNull(next, "no event after the change");
            assertNotEquals(first, next);
            assertEquals("text/event-stream; charset=utf-8", events.response.headers().firstValue("Content-Type")
                    .orElse(""));
        }
    }

    @Test
    void contentErrorsReplaceEveryPageWithTheProblemsEscaped() throws Exception {
        fixture.recommendation(2024, "R1", "Career frameworks", "People", "<b>Good</b> progres", "Retained");
        RawHttp.Response response = awaitStatus(500, "/recommendations/r2.html");

        String overlay = response.text();
        assertTrue(overlay.contains("src/tracker/2024/r1.md:5:9: error: `&lt;b&gt;Good&lt;/b&gt; progres` is not a"
                + " status of this tracker"), overlay);
        assertFalse(overlay.contains("<b>Good</b>"), "escaped");
        assertFalse(overlay.contains("Checklists"), "not the stale page");
        assertTrue(overlay.contains("new EventSource("), "reloads once fixed");
        assertEquals(200, RawHttp.get(port, "/assets/style.css").status(), "style sheets stay");
        assertTrue(log.stream().anyMatch(line -> line.startsWith("src/tracker/2024/r1.md:5:9: error:")), log.toString());

        fixture.recommendation(2024, "R1", "Career frameworks", "People", "Good progress", "Retained");
        assertEquals("Good progress", awaitStatusOfR1("Good progress", 10_000));
    }

    @Test
    void aMissingPageGetsTheSites404Page() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/recommendations/r99.html");

        assertEquals(404, response.status());
        assertTrue(response.text().contains("Page not found"), response.text());
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            RawHttp.Response post = http.request("POST", "/index.html", Map.of("Content-Length", "0"));
            RawHttp.Response head = http.request("HEAD", "/index.html", Map.of());

            assertEquals(405, post.status());
            assertEquals("GET, HEAD", post.header("Allow"));
            assertEquals(200, head.status());
            assertEquals(0, head.body().length);
            assertEquals(page("index.html").getBytes(StandardCharsets.UTF_8).length,
                    Integer.parseInt(head.header("Content-Length")));
        }
    }

    @Test
    void aRequestForAnotherHostIsRefused() throws Exception {
        try (RawHttp http = new RawHttp(port)) {
            assertEquals(403, http.request("GET", "/index.html", Map.of("Host", "attacker.example:" + port)).status());
            assertEquals(200, http.request("GET", "/index.html", Map.of("Host", "localhost:" + port)).status());
        }
    }

    @Test
    void templatesAssetsAndNewYearFoldersAreWatchedToo() throws Exception {
        fixture.file("templates/header.mustache", "<header>Our own header</header>");
        awaitContaining("index.html", "Our own header");

        fixture.review(2025).recommendation(2025, "R1", "Career frameworks", "People", "Good progress", "Retained")
                .recommendation(2025, "R2", "Checklists", "Processes", "Closed", "Removed");
        awaitContaining("reviews/2025.html", "Review of 2025");

        fixture.file("assets/extra.css", "p { color: teal; }");
        awaitServed("assets/extra.css");
    }

    @Test
    void closingStopsListeningAndEndsTheThreads() throws Exception {
        preview.close();

        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            assertFalse(thread.isAlive() && thread.getName().startsWith("trackdown-preview") && !thread.isDaemon(),
                    thread.getName());
        }
        Thread.sleep(100);
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("trackdown-preview-watcher") && t.isAlive()), "watcher ended");
    }

    // Helpers: poll until the preview serves what is expected, within a bound, without asserting on time.

    private String page(String path) throws IOException {
        RawHttp.Response response = RawHttp.get(port, "/" + path);
        assertEquals(200, response.status(), path);
        return response.text();
    }

    private String awaitStatusOfR1(String expected, long boundMillis) throws Exception {
        long end = System.nanoTime() + boundMillis * 1_000_000;
        String status;
        do {
            String html = RawHttp.get(port, "/recommendations/r1.html").text();
            int at = html.indexOf("Status in 2024");
            status = at < 0 ? "" : html.substring(at).replaceAll("(?s)^.*?<span class=\"status[^>]*>([^<]*)</span>.*$", "$1");
            if (status.equals(expected)) {
                return status;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < end);
        return status;
    }

    private RawHttp.Response awaitStatus(int status, String path) throws Exception {
        RawHttp.Response response;
        long end = System.nanoTime() + 10_000_000_000L;
        do {
            response = RawHttp.get(port, path);
            if (response.status() == status) {
                return response;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < end);
        return response;
    }

    private void awaitContaining(String path, String text) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        String served;
        do {
            served = RawHttp.get(port, "/" + path).text();
            if (served.contains(text)) {
                return;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < end);
        assertTrue(served.contains(text), served);
    }

    private void awaitServed(String path) throws Exception {
        assertEquals(200, awaitStatus(200, "/" + path).status(), path);
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
    }
}
