package io.github.trackdown.internal.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trackdown.TrackerFixture;
import io.github.trackdown.report.Problem;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow clients (a "slowloris": headers sent one line every five seconds) neither starve the preview nor hold it for
 * ever: ordinary requests are answered within a second, and each slow request is cut off after
 * {@value HandlerThreads#HEADER_SECONDS} seconds. The normal build holds {@value #SLOW_CONNECTIONS} slow connections
 * for {@value #DEFAULT_SECONDS} seconds; run longer with {@code -Dtrackdown.slowloris.seconds=30}.
 */
class SlowClientsTest {

    static final int SLOW_CONNECTIONS = 200;
    static final int DEFAULT_SECONDS = 12;

    @TempDir
    Path project;

    @Test
    void twoHundredSlowConnectionsDoNotKeepOrdinaryRequestsWaitingMoreThanASecond() throws Exception {
        int seconds = Integer.getInteger("trackdown.slowloris.seconds", DEFAULT_SECONDS);
        TrackerFixture fixture = TrackerFixture.oneReviewOfOneRecommendation(project);
        try (Preview preview = Preview.start(fixture.engine(), new InetSocketAddress("127.0.0.1", 0), quiet())) {
            int port = preview.address().getPort();
            List<SlowClient> slow = new ArrayList<>();
            for (int i = 0; i < SLOW_CONNECTIONS; i++) {
                slow.add(new SlowClient(port, i * 25L));
            }
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long slowest = 0;
            int probes = 0;
            int cutOff = 0;
            long nextProbe = 0;
            while (System.nanoTime() < end) {
                for (SlowClient client : slow) {
                    cutOff += client.dripOrReconnect(port);
                }
                if (System.nanoTime() >= nextProbe) {
                    long start = System.nanoTime();
                    RawHttp.Response response = RawHttp.get(port, "/");
                    long took = System.nanoTime() - start;
                    assertEquals(200, response.status());
                    slowest = Math.max(slowest, took);
                    probes++;
                    nextProbe = System.nanoTime() + 250_000_000L;
                }
                Thread.sleep(20);
            }
            for (SlowClient client : slow) {
                client.close();
            }
            System.out.printf("SlowClientsTest: %d slow connections held for %d s (%d cut off after their headers"
                    + " took over %d s, each replaced at once); %d ordinary requests, the slowest answered in %d ms%n",
                    SLOW_CONNECTIONS, seconds, cutOff, HandlerThreads.HEADER_SECONDS, probes, slowest / 1_000_000);
            assertTrue(slowest < 1_000_000_000L, "slowest ordinary request: " + slowest / 1_000_000 + " ms");
            assertTrue(probes >= seconds * 2, "probes: " + probes);
            if (seconds > HandlerThreads.HEADER_SECONDS + 1) {
                assertTrue(cutOff >= SLOW_CONNECTIONS / 2, "slow requests cut off: " + cutOff);
            }
        }
    }

    private static PreviewLog quiet() {
        return new PreviewLog() {
            @Override
            public void info(String line) {
            }

            @Override
            public void problem(Problem problem) {
            }
        };
    }

    /** A connection that sends a request's headers one line every five seconds and never finishes them. */
    private static final class SlowClient {
        private SocketChannel channel;
        private long nextLine;

        SlowClient(int port, long offsetMillis) throws IOException {
            open(port);
            nextLine = System.nanoTime() + offsetMillis * 1_000_000L;
        }

        private void open(int port) throws IOException {
            channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.write(ByteBuffer.wrap("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
        }

        /** Sends the next line when due; 1 when the server had closed the connection and it was opened again. */
        int dripOrReconnect(int port) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(1024);
            int read;
            try {
                read = channel.read(buffer);
            } catch (IOException e) {
                read = -1;
            }
            if (read != 0) {
                channel.close();
                open(port);
                nextLine = System.nanoTime() + 5_000_000_000L;
                return 1;
            }
            if (System.nanoTime() >= nextLine) {
                channel.write(ByteBuffer.wrap("X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII)));
                nextLine += 5_000_000_000L;
            }
            return 0;
        }

        void close() throws IOException {
            channel.close();
        }
    }
}
