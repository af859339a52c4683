package webcare.source.google;

import static webcare.source.http.JsonFields.text;
import static webcare.source.http.JsonFields.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.source.http.NewestFirstCursor;

/**
 * One entry of a v4 {@code ListReviewsResponse.reviews[]}, with what the sync needs to know about it.
 *
 * @param id      {@code reviewId}, else the last segment of {@code name}
 * @param created {@code createTime}, else {@code updateTime}
 * @param changed {@code updateTime}, else {@code createTime}: the order the list is sorted in
 * @param json    the review as Google sent it
 */
record GoogleReview(String id, Instant created, Instant changed, JsonNode json) implements NewestFirstCursor.Entry {

    private static final Map<String, Integer> STARS = Map.of("ONE", 1, "TWO", 2, "THREE", 3, "FOUR", 4, "FIVE", 5);

    /** The list is sorted by {@code changed}. */
    @Override
    public Instant listedAt() {
        return changed;
    }

    /** The review in {@code json}; empty when it has no id or no time at all (never seen, but not ours to fail on). */
    static Optional<GoogleReview> of(JsonNode json) {
        if (!json.isObject()) {
            return Optional.empty();
        }
        String id = text(json, "reviewId");
        String name = text(json, "name");
        if (isBlank(id) && !isBlank(name)) {
            id = name.substring(name.lastIndexOf('/') + 1);
        }
        Instant created = time(json, "createTime");
        Instant updated = time(json, "updateTime");
        if (isBlank(id) || created == null && updated == null) {
            return Optional.empty();
        }
        return Optional.of(new GoogleReview(id, created != null ? created : updated,
                updated != null ? updated : created, json));
    }

    /**
     * The review, and the owner's reply to it when there is one. The review is edited when
     * {@code updateTime} is later than {@code createTime}; the reply carries the review's id plus
     * {@code /reply}, since Google gives it none of its own.
     */
    List<Mention> mentions(String instance) {
        List<Mention> mentions = new ArrayList<>(2);
        String comment = text(json, "comment");
        mentions.add(new Mention(GoogleReviewsSource.TYPE, instance, id, MentionKind.REVIEW, null, null, author(),
                comment == null ? "" : comment, null, STARS.get(String.valueOf(text(json, "starRating"))), null,
                created, changed.isAfter(created) ? changed : null, json.toString(), false));
        JsonNode reply = json.path("reviewReply");
        String answer = text(reply, "comment");
        if (answer != null) {
            Instant replied = time(reply, "updateTime");
            mentions.add(new Mention(GoogleReviewsSource.TYPE, instance, id + "/reply", MentionKind.REPLY, id, id,
                    null, answer, null, null, null, replied != null ? replied : changed, null, reply.toString(),
                    false));
        }
        return mentions;
    }

    /** The reviewer's display name; Google gives no id, profile or reach. Null when it says nothing. */
    private Author author() {
        String name = text(json.path("reviewer"), "displayName");
        return isBlank(name) ? null : new Author(null, null, name, null, null);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
