package webcare.source.twitter;

import static webcare.source.twitter.TwitterSource.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;

/** Turns one page of X API v2 posts, with their {@code includes.users}, into mentions. */
final class TweetMentions {

    private static final Logger LOG = System.getLogger(TweetMentions.class.getName());
    /** Snowflake ids carry their creation time: milliseconds since this epoch, shifted 22 bits. */
    private static final long SNOWFLAKE_EPOCH_MILLIS = 1288834974657L;
    /** Languages X reports that are none: undetermined, no linguistic content. */
    private static final Set<String> NO_LANGUAGE = Set.of("und", "zxx");

    private TweetMentions() {}

    /** Why a post is skipped, as the sync line and the Sources view show it. */
    static final String NO_ID = "no id";

    /** The mentions of one page, and how many of its posts were skipped for want of an id. */
    record Read(List<Mention> mentions, int withoutId) {}

    static Read of(JsonNode page, String instance) {
        Map<String, JsonNode> users = new HashMap<>();
        for (JsonNode user : page.path("includes").path("users")) {
            String id = text(user, "id");
            if (id != null) {
                users.put(id, user);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        int withoutId = 0;
        for (JsonNode tweet : page.path("data")) {
            String id = text(tweet, "id");
            if (id == null) {
                LOG.log(Level.WARNING, "X sent a post without id; skipped");
                withoutId++;
                continue;
            }
            mentions.add(mention(tweet, id, users, instance));
        }
        return new Read(mentions, withoutId);
    }

    private static Mention mention(JsonNode tweet, String id, Map<String, JsonNode> users, String instance) {
        // An edit is a new post id; its first version's id (edit_history_tweet_ids[0]) stays the
        // identity, so the edit updates the mention people already see.
        String original = element(tweet.path("edit_history_tweet_ids"), 0);
        String externalId = original == null ? id : original;
        Instant versionCreated = instant(text(tweet, "created_at"), id);
        boolean edited = !externalId.equals(id);
        Instant created = edited ? snowflakeTime(externalId, versionCreated) : versionCreated;

        String inReplyTo = null;
        for (JsonNode reference : tweet.path("referenced_tweets")) {
            if ("replied_to".equals(text(reference, "type"))) {
                inReplyTo = text(reference, "id");
            }
        }
        String conversation = text(tweet, "conversation_id");
        String threadId = conversation == null || conversation.equals(externalId) || conversation.equals(id)
                ? null : conversation;

        JsonNode user = users.get(text(tweet, "author_id"));
        Author author = author(text(tweet, "author_id"), user);
        String username = user == null ? null : text(user, "username");
        String url = username == null ? "https://x.com/i/web/status/" + id : "https://x.com/" + username + "/status/" + id;

        String lang = text(tweet, "lang");
        if (lang != null && (NO_LANGUAGE.contains(lang) || lang.matches("q[a-t][a-z]"))) {
            lang = null; // qaa–qtz: X's private codes for posts of only hashtags, links, media…
        }
        String longText = text(tweet.path("note_tweet"), "text");
        String body = longText != null ? longText : textOrEmpty(tweet);

        return new Mention(TwitterSource.TYPE, instance, externalId,
                inReplyTo != null ? MentionKind.REPLY : MentionKind.POST, threadId, inReplyTo, author, body, lang,
                null, url, created, edited ? versionCreated : null, tweet.toString(), false);
    }

    private static Author author(String authorId, JsonNode user) {
        if (user == null) {
            return authorId == null ? null : new Author(authorId, null, null, null, null);
        }
        String username = text(user, "username");
        JsonNode followers = user.path("public_metrics").path("followers_count");
        return new Author(text(user, "id"), username == null ? null : "@" + username, text(user, "name"),
                followers.isIntegralNumber() ? followers.asLong() : null,
                username == null ? null : "https://x.com/" + username);
    }

    private static String element(JsonNode array, int index) {
        JsonNode value = array.path(index);
        return value.isValueNode() && !value.asText().isEmpty() ? value.asText() : null;
    }

    private static String textOrEmpty(JsonNode tweet) {
        String text = text(tweet, "text");
        return text == null ? "" : text;
    }

    /** {@code created_at}, else the time in the post's id (present on every post since 2010). */
    private static Instant instant(String createdAt, String id) {
        if (createdAt != null) {
            try {
                return Instant.parse(createdAt);
            } catch (DateTimeParseException e) {
                LOG.log(Level.WARNING, "X post {0} has an unreadable created_at {1}", id, createdAt);
            }
        }
        return snowflakeTime(id, Instant.EPOCH);
    }

    private static Instant snowflakeTime(String id, Instant fallback) {
        try {
            return Instant.ofEpochMilli((Long.parseLong(id) >> 22) + SNOWFLAKE_EPOCH_MILLIS);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
