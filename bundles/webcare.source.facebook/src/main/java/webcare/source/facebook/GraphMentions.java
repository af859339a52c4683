package webcare.source.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;

/**
 * Turns Graph API page posts, comments and ratings into mentions. Authors carry id and name only:
 * under a page token Graph gives no profile link, and its app-scoped user ids make no working
 * {@code facebook.com/<id>} address.
 */
final class GraphMentions {

    /** Why an item is skipped, as the sync line and the Sources view show it. */
    static final String NO_ID = "no id";
    static final String NO_TIME = "no created_time";
    private static final Logger LOG = System.getLogger(GraphMentions.class.getName());
    /** Graph writes {@code 2021-08-10T18:45:03+0000}: an offset without a colon. */
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxx");

    private final String instance;
    private final String pageId;

    GraphMentions(String instance, String pageId) {
        this.instance = instance;
        this.pageId = pageId;
    }

    /**
     * A feed post, or empty when it lacks an id or a creation time; then it is counted in
     * {@code skipped} under {@code no id} or {@code no created_time}.
     */
    Optional<Mention> post(JsonNode post, Map<String, Integer> skipped) {
        String id = text(post, "id");
        Optional<Instant> created = time(post, "created_time");
        if (id == null || created.isEmpty()) {
            LOG.log(Level.WARNING, "Facebook page {0}: a feed post without id or created_time; skipped", pageId);
            skip(skipped, id);
            return Optional.empty();
        }
        // updated_time also moves when someone comments, so it is no edit time: updated stays null.
        return Optional.of(new Mention(FacebookSource.TYPE, instance, id, MentionKind.POST, null, null,
                author(post.path("from")), textOf(post, "message"), null, null, text(post, "permalink_url"),
                created.get(), null, post.toString(), false));
    }

    /**
     * A comment on {@code postId} (a reply to a comment when it has a parent); empty, and counted
     * in {@code skipped}, as for {@link #post}.
     */
    Optional<Mention> comment(JsonNode comment, String postId, Map<String, Integer> skipped) {
        String id = text(comment, "id");
        Optional<Instant> created = time(comment, "created_time");
        if (id == null || created.isEmpty()) {
            LOG.log(Level.WARNING, "Facebook post {0}: a comment without id or created_time; skipped", postId);
            skip(skipped, id);
            return Optional.empty();
        }
        String parent = text(comment.path("parent"), "id");
        return Optional.of(new Mention(FacebookSource.TYPE, instance, id, MentionKind.COMMENT, postId,
                parent != null ? parent : postId, author(comment.path("from")), textOf(comment, "message"), null,
                null, text(comment, "permalink_url"), created.get(), null, comment.toString(), false));
    }

    /**
     * A rating or recommendation of the page. Its id is the review story's
     * ({@code open_graph_story.id}, what a reply is posted to). Without one it is made from the
     * reviewer and the time, or, for an anonymous one, the time and a hash of the text.
     *
     * <p>The stars: {@code rating} when Graph gives one (1–5); otherwise a recommendation counts
     * as 5 ({@code positive}) or 1 ({@code negative}); otherwise none. Without a creation time it
     * is empty, and counted in {@code skipped} under {@code no created_time}.
     */
    Optional<Mention> rating(JsonNode rating, Map<String, Integer> skipped) {
        Optional<Instant> created = time(rating, "created_time");
        if (created.isEmpty()) {
            LOG.log(Level.WARNING, "Facebook page {0}: a rating without created_time; skipped", pageId);
            skipped.merge(NO_TIME, 1, Integer::sum);
            return Optional.empty();
        }
        String story = text(rating.path("open_graph_story"), "id");
        String reviewer = text(rating.path("reviewer"), "id");
        String text = textOf(rating, "review_text");
        String id = story != null ? story
                : reviewer != null ? "rating_" + reviewer + "_" + created.get().getEpochSecond()
                : "rating_" + created.get().getEpochSecond() + "_" + shortHash(text);
        String url = story != null ? "https://www.facebook.com/" + story
                : "https://www.facebook.com/" + pageId + "/reviews";
        return Optional.of(new Mention(FacebookSource.TYPE, instance, id, MentionKind.REVIEW, null, null,
                author(rating.path("reviewer")), text, null, stars(rating), url, created.get(), null,
                rating.toString(), false));
    }

    /** Counts an item left out: for want of its id when {@code id} is null, else of its creation time. */
    private static void skip(Map<String, Integer> skipped, String id) {
        skipped.merge(id == null ? NO_ID : NO_TIME, 1, Integer::sum);
    }

    static Integer stars(JsonNode rating) {
        JsonNode stars = rating.path("rating");
        if (stars.isIntegralNumber() && stars.asInt() >= 1 && stars.asInt() <= 5) {
            return stars.asInt();
        }
        return switch (rating.path("recommendation_type").asText()) {
            case "positive" -> 5;
            case "negative" -> 1;
            default -> null;
        };
    }

    /** A Graph time field; empty when missing or unreadable. */
    static Optional<Instant> time(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value, GRAPH_TIME).toInstant());
        } catch (DateTimeParseException notGraphStyle) {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isEmpty() ? value.asText() : null;
    }

    private static String textOf(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? "" : text; // a photo post or a bare rating has no text
    }

    private static Author author(JsonNode from) {
        String id = text(from, "id");
        String name = text(from, "name");
        return id == null && name == null ? null : new Author(id, null, name, null, null);
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
