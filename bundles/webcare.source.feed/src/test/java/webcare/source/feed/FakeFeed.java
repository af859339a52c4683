package webcare.source.feed;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on {@code 127.0.0.1} with one feed at {@link #PATH}: it answers conditional GETs
 * the way real servers do (304 when {@code If-None-Match} or {@code If-Modified-Since} matches its
 * validators), and fails on demand.
 */
final class FakeFeed implements AutoCloseable {

    static final String PATH = "/forum/feed";

    private record Feed(byte[] body, String contentType, String etag, String lastModified) {}

    private record Failure(int status, Map<String, String> headers, String body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch never = new CountDownLatch(1);
    private final List<Headers> requests = new CopyOnWriteArrayList<>();
    private volatile Feed feed = new Feed(new byte[0], "application/rss+xml", null, null);
    private volatile Failure failure;
    private volatile boolean silent;

    FakeFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** From now on the feed is this body, with these validators (null: none sent). */
    void serve(byte[] body, String contentType, String etag, String lastModified) {
        feed = new Feed(body, contentType, etag, lastModified);
    }

    void serve(String body, String contentType, String etag, String lastModified) {
        serve(body.getBytes(StandardCharsets.UTF_8), contentType, etag, lastModified);
    }

    /** From now on every request gets this answer. */
    void fail(int status, Map<String, String> headers, String body) {
        failure = new Failure(status, headers, body);
    }

    /** From now on requests get no answer at all. */
    void hang() {
        silent = true;
    }

    /** The headers of every request so far. */
    List<Headers> requests() {
        return List.copyOf(requests);
    }

    /** A recorded feed from this package's test resources. */
    static String body(String name) {
        try (InputStream in = FakeFeed.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestHeaders());
        if (silent) {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        Failure failed = failure;
        if (failed != null) {
            failed.headers().forEach(exchange.getResponseHeaders()::add);
            send(exchange, failed.status(), failed.body().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!exchange.getRequestURI().getPath().equals(PATH)) {
            send(exchange, 404, "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Feed current = feed;
        if (current.etag() != null) {
            exchange.getResponseHeaders().add("ETag", current.etag());
        }
        if (current.lastModified() != null) {
            exchange.getResponseHeaders().add("Last-Modified", current.lastModified());
        }
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (current.etag() != null && current.etag().equals(ifNoneMatch)
                || ifNoneMatch == null && current.lastModified() != null && current.lastModified().equals(ifModifiedSince)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", current.contentType());
        send(exchange, 200, current.body());
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        never.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
