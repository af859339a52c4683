package webcare.source.facebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import webcare.source.api.Cursor;

/**
 * Where a Facebook page's sync stands, kept as the {@link Cursor}.
 *
 * <p>A pass reads three streams one request at a time: the feed (which posts are new, which
 * have new comments), the comments of each post that changed, then the ratings. What the pass
 * has seen becomes {@code synced} only after its last request, so a crash repeats requests and
 * never skips items; and every request asks only for what is newer than {@code synced}, so old
 * items are not fetched again pass after pass.
 *
 * @param pageId the page this state is for; a cursor for another page starts over
 * @param synced everything created before this instant has been delivered (the start of the last
 *               completed pass, less an overlap); null before the first completed pass
 * @param pass   the pass in progress; null between passes
 */
record SyncState(String pageId, Instant synced, Pass pass) {

    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = System.getLogger(SyncState.class.getName());

    SyncState {
        Objects.requireNonNull(pageId, "pageId");
    }

    /** The stream a pass is reading; they come in this order. */
    enum Phase { FEED, COMMENTS, RATINGS, DONE }

    /**
     * A pass in progress.
     *
     * @param started when it began (our clock)
     * @param phase   the stream being read
     * @param paging  the query parameters that ask for the stream's next page ({@code after}, or
     *                {@code until} and {@code __paging_token}); empty for its first page
     * @param posts   ids of the posts whose comments still have to be read, the current one first
     */
    record Pass(Instant started, Phase phase, Map<String, String> paging, List<String> posts) {
        Pass {
            Objects.requireNonNull(started, "started");
            Objects.requireNonNull(phase, "phase");
            paging = Collections.unmodifiableMap(new LinkedHashMap<>(paging)); // stable order, stable cursor text
            posts = List.copyOf(posts);
        }

        static Pass start(Instant now) {
            return new Pass(now, Phase.FEED, Map.of(), List.of());
        }

        Pass next(Phase phase, Map<String, String> paging, List<String> posts) {
            return new Pass(started, phase, paging, posts);
        }
    }

    /** The state in {@code cursor}; a fresh one for the start, another page or an unreadable cursor. */
    static SyncState read(Cursor cursor, String pageId) {
        SyncState fresh = new SyncState(pageId, null, null);
        if (cursor.isStart()) {
            return fresh;
        }
        try {
            JsonNode json = JSON.readTree(cursor.value());
            if (json == null || json.path("v").asInt() != VERSION) {
                LOG.log(Level.WARNING, "Facebook cursor of an unknown version, starting over");
                return fresh;
            }
            if (!pageId.equals(json.path("page").asText())) {
                LOG.log(Level.INFO, "Facebook page changed to {0}, starting over", pageId);
                return fresh;
            }
            return new SyncState(pageId, instant(json.path("synced")), pass(json.path("pass")));
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Facebook cursor unreadable, starting over: {0}", e.getMessage());
            return fresh;
        }
    }

    private static Pass pass(JsonNode json) {
        if (!json.isObject()) {
            return null;
        }
        Map<String, String> paging = new LinkedHashMap<>();
        json.path("paging").fields().forEachRemaining(field -> paging.put(field.getKey(), field.getValue().asText()));
        List<String> posts = new ArrayList<>();
        json.path("posts").forEach(post -> posts.add(post.asText()));
        Instant started = instant(json.path("started"));
        if (started == null) {
            throw new IllegalArgumentException("a pass without its start");
        }
        return new Pass(started, Phase.valueOf(json.path("phase").asText()), paging, posts);
    }

    private static Instant instant(JsonNode value) {
        return value.isTextual() ? Instant.parse(value.asText()) : null;
    }

    Cursor cursor() {
        ObjectNode json = JSON.createObjectNode();
        json.put("v", VERSION);
        json.put("page", pageId);
        if (synced != null) {
            json.put("synced", synced.toString());
        }
        if (pass != null) {
            ObjectNode passJson = json.putObject("pass");
            passJson.put("started", pass.started().toString());
            passJson.put("phase", pass.phase().name());
            ObjectNode paging = passJson.putObject("paging");
            pass.paging().forEach(paging::put);
            ArrayNode posts = passJson.putArray("posts");
            pass.posts().forEach(posts::add);
        }
        return new Cursor(json.toString());
    }
}
