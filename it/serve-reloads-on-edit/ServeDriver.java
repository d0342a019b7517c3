import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Drives a running {@code trackdown:serve} the way an editor and an attacker would, writes what it saw to
 * {@code target/serve-results.txt} for verify.groovy, then stops that Maven with SIGTERM (Ctrl-C sends SIGINT; both
 * run the JVM's shutdown hooks, where the preview stops).
 *
 * <p>Arguments: the preview's port, the project folder.
 */
public class ServeDriver {

    static final long DEADLINE = System.nanoTime() + 120_000_000_000L;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path project = Path.of(args[1]);
        List<String> results = new ArrayList<>();
        try {
            String page = awaitPage(port, "/recommendations/a1.html");
            results.add("first=" + statusOf(page));

            for (String path : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/%2E%2E/pom.xml", "/..%2fpom.xml",
                    "/recommendations/..%2f..%2fpom.xml", "/..%5cpom.xml", "/..\\pom.xml")) {
                Response response = get(port, path);
                results.add("refused " + path + "=" + response.status
                        + (response.body.contains("<project") ? " LEAKED" : ""));
            }
            for (InetAddress other : nonLoopbackAddresses()) {
                results.add("other address " + other.getHostAddress() + "=" + reachable(other, port));
            }

            Path file = project.resolve("src/tracker/2024/a1.md");
            String text = Files.readString(file).replace("status: Good progress", "status: Not met");
            long saved = System.nanoTime();
            Files.writeString(file, text);
            String status = "";
            while (System.nanoTime() - saved < 10_000_000_000L && !status.equals("Not met")) {
                status = statusOf(get(port, "/recommendations/a1.html").body);
            }
            results.add("after edit=" + status);
            results.add("millis=" + (System.nanoTime() - saved) / 1_000_000);
        } catch (Exception e) {
            results.add("driver failed=" + e);
        } finally {
            List<ProcessHandle> mavens = mavenOf(project);
            results.add("stopping=" + mavens.size());
            Files.write(project.resolve("target/serve-results.txt"), results);
            for (ProcessHandle maven : mavens) {
                maven.destroy();
            }
        }
    }

    /**
     * The Maven that runs the preview of this project: its command line names the goal and this project's folder,
     * so no other Maven is touched.
     */
    static List<ProcessHandle> mavenOf(Path project) {
        String folder = project.toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("trackdown:serve")
                        && c.contains("=" + folder + " ")).orElse(false))
                .toList();
    }

    static String awaitPage(int port, String path) throws Exception {
        while (System.nanoTime() < DEADLINE) {
            try {
                Response response = get(port, path);
                if (response.status == 200) {
                    return response.body;
                }
            } catch (ConnectException e) {
                // Not up yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the preview never served " + path);
    }

    /** The status shown as the latest, on a recommendation page. */
    static String statusOf(String page) {
        int at = page.indexOf("Status in 2024");
        return at < 0 ? "" : page.substring(at).replaceAll("(?s)^.*?<span class=\"status[^>]*>([^<]*)</span>.*$", "$1");
    }

    static String reachable(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return "reachable";
        } catch (IOException e) {
            return "refused";
        }
    }

    static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
    }

    record Response(int status, String body) {
    }

    /** A GET with the path exactly as written, which no HTTP client library guarantees. */
    static Response get(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int body = response.indexOf("\r\n\r\n");
            return new Response(status, body < 0 ? "" : response.substring(body + 4));
        }
    }
}
