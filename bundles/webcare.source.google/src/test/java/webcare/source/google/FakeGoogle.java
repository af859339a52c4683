package webcare.source.google;

import java.io.IOException;
import java.util.Map;
import webcare.source.http.FakePlatform;

/**
 * The reviews list of the My Business v4 API on {@code 127.0.0.1}: one location
 * ({@code accounts/111/locations/222}) whose pages are recorded bodies keyed by page token, an
 * unknown page token answered with Google's 400, and failures on demand.
 */
final class FakeGoogle extends FakePlatform {

    static final String REVIEWS = "/v4/accounts/111/locations/222/reviews";

    FakeGoogle() throws IOException {
        list(Map.of());
    }

    /** From now on the location's list is these pages: the first under "", the others under their token. */
    void list(Map<String, String> pagesByToken) {
        Map<String, String> pages = Map.copyOf(pagesByToken);
        answer(request -> {
            if (!request.path().equals(REVIEWS)) {
                return json(404, error(404, "Requested entity was not found.", "NOT_FOUND"));
            }
            String body = pages.get(request.query().getOrDefault("pageToken", ""));
            return body != null ? json(200, body)
                    : json(400, error(400, "Request contains an invalid argument.", "INVALID_ARGUMENT"));
        });
    }

    /** A recorded body from this package's test resources. */
    static String body(String name) {
        return resource(FakeGoogle.class, name);
    }

    private static String error(int code, String message, String status) {
        return "{\"error\": {\"code\": " + code + ", \"message\": \"" + message + "\", \"status\": \"" + status + "\"}}";
    }
}
