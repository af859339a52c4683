package webcare.source.http;

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
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A platform's HTTP on {@code 127.0.0.1}, for every connector's tests (published in this module's
 * test-jar). It records every request and answers what the test's {@link #answer} function says:
 * a recorded body, an error, silence until {@link #close}, or a body cut short. Connectors with a
 * stateful platform (pages by token, conditional GETs) subclass it and script {@link #answer}.
 */
public class FakePlatform implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY each answer waits
        // ~40 ms for a delayed ACK. Read once, when the server classes load, so set it before.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /**
     * What the connector asked.
     *
     * @param method  the HTTP method, e.g. {@code GET}
     * @param path    the path, decoded
     * @param query   the query parameters, decoded, in the order sent
     * @param headers every header's values, names compared without case
     * @param body    the request body as UTF-8 text; empty when none was sent
     */
    public record Request(String method, String path, Map<String, String> query, Map<String, List<String>> headers,
            String body) {

        public Request {
            query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
            headers = java.util.Collections.unmodifiableMap(copy);
        }

        /** The values of header {@code name}; empty when it was not sent. */
        public List<String> headers(String name) {
            return headers.getOrDefault(name, List.of());
        }

        /** The first value of header {@code name}; null when it was not sent. */
        public String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }

        /** The {@code Authorization} header; null when none was sent. */
        public String authorization() {
            return header("Authorization");
        }
    }

    /** What to send back. */
    public sealed interface Reply permits Body, CutShort, Stall, Silence {}

    /**
     * A whole answer. Without a {@code Content-Type} among the headers it is sent as JSON; a 204
     * or 304 is sent without a body.
     */
    public record Body(int status, Map<String, String> headers, byte[] body) implements Reply {

        public Body(int status, Map<String, String> headers, String body) {
            this(status, headers, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Headers with {@code status} that promise {@code declared} bytes, then {@code body} and a closed connection. */
    public record CutShort(int status, String body, int declared) implements Reply {

        /** A 200 cut short. */
        public CutShort(String body, int declared) {
            this(200, body, declared);
        }
    }

    /** Headers with {@code status} that promise more than {@code body}, then {@code body}, then nothing until the server is closed. */
    public record Stall(int status, String body) implements Reply {}

    /** Never answers (until the server is closed). */
    public record Silence() implements Reply {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Function<Request, Reply> answer = request -> json(404, "{\"title\":\"Not Found Error\"}");

    public FakePlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on each request gets what {@code answer} says. */
    public void answer(Function<Request, Reply> answer) {
        this.answer = answer;
    }

    /** From now on every request gets this answer. */
    public void fail(int status, Map<String, String> headers, String body) {
        Body reply = new Body(status, headers, body);
        answer(request -> reply);
    }

    /** From now on requests get no answer at all, until the server is closed. */
    public void hang() {
        answer(request -> new Silence());
    }

    /** Every request so far, oldest first. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    /** A 200 with a JSON body from {@code owner}'s package's test resources. */
    public static Body fixture(Class<?> owner, String name) {
        return new Body(200, Map.of(), resource(owner, name));
    }

    public static Body json(int status, String body) {
        return new Body(status, Map.of(), body);
    }

    /** A recorded body from {@code owner}'s package's test resources, as UTF-8. */
    public static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name + " next to " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            String sent;
            try (InputStream in = exchange.getRequestBody()) {
                sent = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(), sent);
            requests.add(request);
            Reply reply = answer.apply(request);
            if (reply instanceof Silence) {
                released.await();
            } else if (reply instanceof CutShort cut) {
                byte[] bytes = cut.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(cut.status(), cut.declared());
                OutputStream out = exchange.getResponseBody();
                out.write(bytes);
                out.flush();
                // closing now, short of the promised length, drops the connection
            } else if (reply instanceof Stall stall) {
                byte[] bytes = stall.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(stall.status(), bytes.length + 1);
                OutputStream out = exchange.getResponseBody();
                out.write(bytes);
                out.flush();
                released.await();
            } else if (reply instanceof Body body) {
                body.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
                if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
                    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                }
                if (body.status() == 204 || body.status() == 304) {
                    exchange.sendResponseHeaders(body.status(), -1);
                } else {
                    exchange.sendResponseHeaders(body.status(), body.body().length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body.body());
                    }
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
