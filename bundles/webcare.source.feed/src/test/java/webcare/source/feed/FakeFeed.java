package webcare.source.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import webcare.source.http.FakePlatform;

/**
 * A web server on {@code 127.0.0.1} with one feed at {@link #PATH}: it answers conditional GETs
 * the way real servers do (304 when {@code If-None-Match} or {@code If-Modified-Since} matches its
 * validators), and fails on demand.
 */
final class FakeFeed extends FakePlatform {

    static final String PATH = "/forum/feed";

    FakeFeed() throws IOException {
        serve(new byte[0], "application/rss+xml", null, null);
    }

    String url() {
        return baseUrl() + PATH;
    }

    /** From now on the feed is this body, with these validators (null: none sent). */
    void serve(byte[] body, String contentType, String etag, String lastModified) {
        Map<String, String> validators = new LinkedHashMap<>();
        if (etag != null) {
            validators.put("ETag", etag);
        }
        if (lastModified != null) {
            validators.put("Last-Modified", lastModified);
        }
        Map<String, String> headers = new LinkedHashMap<>(validators);
        headers.put("Content-Type", contentType);
        answer(request -> {
            if (!request.path().equals(PATH)) {
                return new Body(404, Map.of("Content-Type", "text/html"), "<html><body>Not found</body></html>");
            }
            String ifNoneMatch = request.header("If-None-Match");
            String ifModifiedSince = request.header("If-Modified-Since");
            if (etag != null && etag.equals(ifNoneMatch)
                    || ifNoneMatch == null && lastModified != null && lastModified.equals(ifModifiedSince)) {
                return new Body(304, validators, new byte[0]);
            }
            return new Body(200, headers, body);
        });
    }

    void serve(String body, String contentType, String etag, String lastModified) {
        serve(body.getBytes(StandardCharsets.UTF_8), contentType, etag, lastModified);
    }

    /** A recorded feed from this package's test resources. */
    static String body(String name) {
        return resource(FakeFeed.class, name);
    }
}
