package webcare.source.trustpilot;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Trustpilot's business unit reviews on {@code 127.0.0.1}: one business unit whose pages are
 * recorded bodies keyed by page number, an empty list past the last page (as Trustpilot does), an
 * unknown business unit answered with 404, and failures on demand.
 */
final class FakeTrustpilot implements AutoCloseable {

    static final String UNIT = "46d6a890000064000500e0c3";
    static final String REVIEWS = "/v1/business-units/" + UNIT + "/reviews";

    /** What the connector asked. */
    record Request(String path, Map<String, String> query, String authorization, String apiKey) {}

    private record Reply(int status, Map<String, String> headers, String body) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch never = new CountDownLatch(1);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Map<String, String> pages = Map.of();
    private volatile Reply failure;
    private volatile boolean silent;

    FakeTrustpilot() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on the business unit's list is these pages, by number from 1. */
    void list(String... bodies) {
        Map<String, String> byNumber = new LinkedHashMap<>();
        for (int page = 1; page <= bodies.length; page++) {
            byNumber.put(Integer.toString(page), bodies[page - 1]);
        }
        pages = byNumber;
    }

    /** From now on every request gets this answer. */
    void fail(int status, Map<String, String> headers, String body) {
        failure = new Reply(status, headers, body);
    }

    /** From now on requests get no answer at all. */
    void hang() {
        silent = true;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** A recorded body from this package's test resources. */
    static String body(String name) {
        try (InputStream in = FakeTrustpilot.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        requests.add(new Request(exchange.getRequestURI().getPath(), query,
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("apikey")));
        if (silent) {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        reply(exchange, failure != null ? failure : list(exchange.getRequestURI().getPath(), query));
    }

    private Reply list(String path, Map<String, String> query) {
        if (!path.equals(REVIEWS)) {
            return new Reply(404, Map.of(), "{\"message\": \"Not found\", \"errorCode\": 0}");
        }
        String body = pages.get(query.getOrDefault("page", "1"));
        return new Reply(200, Map.of(), body != null ? body : "{\"links\": [], \"reviews\": []}");
    }

    private static void reply(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                query.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    @Override
    public void close() {
        never.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
