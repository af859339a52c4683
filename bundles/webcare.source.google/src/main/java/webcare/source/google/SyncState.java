package webcare.source.google;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import webcare.source.api.Cursor;

/**
 * What the cursor of a location holds, as JSON. Reviews come newest-updated first, so a sync pass
 * reads pages until it meets a review last updated before {@code since}: everything after it is
 * known. {@code since} only moves when a pass completes; while a pass runs, the highest update time
 * it has met travels in {@link Pass}, so a crash between pages resumes at the next page with the
 * old {@code since} and nothing is skipped.
 *
 * @param since the newest update time of the last completed pass; null before the first one
 * @param ids   the reviews updated exactly at {@code since}, so a review that shares the second is
 *              neither lost nor returned again
 * @param pass  the pass under way; null between passes
 */
record SyncState(Instant since, Set<String> ids, Pass pass) {

    static final SyncState START = new SyncState(null, Set.of(), null);

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A pass under way.
     *
     * @param top       the newest update time met in this pass; null when none yet
     * @param topIds    the reviews updated exactly at {@code top}
     * @param pageToken the page to read next; null to (re)start at the first page
     */
    record Pass(Instant top, Set<String> topIds, String pageToken) {

        static final Pass FIRST_PAGE = new Pass(null, Set.of(), null);

        Pass {
            topIds = Set.copyOf(topIds);
        }

        /** This pass having met a review updated at {@code time}. */
        Pass met(String id, Instant time) {
            if (top == null || time.isAfter(top)) {
                return new Pass(time, Set.of(id), pageToken);
            }
            if (time.equals(top)) {
                Set<String> more = new HashSet<>(topIds);
                more.add(id);
                return new Pass(top, more, pageToken);
            }
            return this;
        }

        Pass at(String nextPageToken) {
            return new Pass(top, topIds, nextPageToken);
        }
    }

    SyncState {
        ids = Set.copyOf(ids);
    }

    /** The pass under way, or a new one at the first page. */
    Pass passOrNew() {
        return pass == null ? Pass.FIRST_PAGE : pass;
    }

    /** True when a review updated at {@code time} is older than the last completed pass. */
    boolean isBefore(Instant time) {
        return since != null && time.isBefore(since);
    }

    /** True when the last completed pass returned this review at this update time already. */
    boolean hasSeen(String id, Instant time) {
        return time.equals(since) && ids.contains(id);
    }

    /** The same pass, about to read {@code pass}'s page. */
    SyncState continuing(Pass next) {
        return new SyncState(since, ids, next);
    }

    /** The state once {@code finished} has reached what the previous pass knew. */
    SyncState completed(Pass finished) {
        Instant top = finished.top();
        if (top == null || isBefore(top)) {
            return new SyncState(since, ids, null);
        }
        if (top.equals(since)) {
            Set<String> both = new HashSet<>(ids);
            both.addAll(finished.topIds());
            return new SyncState(since, both, null);
        }
        return new SyncState(top, finished.topIds(), null);
    }

    /**
     * The state a cursor holds.
     *
     * @throws IllegalArgumentException when the cursor is not one of ours
     */
    static SyncState of(Cursor cursor) {
        if (cursor.isStart()) {
            return START;
        }
        try {
            JsonNode json = JSON.readTree(cursor.value());
            if (json == null || !json.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            JsonNode pass = json.get("pass");
            return new SyncState(instant(json.get("since")), strings(json.get("ids")),
                    pass == null || !pass.isObject() ? null
                            : new Pass(instant(pass.get("top")), strings(pass.get("topIds")),
                                    pass.hasNonNull("pageToken") ? pass.get("pageToken").asText() : null));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    Cursor toCursor() {
        ObjectNode json = JSON.createObjectNode();
        if (since != null) {
            json.put("since", since.toString());
            strings(json.putArray("ids"), ids);
        }
        if (pass != null) {
            ObjectNode node = json.putObject("pass");
            if (pass.top() != null) {
                node.put("top", pass.top().toString());
                strings(node.putArray("topIds"), pass.topIds());
            }
            if (pass.pageToken() != null) {
                node.put("pageToken", pass.pageToken());
            }
        }
        return new Cursor(json.toString());
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> strings = new HashSet<>();
        if (node != null) {
            node.forEach(each -> strings.add(each.asText()));
        }
        return strings;
    }

    private static void strings(ArrayNode array, Set<String> strings) {
        // sorted, so the same state is always the same cursor text
        List.copyOf(new TreeSet<>(strings)).forEach(array::add);
    }
}
