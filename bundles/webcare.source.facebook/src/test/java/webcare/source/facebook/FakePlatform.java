package webcare.source.facebook;

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
import java.util.function.Function;

/**
 * A local server speaking the platform's HTTP: it records every request and answers what the
 * test's {@link #answer} function says: a body from src/test/resources, an error, silence, or a
 * body cut short.
 */
final class FakePlatform implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY each answer waits
        // ~40 ms for a delayed ACK. Read once, when the server classes load, so set it before.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** What the connector asked: path, decoded query parameters, Authorization header. */
    record Request(String path, Map<String, String> query, String authorization) {}

    /** What to send back. */
    sealed interface Reply {}

    record Body(int status, Map<String, String> headers, String body) implements Reply {}

    /** Headers that promise {@code declared} bytes, then {@code body} and a closed connection. */
    record CutShort(String body, int declared) implements Reply {}

    /** Never answers (until the server stops). */
    record Silence() implements Reply {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Function<Request, Reply> answer = request -> json(404, "{\"title\":\"Not Found Error\"}");

    FakePlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(Function<Request, Reply> answer) {
        this.answer = answer;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    static Body fixture(String name) {
        return new Body(200, Map.of(), resource(name));
    }

    static Body json(int status, String body) {
        return new Body(status, Map.of(), body);
    }

    static String resource(String name) {
        try (InputStream in = FakePlatform.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            Request request = new Request(exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            requests.add(request);
            Reply reply = answer.apply(request);
            if (reply instanceof Silence) {
                released.await();
            } else if (reply instanceof CutShort cut) {
                byte[] bytes = cut.body().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, cut.declared());
                OutputStream out = exchange.getResponseBody();
                out.write(bytes);
                out.flush();
                // closing now, short of the promised length, drops the connection
            } else if (reply instanceof Body body) {
                body.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                byte[] bytes = body.body().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(body.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException expectedWhenCutShort) {
            // the connection is gone, which is the point
        } finally {
            try {
                exchange.close();
            } catch (RuntimeException expectedWhenCutShort) {
                // closing short of the promised length fails: the client sees a broken body
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
