package webcare.source.twitter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;
import webcare.source.api.Cursor;

/**
 * Where an X sync stands, kept as the {@link Cursor}. A pass pages newest-first through
 * everything newer than {@code sinceId}; the pass's newest id (the first page's
 * {@code meta.newest_id}) becomes the next {@code sinceId} only after its last page, so a crash
 * in the middle repeats pages and never skips any.
 *
 * @param target       what is watched ({@code query:…} or {@code user:…}); a cursor for another
 *                     target starts over
 * @param sinceId      newest id of the last completed pass; null before the first one
 * @param passNewestId newest id of the pass in progress; null between passes
 * @param pageToken    the token for the pass's next page; null between passes
 */
record SyncState(String target, String sinceId, String passNewestId, String pageToken) {

    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = System.getLogger(SyncState.class.getName());

    SyncState {
        Objects.requireNonNull(target, "target");
    }

    static SyncState fresh(String target) {
        return new SyncState(target, null, null, null);
    }

    /** The state in {@code cursor}; a fresh one for the start, another target or an unreadable cursor. */
    static SyncState read(Cursor cursor, String target) {
        if (cursor.isStart()) {
            return fresh(target);
        }
        JsonNode json;
        try {
            json = JSON.readTree(cursor.value());
        } catch (JsonProcessingException e) {
            LOG.log(Level.WARNING, "X cursor unreadable, starting over: {0}", e.getOriginalMessage());
            return fresh(target);
        }
        if (json == null || json.path("v").asInt() != VERSION) {
            LOG.log(Level.WARNING, "X cursor of an unknown version, starting over");
            return fresh(target);
        }
        if (!target.equals(json.path("target").asText())) {
            LOG.log(Level.INFO, "X watch changed to {0}, starting over", target);
            return fresh(target);
        }
        return new SyncState(target, TwitterSource.text(json, "since_id"), TwitterSource.text(json, "pass_newest_id"),
                TwitterSource.text(json, "page_token"));
    }

    /**
     * The state after a page whose {@code meta} said {@code pageNewestId} and {@code nextToken}
     * (each null when absent).
     */
    SyncState after(String pageNewestId, String nextToken) {
        String passNewest = passNewestId != null ? passNewestId : pageNewestId;
        if (nextToken != null) {
            return new SyncState(target, sinceId, passNewest, nextToken);
        }
        return new SyncState(target, passNewest != null ? passNewest : sinceId, null, null);
    }

    /** The pass in progress begins again from its first page. */
    SyncState restartPass() {
        return new SyncState(target, sinceId, null, null);
    }

    Cursor cursor() {
        ObjectNode json = JSON.createObjectNode();
        json.put("v", VERSION);
        json.put("target", target);
        putIfSet(json, "since_id", sinceId);
        putIfSet(json, "pass_newest_id", passNewestId);
        putIfSet(json, "page_token", pageToken);
        return new Cursor(json.toString());
    }

    private static void putIfSet(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
