package webcare.triage.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import webcare.model.Author;
import webcare.model.Mention;

/**
 * A triaged item as a {@link TriageContext} remembers it, to find items on the same subject.
 *
 * @param key      the mention
 * @param author   who wrote it ({@link #authorOf})
 * @param thread   the thread it belongs to ({@link #threadOf})
 * @param created  when it was posted (UTC)
 * @param decision what triage decided for it (last: a raised item is remembered again)
 * @param terms    its subject: the content words triage read in it (lower case, accents folded)
 */
public record SeenItem(MentionKey key, String author, String thread, Instant created, Decision decision,
        Set<String> terms) {

    public SeenItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(decision, "decision");
        terms = Set.copyOf(terms);
    }

    /**
     * Who wrote a mention, comparable across its items: the source with the author's id, else
     * handle, else name; a mention without an author counts as its own author (review sites that
     * give no name are not one person).
     */
    public static String authorOf(Mention mention) {
        Author author = mention.author();
        String who = author == null ? null : firstPresent(author.id(), author.handle(), author.name());
        return who == null ? mention.source() + "#" + mention.externalId() : mention.source() + ":" + who;
    }

    /** The thread of a mention: its thread id, or its own id when it starts one; per source and instance. */
    public static String threadOf(Mention mention) {
        String thread = mention.threadId() == null ? mention.externalId() : mention.threadId();
        return mention.source() + "/" + mention.instance() + "/" + thread;
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
