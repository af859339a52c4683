package webcare.source.google;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import webcare.source.http.FakePlatform;

/**
 * The reviews list of the My Business v4 API on {@code 127.0.0.1}: one location
 * ({@code accounts/111/locations/222}) whose pages are recorded bodies keyed by page token, an
 * unknown page token answered with Google's 400, and failures on demand; and the reply to a review
 * ({@code PUT …/reviews/{id}/reply}), which answers the {@code ReviewReply} it stored.
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

    /**
     * From now on a {@code PUT} of a reply to one of {@code reviews} is stored and answered as Google
     * does, with the reply and its {@code updateTime}; any other review is Google's 404.
     */
    void acceptReplies(Set<String> reviews, String updateTime) {
        ObjectMapper json = new ObjectMapper();
        answer(request -> {
            String review = request.path().startsWith(REVIEWS + "/") && request.path().endsWith("/reply")
                    ? request.path().substring(REVIEWS.length() + 1, request.path().length() - "/reply".length())
                    : null;
            if (!"PUT".equals(request.method()) || !reviews.contains(review)) {
                return json(404, error(404, "Requested entity was not found.", "NOT_FOUND"));
            }
            try {
                ObjectNode reply = (ObjectNode) json.readTree(request.body());
                return json(200, reply.put("updateTime", updateTime).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A recorded body from this package's test resources. */
    static String body(String name) {
        return resource(FakeGoogle.class, name);
    }

    static String error(int code, String message, String status) {
        return "{\"error\": {\"code\": " + code + ", \"message\": \"" + message + "\", \"status\": \"" + status + "\"}}";
    }
}
