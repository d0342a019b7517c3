package io.github.trackdown.internal.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves the current {@link Snapshot} over HTTP with the JDK's built-in server, and tells open pages to reload.
 *
 * <p>Every HTML page gets a small script, added only here and never to the built files, that listens to
 * {@value #EVENTS} (server-sent events) and reloads the page when the version it was served with changes. When
 * the latest build failed, every page is replaced by the {@link Overlay} (HTTP 500); other files are served from
 * the last site that built. Only {@code GET} and {@code HEAD} are answered; see {@link RequestPaths} for the paths
 * refused. When bound to a loopback address, requests naming another host are refused, so a web page elsewhere
 * cannot read the preview through a DNS trick. Slow clients cannot starve the others: see {@link HandlerThreads}.
 */
final class PreviewServer {

    /** The address of the stream of build versions that open pages listen to. */
    static final String EVENTS = "/_trackdown/events";

    private static final int BACKLOG = 512;
    private static final long HEARTBEAT_SECONDS = 15;
    private static final byte[] BODY_END = "</body>".getBytes(StandardCharsets.US_ASCII);

    private final HttpServer server;
    private final HandlerThreads handlers;
    private final ScheduledExecutorService heartbeat;
    private final boolean loopbackOnly;
    private final Set<EventClient> listeners = ConcurrentHashMap.newKeySet();
    private volatile Snapshot snapshot;

    private PreviewServer(HttpServer server, Snapshot first) {
        this.server = server;
        this.snapshot = first;
        this.loopbackOnly = server.getAddress().getAddress().isLoopbackAddress();
        this.handlers = new HandlerThreads("trackdown-preview-");
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(
                HandlerThreads.daemons("trackdown-preview-heartbeat-"));
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        heartbeat.scheduleAtFixedRate(() -> broadcast(": keep-alive\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    /**
     * Starts serving on an address.
     *
     * @param address the address and port to listen on; port 0 for any free port
     * @param first what to serve until the next {@link #publish}
     * @throws IOException when the address cannot be listened on, such as a port already in use
     */
    static PreviewServer start(InetSocketAddress address, Snapshot first) throws IOException {
        HttpServer server = HttpServer.create(address, BACKLOG);
        PreviewServer preview = new PreviewServer(server, first);
        server.start();
        return preview;
    }

    /** The address of the home page, such as {@code http://127.0.0.1:8080/}. */
    URI url() {
        InetSocketAddress bound = server.getAddress();
        InetAddress address = bound.getAddress();
        String host = address.isAnyLocalAddress() ? "localhost" : address.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    /** The address and port listened on. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /** Serves a new snapshot from now on, and tells open pages its version. */
    void publish(Snapshot next) {
        snapshot = next;
        broadcast("data: " + next.version() + "\n\n");
    }

    /** Stops listening, ends the event streams and the threads; a request in progress may be cut short. */
    void stop() {
        heartbeat.shutdownNow();
        for (EventClient listener : listeners) {
            listener.close();
        }
        listeners.clear();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        handlers.headersRead();
        try {
            if (EVENTS.equals(exchange.getRequestURI().getRawPath()) && exchange.getRequestMethod().equals("GET")
                    && (!loopbackOnly || isLoopbackHost(exchange.getRequestHeaders()))) {
                listen(exchange);
                return;
            }
            answer(exchange);
            exchange.close();
        } catch (IOException e) {
            exchange.close();
        } catch (RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            sendText(exchange, 405, "Only GET and HEAD are answered here.", false);
            return;
        }
        if (loopbackOnly && !isLoopbackHost(exchange.getRequestHeaders())) {
            sendText(exchange, 403, "This preview only answers requests for localhost.", head);
            return;
        }
        URI target = exchange.getRequestURI();
        Optional<String> sitePath = target.getScheme() == null && target.getRawAuthority() != null
                ? Optional.empty() // "//host/path": read by the JDK as a host, refused as the path it is
                : RequestPaths.toSitePath(target.getRawPath());
        if (sitePath.isEmpty()) {
            sendText(exchange, 400, "This address is not a page of the site.", head);
            return;
        }
        serve(exchange, sitePath.get(), head);
    }

    private void serve(HttpExchange exchange, String path, boolean head) throws IOException {
        Snapshot current = snapshot;
        String type = ContentTypes.of(path);
        boolean html = type.startsWith("text/html");
        if (html && current.hasErrors()) {
            sendPage(exchange, 500, Overlay.page(current.errors()).getBytes(StandardCharsets.UTF_8), current, head);
            return;
        }
        byte[] file = current.files().get(path);
        if (file == null) {
            byte[] notFound = current.files().get("404.html");
            if (notFound == null) {
                sendText(exchange, 404, "There is no page at this address.", head);
            } else {
                sendPage(exchange, 404, notFound, current, head);
            }
            return;
        }
        if (html) {
            sendPage(exchange, 200, file, current, head);
        } else {
            send(exchange, 200, type, head, file);
        }
    }

    /** Sends an HTML page with the reload script added before its {@code </body>}. */
    private void sendPage(HttpExchange exchange, int status, byte[] page, Snapshot current, boolean head)
            throws IOException {
        byte[] script = reloadScript(current.version());
        int at = lastIndexOf(page, BODY_END);
        if (at < 0) {
            at = page.length;
        }
        send(exchange, status, "text/html; charset=utf-8", head, ByteBuffer.wrap(page, 0, at), ByteBuffer.wrap(script),
                ByteBuffer.wrap(page, at, page.length - at));
    }

    private static byte[] reloadScript(String version) {
        return ("<script>/* Trackdown preview: reloads this page when the site is rebuilt. */(function(){"
                + "var v=\"" + version + "\";var s=new EventSource(\"" + EVENTS + "\");"
                + "s.onmessage=function(e){if(e.data!==v){s.close();location.reload();}};})();</script>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Keeps the exchange open: events are written to it until the page goes away or the server stops. */
    private void listen(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/event-stream; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        EventClient client = new EventClient(exchange);
        listeners.add(client);
        if (!client.send("retry: 1000\ndata: " + snapshot.version() + "\n\n")) {
            listeners.remove(client);
        }
    }

    private void broadcast(String event) {
        for (EventClient client : listeners) {
            if (!client.send(event)) {
                listeners.remove(client);
            }
        }
    }

    private static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", head, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, boolean head, byte[] body)
            throws IOException {
        send(exchange, status, type, head, ByteBuffer.wrap(body));
    }

    /** Sends the parts, one after the other, as one body of known length. */
    private static void send(HttpExchange exchange, int status, String type, boolean head, ByteBuffer... parts)
            throws IOException {
        long length = 0;
        for (ByteBuffer part : parts) {
            length += part.remaining();
        }
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        if (head) {
            headers.set("Content-Length", Long.toString(length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
        OutputStream body = exchange.getResponseBody();
        for (ByteBuffer part : parts) {
            body.write(part.array(), part.arrayOffset() + part.position(), part.remaining());
        }
    }

    private static boolean isLoopbackHost(Headers headers) {
        String host = headers.getFirst("Host");
        if (host == null) {
            return true;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            return name.startsWith("[::1]");
        }
        int colon = name.indexOf(':');
        name = colon < 0 ? name : name.substring(0, colon);
        return name.equals("localhost") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static int lastIndexOf(byte[] text, byte[] part) {
        outer:
        for (int i = text.length - part.length; i >= 0; i--) {
            for (int j = 0; j < part.length; j++) {
                if (Character.toLowerCase(text[i + j]) != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** An open page listening for new versions. */
    private static final class EventClient {
        private final HttpExchange exchange;

        EventClient(HttpExchange exchange) {
            this.exchange = exchange;
        }

        /** Writes an event; false when the page has gone away. */
        synchronized boolean send(String event) {
            try {
                OutputStream out = exchange.getResponseBody();
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                close();
                return false;
            }
        }

        synchronized void close() {
            exchange.close();
        }
    }

}
