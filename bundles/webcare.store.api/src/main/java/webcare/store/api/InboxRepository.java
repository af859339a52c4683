package webcare.store.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import webcare.model.Mention;

/**
 * The team's inbox: what triage said about each mention, where the team's work on it stands, who
 * changed a decision and why, and what was replied. Reads are paged, filtered and sorted in the
 * database, never by loading all rows. Decisions and polarities are kept as the names the triage
 * and analysis services use ({@code RESPOND}, {@code NEGATIVE}, …): the store does not interpret them.
 */
@ProviderType
public interface InboxRepository {

    /** Where the team's work on a mention stands. */
    enum Status { OPEN, ANSWERED, HANDLED_PRIVATELY, HIDDEN, CLOSED }

    /** A stored mention with the store's id for it. */
    record StoredMention(long id, Mention mention) {}

    /**
     * Whose history an item adds to: the platform's author id, else the handle, else the name, lower
     * case; empty when the platform says nothing about the author (such items have no history).
     */
    record AuthorKey(String source, String author) {

        public static AuthorKey of(Mention mention) {
            var author = mention.author();
            return author == null ? new AuthorKey(mention.source(), "")
                    : of(mention.source(), author.id(), author.handle(), author.name());
        }

        /** The key of an author known by these fields, any of which may be null. */
        public static AuthorKey of(String source, String id, String handle, String name) {
            String key = id != null && !id.isBlank() ? id : handle != null && !handle.isBlank() ? handle : name;
            return new AuthorKey(source, key == null ? "" : key.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** Everything an author posted that was triaged: how many items, how many of them negative. */
    record AuthorHistory(long items, long negative) {

        public static final AuthorHistory NONE = new AuthorHistory(0, 0);

        /** Share of negative items, 0 when there are none. */
        public double negativeShare() {
            return items == 0 ? 0 : (double) negative / items;
        }
    }

    /**
     * What triage said about one mention.
     *
     * @param flags   the flags as the triage bundle writes them (JSON text), kept as given
     * @param reasons the reasons as the triage bundle writes them (JSON text), kept as given
     * @param negative whether this item counts as negative in its author's history
     */
    record Triaged(long mentionId, String lang, double sentiment, String polarity, String decision, int priority,
            Instant due, String flags, String reasons, boolean negative, Instant triagedAt) {

        public Triaged {
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(polarity, "polarity");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(flags, "flags");
            Objects.requireNonNull(reasons, "reasons");
            Objects.requireNonNull(triagedAt, "triagedAt");
        }
    }

    /** Mentions stored after the last one triaged, in the order they were stored, at most {@code limit}. */
    List<StoredMention> untriaged(Transaction tx, int limit) throws StoreException;

    /** How many mentions are waiting for triage. */
    long untriagedCount(Transaction tx) throws StoreException;

    /** The histories of these authors so far; an author with none is left out. */
    Map<AuthorKey, AuthorHistory> authorHistories(Transaction tx, Collection<AuthorKey> authors)
            throws StoreException;

    /**
     * Stores triage results (each mention once), opens an inbox item for each (open, or closed
     * when {@code closedDecisions} holds its decision) and adds the items to their authors' histories.
     */
    void saveTriage(Transaction tx, List<Triaged> results, Set<String> closedDecisions) throws StoreException;

    /** How the inbox is ordered. */
    enum Sort {
        /** Highest priority first, then the earliest due. */
        PRIORITY,
        /** Earliest due first, then the highest priority. */
        DUE,
        /** Newest first. */
        NEWEST
    }

    /** Which items by due time. */
    enum Due { ANY, OVERDUE, NOT_OVERDUE }

    /**
     * Which items, in which order; null and empty mean "any". {@code text} is words: each of its
     * runs of two or more letters or digits must begin a word of the mention's text, ignoring case
     * and accents ("pakket" finds "Pakketje", "cafe" finds "café"); a text without such a run (a
     * single letter, only punctuation) filters nothing. {@code author} is an {@link AuthorKey#author()}; {@code now}
     * decides what is overdue; {@code unassigned} keeps only the items given to nobody (then
     * {@code assignee} must be null: an item cannot be both).
     */
    record Query(String source, Set<String> decisions, String polarity, String lang, Due due, Set<Status> statuses,
            String assignee, String author, String text, Sort sort, Instant now, boolean unassigned) {

        public Query {
            decisions = decisions == null ? Set.of() : Set.copyOf(decisions);
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            due = due == null ? Due.ANY : due;
            sort = sort == null ? Sort.PRIORITY : sort;
            Objects.requireNonNull(now, "now");
            if (unassigned && assignee != null) {
                throw new IllegalArgumentException("a query for unassigned items cannot also ask for assignee "
                        + assignee + ": leave one of the two out");
            }
        }

        /** Items assigned to anyone or no one, as before {@code unassigned} was added. */
        public Query(String source, Set<String> decisions, String polarity, String lang, Due due,
                Set<Status> statuses, String assignee, String author, String text, Sort sort, Instant now) {
            this(source, decisions, polarity, lang, due, statuses, assignee, author, text, sort, now, false);
        }

        /** Everything open, by priority. */
        public static Query open(Instant now) {
            return new Query(null, null, null, null, Due.ANY, Set.of(Status.OPEN), null, null, null, Sort.PRIORITY, now);
        }
    }

    /** One line of the inbox: enough to show and sort it, not the whole mention. */
    record Row(long mentionId, String source, String instance, String kind, String author, String authorName,
            Long followers, String excerpt, Integer rating, Instant created, String lang, double sentiment,
            String polarity, String decision, boolean overridden, int priority, Instant due, Status status,
            String assignee) {}

    /** Longest text in {@link Row#excerpt()}, in characters. */
    int EXCERPT = 280;

    /**
     * How many items match, exactly. On a large inbox this reads every match (seconds over a
     * million); a view that only shows the number uses {@link #count(Transaction, Query, long)}.
     */
    default long count(Transaction tx, Query query) throws StoreException {
        return count(tx, query, Long.MAX_VALUE).items();
    }

    /**
     * How many items match, counting no further than {@code limit}: the cost stays that of
     * {@code limit} items however many match.
     *
     * @param limit at least 0; {@link Long#MAX_VALUE} counts them all
     * @return the number of matching items up to {@code limit}, and whether there are more
     * @throws IllegalArgumentException when {@code limit} is negative
     */
    Count count(Transaction tx, Query query, long limit) throws StoreException;

    /**
     * A number of items counted up to a limit.
     *
     * @param items how many, at most the limit
     * @param more  whether more than {@code items} match (then {@code items} is the limit)
     */
    record Count(long items, boolean more) {

        public Count {
            if (items < 0) {
                throw new IllegalArgumentException("items must not be negative: " + items);
            }
        }
    }

    /** The matching items from {@code offset}, at most {@code limit}, in the query's order. */
    List<Row> page(Transaction tx, Query query, int offset, int limit) throws StoreException;

    /**
     * Triaged items after mention {@code afterId}, by mention id (the order they were stored in),
     * at most {@code limit}: what a watcher of the stream has not seen yet.
     */
    List<Row> triagedAfter(Transaction tx, long afterId, int limit) throws StoreException;

    /**
     * Triaged items written in [{@code from}, {@code to}), oldest first, after the item written at
     * {@code afterCreated} with id {@code afterId} (null: from the start), at most {@code limit}:
     * a stretch of the stream replayed in time order, page by page.
     */
    List<Row> writtenBetween(Transaction tx, Instant from, Instant to, Instant afterCreated, long afterId, int limit)
            throws StoreException;

    /** Triaged items of one source written in one time bucket: how many, and how many negative. */
    record Volume(Instant bucket, String source, long items, long negative) {}

    /**
     * Triaged items written in [{@code from}, {@code to}) counted per source and bucket of
     * {@code bucketSeconds} (from the epoch), oldest bucket first: a week's chart reads a few
     * hundred rows, counted in the database.
     */
    List<Volume> volume(Transaction tx, Instant from, Instant to, int bucketSeconds) throws StoreException;

    /** One item in full. */
    record Item(StoredMention mention, Row row, String flags, String reasons, String rulesDecision,
            AuthorHistory authorHistory) {}

    Optional<Item> item(Transaction tx, long mentionId) throws StoreException;

    /**
     * The conversation around a mention, oldest first: the items it answers (following
     * {@code inReplyTo}, at most {@code depth} up) and those answering it directly.
     */
    List<StoredMention> thread(Transaction tx, long mentionId, int depth) throws StoreException;

    /** Sets the status of these items. */
    void setStatus(Transaction tx, Collection<Long> mentionIds, Status status, String who, Instant at)
            throws StoreException;

    /** Gives these items to {@code assignee}; null takes them back. */
    void assign(Transaction tx, Collection<Long> mentionIds, String assignee, String who, Instant at)
            throws StoreException;

    /** The rows of these items, in the order asked for; an item no longer in the inbox is left out. */
    List<Row> rows(Transaction tx, List<Long> mentionIds) throws StoreException;

    /**
     * A number that grows with every change recorded in an item's work history (status,
     * assignment, claim, decision, replies): a workbench that sees it grow reads its items again.
     */
    long lastChange(Transaction tx) throws StoreException;

    /**
     * Claims the item for {@code who} before they answer it: given to them when it is given to
     * nobody (recorded as a claim), so two team members opening it at once cannot both get it.
     *
     * @return empty when the item is {@code who}'s now (or was already); else the team member it
     *     is given to
     */
    Optional<String> claim(Transaction tx, long mentionId, String who, Instant at) throws StoreException;

    /** A team member's decision instead of the rules'. */
    record DecisionChange(long mentionId, String from, String to, String who, String why, Instant at) {}

    /** Records {@code override} and makes its decision the item's; the rules' decision is kept beside it. */
    void override(Transaction tx, DecisionChange override) throws StoreException;

    /** The most recent overrides first, at most {@code limit}: what the rules got wrong, to tune them. */
    List<DecisionChange> overrides(Transaction tx, int limit) throws StoreException;

    /**
     * A decision the rules took again for an item triaged before, because of what came in after it:
     * a monitored item that enough other authors now echo is raised to {@code RESPOND}. The item
     * is named as a {@link Mention} is: ({@code source}, {@code instance}, {@code externalId}).
     *
     * @param from    the decision the item must still have, by the rules and in force
     * @param to      the rules' new decision
     * @param reasons the reasons for it, a JSON array as in {@link Triaged#reasons()}: they come
     *                first, the reasons stored before follow them
     */
    record Redecision(String source, String instance, String externalId, String from, String to, int priority,
            Instant due, String reasons) {

        public Redecision {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(externalId, "externalId");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(reasons, "reasons");
            if (!reasons.strip().startsWith("[") || !reasons.strip().endsWith("]")) {
                throw new IllegalArgumentException("reasons must be a JSON array, not " + reasons);
            }
        }
    }

    /**
     * Applies the rules' new decisions to the items that are still open, still have decision
     * {@code from}, and that no person ever overrode (a person's call stands, even one that agreed
     * with the rules): the decision, priority and due time in force and the rules' decision and
     * reasons change, and the item's work history notes it under {@code who} (action
     * {@code redecide}, detail {@code "FROM -> TO: "} followed by the new reasons' JSON). Others,
     * and items not in the inbox, are left as they are.
     *
     * @return the store's ids of the items changed, in the order given
     */
    List<Long> redecide(Transaction tx, List<Redecision> changes, String who, Instant at) throws StoreException;

    /** What was done through or for the platform. */
    enum ReplyAction { REPLY, HIDE }

    /** Where a reply stands. COPIED: put on the clipboard for a platform the workbench cannot post to. */
    enum ReplyState { DRAFT, SENT, FAILED, COPIED }

    /** A reply or a hide, with its outcome. {@code id} is 0 for one not stored yet. */
    record Reply(long id, long mentionId, ReplyAction action, String text, ReplyState state, String platformId,
            String url, String who, Instant at, String error) {}

    /** Stores a new reply (id 0) or a later state of a stored one; returns its id. */
    long saveReply(Transaction tx, Reply reply) throws StoreException;

    /** The replies and hides of a mention, oldest first. */
    List<Reply> replies(Transaction tx, long mentionId) throws StoreException;

    /** One line of an item's work history. */
    record WorkEntry(Instant at, String who, long mentionId, String action, String detail) {}

    /** Who did what to an item, oldest first. */
    List<WorkEntry> history(Transaction tx, long mentionId) throws StoreException;
}
