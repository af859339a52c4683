package webcare.source.trustpilot;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import webcare.source.http.FakePlatform;

/**
 * Trustpilot's business unit reviews on {@code 127.0.0.1}: one business unit whose pages are
 * recorded bodies keyed by page number, an empty list past the last page (as Trustpilot does), an
 * unknown business unit answered with 404, and failures on demand; and the reply to a review on the
 * private API ({@code POST /v1/private/reviews/{id}/reply}), answered with 201.
 */
final class FakeTrustpilot extends FakePlatform {

    static final String UNIT = "46d6a890000064000500e0c3";
    static final String REVIEWS = "/v1/business-units/" + UNIT + "/reviews";
    static final String PRIVATE_REVIEWS = "/v1/private/reviews/";

    FakeTrustpilot() throws IOException {
        list();
    }

    /** From now on the business unit's list is these pages, by number from 1. */
    void list(String... bodies) {
        Map<String, String> byNumber = new LinkedHashMap<>();
        for (int page = 1; page <= bodies.length; page++) {
            byNumber.put(Integer.toString(page), bodies[page - 1]);
        }
        answer(request -> {
            if (!request.path().equals(REVIEWS)) {
                return json(404, "{\"message\": \"Not found\", \"errorCode\": 0}");
            }
            String body = byNumber.get(request.query().getOrDefault("page", "1"));
            return json(200, body != null ? body : "{\"links\": [], \"reviews\": []}");
        });
    }

    /**
     * From now on a {@code POST} of a reply to one of {@code reviews} is answered with 201 and
     * {@code body}; any other review is Trustpilot's 404.
     */
    void acceptReplies(Set<String> reviews, String body) {
        answer(request -> {
            String review = request.path().startsWith(PRIVATE_REVIEWS) && request.path().endsWith("/reply")
                    ? request.path().substring(PRIVATE_REVIEWS.length(), request.path().length() - "/reply".length())
                    : null;
            return "POST".equals(request.method()) && reviews.contains(review) ? json(201, body)
                    : json(404, "{\"message\": \"Not found\", \"errorCode\": 0}");
        });
    }

    /** A recorded body from this package's test resources. */
    static String body(String name) {
        return resource(FakeTrustpilot.class, name);
    }
}
