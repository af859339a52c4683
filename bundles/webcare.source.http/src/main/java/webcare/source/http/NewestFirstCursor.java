package webcare.source.http;

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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import webcare.model.Mention;
import webcare.source.api.Cursor;
import webcare.source.api.FetchOutcome;

/**
 * The cursor of a list that a platform sends newest first (reviews by update or creation time). A
 * sync pass reads pages until it meets an entry older than {@code since}: everything after it is
 * known. {@code since} is a high-water mark that only moves when a pass completes; while a pass
 * runs, the newest time it has met travels in {@link Pass}, so a crash between pages resumes at
 * the next page with the old {@code since} and nothing is skipped. An entry added during a pass
 * pushes the others one place down: the next page then repeats one, which the store ignores.
 * Immutable; its cursor text is JSON, the same state always the same text.
 *
 * @param <P>    how the platform names a page: a page token, a page number
 * @param since  the newest time of the last completed pass; null before the first one
 * @param ids    the entries at exactly {@code since}, so one that shares the second is neither lost
 *               nor returned again
 * @param pass   the pass under way; null between passes
 * @param format how the page is written in the cursor text
 */
public record NewestFirstCursor<P>(Instant since, Set<String> ids, Pass<P> pass, PageFormat<P> format) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = System.getLogger(NewestFirstCursor.class.getName());

    /** What the cursor needs to know of one entry of the list. */
    public interface Entry {
        /** The platform's id of the entry; never null. */
        String id();

        /** The time the list is sorted by, newest first; never null. */
        Instant listedAt();
    }

    /**
     * How a page position is kept in the {@code pass} object of the cursor text. Implementations
     * must be stateless.
     */
    public interface PageFormat<P> {
        /** The position of the first page. */
        P first();

        /** Writes {@code page} into the pass object. */
        void write(P page, ObjectNode pass);

        /** Reads the page from the pass object, {@link #first()} when it holds none. */
        P read(JsonNode pass);

        /** Page tokens, kept under {@code field}; null (the first page) is not written. */
        static PageFormat<String> token(String field) {
            return new PageFormat<>() {
                @Override
                public String first() {
                    return null;
                }

                @Override
                public void write(String page, ObjectNode pass) {
                    if (page != null) {
                        pass.put(field, page);
                    }
                }

                @Override
                public String read(JsonNode pass) {
                    return pass.hasNonNull(field) ? pass.get(field).asText() : null;
                }
            };
        }

        /** Page numbers from 1, kept under {@code field}. */
        static PageFormat<Integer> number(String field) {
            return new PageFormat<>() {
                @Override
                public Integer first() {
                    return 1;
                }

                @Override
                public void write(Integer page, ObjectNode pass) {
                    pass.put(field, page);
                }

                @Override
                public Integer read(JsonNode pass) {
                    return Math.max(1, pass.path(field).asInt(1));
                }
            };
        }
    }

    /**
     * A pass under way.
     *
     * @param top    the newest time met in this pass; null when none yet
     * @param topIds the entries at exactly {@code top}
     * @param page   the page to read next
     */
    public record Pass<P>(Instant top, Set<String> topIds, P page) {

        public Pass {
            topIds = Set.copyOf(topIds);
        }

        /** This pass having met an entry listed at {@code time}. */
        public Pass<P> met(String id, Instant time) {
            if (top == null || time.isAfter(top)) {
                return new Pass<>(time, Set.of(id), page);
            }
            if (time.equals(top)) {
                Set<String> more = new HashSet<>(topIds);
                more.add(id);
                return new Pass<>(top, more, page);
            }
            return this;
        }

        /** This pass, about to read {@code next}. */
        public Pass<P> at(P next) {
            return new Pass<>(top, topIds, next);
        }
    }

    public NewestFirstCursor {
        ids = Set.copyOf(ids);
    }

    /** The state before the first pass. */
    public static <P> NewestFirstCursor<P> start(PageFormat<P> format) {
        return new NewestFirstCursor<>(null, Set.of(), null, format);
    }

    /**
     * The state a cursor holds.
     *
     * @throws IllegalArgumentException when the cursor is not one of ours
     */
    public static <P> NewestFirstCursor<P> of(Cursor cursor, PageFormat<P> format) {
        if (cursor.isStart()) {
            return start(format);
        }
        try {
            JsonNode json = JSON.readTree(cursor.value());
            if (json == null || !json.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            JsonNode pass = json.get("pass");
            return new NewestFirstCursor<>(instant(json.get("since")), strings(json.get("ids")),
                    pass == null || !pass.isObject() ? null
                            : new Pass<>(instant(pass.get("top")), strings(pass.get("topIds")), format.read(pass)),
                    format);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The state a cursor holds, or the state before the first pass when the cursor is not one of
     * ours (an older format, a hand edit): reading the whole list again repeats entries, which the
     * store ignores, and loses none. Logs that it starts over, naming {@code configFile}.
     */
    public static <P> NewestFirstCursor<P> ofOrStart(Cursor cursor, PageFormat<P> format, String configFile) {
        try {
            return of(cursor, format);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "{0}: unreadable cursor ({1}); reading the whole list again", configFile,
                    e.getMessage());
            return start(format);
        }
    }

    /** The pass under way, or a new one at the first page. */
    public Pass<P> passOrNew() {
        return pass == null ? new Pass<>(null, Set.of(), format.first()) : pass;
    }

    /** True when an entry listed at {@code time} is older than the last completed pass. */
    public boolean isBefore(Instant time) {
        return since != null && time.isBefore(since);
    }

    /** True when the last completed pass returned this entry at this time already. */
    public boolean hasSeen(String id, Instant time) {
        return time.equals(since) && ids.contains(id);
    }

    /** The same pass, about to read {@code next}'s page. */
    public NewestFirstCursor<P> continuing(Pass<P> next) {
        return new NewestFirstCursor<>(since, ids, next, format);
    }

    /** The state once {@code finished} has reached what the previous pass knew. */
    public NewestFirstCursor<P> completed(Pass<P> finished) {
        Instant top = finished.top();
        if (top == null || isBefore(top)) {
            return new NewestFirstCursor<>(since, ids, null, format);
        }
        if (top.equals(since)) {
            Set<String> both = new HashSet<>(ids);
            both.addAll(finished.topIds());
            return new NewestFirstCursor<>(since, both, null, format);
        }
        return new NewestFirstCursor<>(top, finished.topIds(), null, format);
    }

    /**
     * Reads one page of the list against this state, in the platform's order: entries that
     * {@code parse} cannot read are skipped and counted, the first entry older than the last
     * completed pass ends the pass.
     */
    public <E extends Entry> Sweep<P, E> sweep(Pass<P> pass, Iterable<JsonNode> page,
            Function<JsonNode, Optional<E>> parse) {
        List<E> fresh = new ArrayList<>();
        boolean reachedKnown = false;
        int skipped = 0;
        for (JsonNode each : page) {
            Optional<E> found = parse.apply(each);
            if (found.isEmpty()) {
                skipped++;
                continue;
            }
            E entry = found.get();
            if (isBefore(entry.listedAt())) {
                reachedKnown = true;
                break;
            }
            if (!hasSeen(entry.id(), entry.listedAt())) {
                fresh.add(entry);
            }
            pass = pass.met(entry.id(), entry.listedAt());
        }
        return new Sweep<>(this, pass, fresh, reachedKnown, skipped);
    }

    /**
     * One page read by {@link #sweep}.
     *
     * @param state        the state the page was read against
     * @param pass         the pass after the page
     * @param fresh        the entries the last completed pass did not return, in the platform's order
     * @param reachedKnown whether the page reached what the last completed pass knew
     * @param skipped      how many entries could not be read
     */
    public record Sweep<P, E extends Entry>(NewestFirstCursor<P> state, Pass<P> pass, List<E> fresh,
            boolean reachedKnown, int skipped) {

        public Sweep {
            fresh = List.copyOf(fresh);
        }

        /**
         * The page to hand out: the fresh entries' mentions and the cursor after them. The pass
         * completes when it reached what was known or {@code next} is null (no further page);
         * otherwise it continues at {@code next}.
         */
        public FetchOutcome.Page page(Function<? super E, List<Mention>> mentions, P next) {
            List<Mention> all = new ArrayList<>();
            fresh.forEach(entry -> all.addAll(mentions.apply(entry)));
            if (reachedKnown || next == null) {
                return new FetchOutcome.Page(all, state.completed(pass).toCursor(), false);
            }
            return new FetchOutcome.Page(all, state.continuing(pass.at(next)).toCursor(), true);
        }
    }

    /** The cursor text of this state. */
    public Cursor toCursor() {
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
            format.write(pass.page(), node);
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
