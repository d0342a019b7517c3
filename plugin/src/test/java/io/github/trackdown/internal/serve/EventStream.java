package io.github.trackdown.internal.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Listens to the preview's server-sent events as an open page does, collecting the versions announced. */
final class EventStream implements AutoCloseable {

    private final BlockingQueue<String> versions = new LinkedBlockingQueue<>();
    private final Stream<String> lines;
    private final Thread reader;
    final HttpResponse<Stream<String>> response;

    EventStream(URI site) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(site.resolve(PreviewServer.EVENTS)).GET().build();
        response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        lines = response.body();
        reader = new Thread(() -> {
            try {
                lines.filter(line -> line.startsWith("data: ")).forEach(line -> versions.add(line.substring(6)));
            } catch (RuntimeException e) {
                // Closed.
            }
        }, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next version announced, waiting at most the given seconds; {@code null} when none came. */
    String next(long seconds) throws InterruptedException {
        return versions.poll(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        lines.close();
        reader.interrupt();
    }
}
