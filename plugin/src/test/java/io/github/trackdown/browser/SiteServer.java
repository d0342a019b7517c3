package io.github.trackdown.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves a built site over HTTP on 127.0.0.1 and a free port, under a sub-path, as GitHub Pages serves a project
 * site: {@code http://127.0.0.1:PORT/some-repo/}.
 *
 * <p>Like GitHub Pages, it serves {@code index.html} for a folder and the site's {@code 404.html} (with status 404)
 * for an address that has no file. It records every request with its status.
 */
public final class SiteServer implements AutoCloseable {

    /** The sub-path the site is served under, with its slashes. */
    public static final String SUB_PATH = "/some-repo/";

    /**
     * One request the server answered.
     *
     * @param path the requested path
     * @param status the HTTP status it answered with
     */
    public record Request(String path, int status) {
        @Override
        public String toString() {
            return status + " " + path;
        }
    }

    private final Path site;
    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private SiteServer(Path site) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts serving the folder. */
    public static SiteServer serve(Path site) {
        try {
            return new SiteServer(site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of the site's root, ending in {@code /some-repo/}. */
    public String rootUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
    }

    /** Every request answered so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (path.equals(SUB_PATH.substring(0, SUB_PATH.length() - 1))) {
                exchange.getResponseHeaders().add("Location", SUB_PATH);
                respond(exchange, path, 301, null);
                return;
            }
            Path file = null;
            if (path.startsWith(SUB_PATH)) {
                Path candidate = site.resolve(path.substring(SUB_PATH.length())).normalize();
                if (candidate.startsWith(site) && Files.isDirectory(candidate)) {
                    candidate = candidate.resolve("index.html");
                }
                if (candidate.startsWith(site) && Files.isRegularFile(candidate)) {
                    file = candidate;
                }
            }
            if (file != null) {
                respond(exchange, path, 200, file);
            } else {
                Path notFound = site.resolve("404.html");
                respond(exchange, path, 404, Files.isRegularFile(notFound) ? notFound : null);
            }
        }
    }

    private void respond(HttpExchange exchange, String path, int status, Path file) throws IOException {
        requests.add(new Request(path, status));
        byte[] body = file == null ? new byte[0] : Files.readAllBytes(file);
        if (file != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType(file));
        }
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "json" -> "application/json";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
