package webcare.source.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import webcare.source.api.Cursor;

/**
 * What a feed's cursor holds, as JSON: the validators of the last answer, for a conditional GET,
 * and a fingerprint of every entry the last answer held. A feed is a window of its latest entries,
 * without paging: an entry whose fingerprint is known was returned before and is left out; a new
 * entry, or one whose date changed (an edit), is not known and comes through. Fingerprints, not
 * ids, keep the cursor small when ids are long addresses.
 *
 * @param etag         the {@code ETag} of the last answer, sent back as {@code If-None-Match}; null when none
 * @param lastModified the {@code Last-Modified} of the last answer, sent back as {@code If-Modified-Since}; null when none
 * @param seen         the fingerprints of the entries in the last answer
 */
record FeedState(String etag, String lastModified, Set<String> seen) {

    static final FeedState START = new FeedState(null, null, Set.of());
    /** The most fingerprints kept; a feed holding more gets its later entries back each time (the store ignores them). */
    static final int MAX_SEEN = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    FeedState {
        seen = Set.copyOf(seen);
    }

    /** The entry with this id, dated so ({@code ""} when undated), as the cursor remembers it. */
    static String fingerprint(String id, String date) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((id + '\n' + date).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The state a cursor holds.
     *
     * @throws IllegalArgumentException when the cursor is not one of ours
     */
    static FeedState of(Cursor cursor) {
        if (cursor.isStart()) {
            return START;
        }
        try {
            JsonNode json = JSON.readTree(cursor.value());
            if (json == null || !json.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            Set<String> seen = new LinkedHashSet<>();
            json.path("seen").forEach(each -> seen.add(each.asText()));
            return new FeedState(text(json, "etag"), text(json, "lastModified"), seen);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    Cursor toCursor() {
        ObjectNode json = JSON.createObjectNode();
        if (etag != null) {
            json.put("etag", etag);
        }
        if (lastModified != null) {
            json.put("lastModified", lastModified);
        }
        seen.stream().sorted().forEach(json.putArray("seen")::add);
        return new Cursor(json.toString());
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
