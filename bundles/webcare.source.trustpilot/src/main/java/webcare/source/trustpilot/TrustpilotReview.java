package webcare.source.trustpilot;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.source.http.JsonFields;
import webcare.source.http.NewestFirstCursor;
import webcare.source.http.QueryString;

/**
 * One entry of a business unit's {@code reviews[]}, with what the sync needs to know about it.
 *
 * @param id      the review's {@code id}
 * @param created {@code createdAt}: the order the list is sorted in
 * @param json    the review as Trustpilot sent it
 */
record TrustpilotReview(String id, Instant created, JsonNode json) implements NewestFirstCursor.Entry {

    /** Joins a review's title and text into the mention's text. */
    static final String TITLE_SEPARATOR = " — ";
    static final String WEB = "https://www.trustpilot.com";

    /** The list is sorted by {@code createdAt}. */
    @Override
    public Instant listedAt() {
        return created;
    }

    /** The review in {@code json}; empty when it has no id or no creation time (never seen, but not ours to fail on). */
    static Optional<TrustpilotReview> of(JsonNode json) {
        String id = text(json, "id");
        Instant created = time(json, "createdAt");
        if (!json.isObject() || isBlank(id) || created == null) {
            return Optional.empty();
        }
        return Optional.of(new TrustpilotReview(id.strip(), created, json));
    }

    /**
     * The review, and the company's reply when there is one. The reply carries the review's id
     * plus {@code /reply}, since Trustpilot gives it none of its own.
     */
    List<Mention> mentions(String instance) {
        List<Mention> mentions = new ArrayList<>(2);
        Instant updated = time(json, "updatedAt");
        JsonNode stars = json.get("stars");
        Integer rating = stars != null && stars.isInt() && stars.asInt() >= 1 && stars.asInt() <= 5 ? stars.asInt() : null;
        String url = webLink(json).orElse(WEB + "/reviews/" + encode(id));
        mentions.add(new Mention(TrustpilotReviewsSource.TYPE, instance, id, MentionKind.REVIEW, null, null, author(),
                text(text(json, "title"), text(json, "text")), blankToNull(text(json, "language")), rating, url,
                created, updated != null && updated.isAfter(created) ? updated : null, json.toString(), false));
        JsonNode reply = json.path("companyReply");
        String answer = text(reply, "text");
        if (!isBlank(answer)) {
            Instant replied = time(reply, "createdAt");
            Instant replyCreated = replied != null ? replied : created;
            Instant replyUpdated = time(reply, "updatedAt");
            mentions.add(new Mention(TrustpilotReviewsSource.TYPE, instance, id + "/reply", MentionKind.REPLY, id, id,
                    null, answer, null, null, url, replyCreated,
                    replyUpdated != null && replyUpdated.isAfter(replyCreated) ? replyUpdated : null, reply.toString(),
                    false));
        }
        return mentions;
    }

    /**
     * The consumer; the number of reviews they wrote is their reach. Their public page comes from
     * their links when one is there, else from their id.
     */
    private Author author() {
        JsonNode consumer = json.path("consumer");
        String id = blankToNull(text(consumer, "id"));
        String name = blankToNull(text(consumer, "displayName"));
        if (id == null && name == null) {
            return null;
        }
        JsonNode reviews = consumer.get("numberOfReviews");
        Long reach = reviews != null && reviews.canConvertToLong() && reviews.isIntegralNumber() ? reviews.asLong() : null;
        String profile = webLink(consumer).orElse(id == null ? null : WEB + "/users/" + encode(id));
        return new Author(id, null, name, reach, profile);
    }

    /** "title — text", or whichever of the two there is; empty for stars alone. */
    static String text(String title, String text) {
        boolean hasTitle = !isBlank(title);
        boolean hasText = !isBlank(text);
        if (hasTitle && hasText) {
            return title.strip() + TITLE_SEPARATOR + text.strip();
        }
        return hasTitle ? title.strip() : hasText ? text.strip() : "";
    }

    /**
     * The first of an object's {@code links[]} that people can open: an http(s) address that is not
     * on an API host. Trustpilot's own links point at its API ({@code api.trustpilot.com}).
     */
    static Optional<String> webLink(JsonNode json) {
        for (JsonNode link : json.path("links")) {
            String href = text(link, "href");
            if (isBlank(href)) {
                continue;
            }
            try {
                URI uri = new URI(href.strip());
                String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
                String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
                if ((scheme.equals("https") || scheme.equals("http")) && !host.isEmpty() && !host.startsWith("api.")) {
                    return Optional.of(uri.toString());
                }
            } catch (URISyntaxException e) {
                // not an address; try the next link
            }
        }
        return Optional.empty();
    }

    private static String text(JsonNode json, String field) {
        return JsonFields.text(json, field);
    }

    private static Instant time(JsonNode json, String field) {
        return JsonFields.time(json, field);
    }

    private static String encode(String text) {
        return QueryString.encode(text);
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
