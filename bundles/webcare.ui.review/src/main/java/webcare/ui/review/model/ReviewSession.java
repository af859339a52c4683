package webcare.ui.review.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import webcare.model.plan.ItemRef;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.model.plan.ReviewItem;
import webcare.model.plan.ReviewItem.Outcome;
import webcare.plan.api.AgendaItem;

/**
 * One annual review session, without any UI: the agenda walked through, where the room is, what
 * was decided about each item (matched by its item ref, so a reloaded plan keeps the decisions),
 * notes, whose contact details were confirmed, and who takes part.
 *
 * <p>Not thread-safe: the view uses it on the UI thread only and hands a {@link Snapshot} to the
 * background to be written.
 */
public final class ReviewSession {

    /** Everything a session is, immutable, as written to and read from the session file. */
    public record Snapshot(String id, long sequence, LocalDate date, long basedOn, String current, List<String> participants,
            Map<String, Outcome> decisions, Map<String, String> notes, List<String> confirmedContacts) {

        public Snapshot {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(date, "date");
            participants = List.copyOf(participants);
            // insertion order is the order discussed: keep it
            decisions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decisions));
            notes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes));
            confirmedContacts = List.copyOf(confirmedContacts);
        }
    }

    private final String id;
    private LocalDate date;
    private long basedOn;
    private List<AgendaItem> agenda;
    private final Map<String, Integer> index = new HashMap<>();
    /** Position 0..size-1 is an item; position == size is the end (the summary). */
    private int position;
    private final List<String> participants = new ArrayList<>();
    private final LinkedHashMap<String, Outcome> decisions = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Set<String> confirmedContacts = new LinkedHashSet<>();
    private long sequence;

    /**
     * A new session at the first item.
     *
     * @param date    the day of the session
     * @param basedOn the working plan's revision the agenda was made from
     * @param agenda  the items to walk through, in order; must not be empty
     */
    public ReviewSession(LocalDate date, long basedOn, List<AgendaItem> agenda) {
        this(UUID.randomUUID().toString(), date, basedOn, agenda);
    }

    private ReviewSession(String id, LocalDate date, long basedOn, List<AgendaItem> agenda) {
        this.id = id;
        this.date = Objects.requireNonNull(date, "date");
        this.basedOn = basedOn;
        useAgenda(agenda);
    }

    /**
     * A saved session brought back on {@code agenda} (made from the plan as it is now). Decisions,
     * notes and confirmed contacts of items no longer on the agenda are dropped; the session
     * stays based on the revision it was saved at, so approving tells what changed since.
     */
    public static ReviewSession resume(Snapshot saved, List<AgendaItem> agenda) {
        ReviewSession session = new ReviewSession(saved.id(), saved.date(), saved.basedOn(), agenda);
        session.sequence = saved.sequence();
        session.participants.addAll(saved.participants());
        saved.decisions().forEach((item, outcome) -> {
            if (session.index.containsKey(item)) {
                session.decisions.put(item, outcome);
            }
        });
        saved.notes().forEach((item, note) -> {
            if (session.index.containsKey(item)) {
                session.notes.put(item, note);
            }
        });
        for (String person : saved.confirmedContacts()) {
            if (session.index.containsKey(personRef(person))) {
                session.confirmedContacts.add(person);
            }
        }
        session.position = saved.current() == null ? session.size()
                : session.index.getOrDefault(saved.current(), 0);
        return session;
    }

    private void useAgenda(List<AgendaItem> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A review session needs at least one agenda item");
        }
        agenda = List.copyOf(items);
        index.clear();
        for (int i = 0; i < agenda.size(); i++) {
            index.putIfAbsent(agenda.get(i).item(), i);
        }
    }

    /**
     * Walks on with the plan as it is now, after it was edited during the session: decisions,
     * notes and confirmed contacts stay with their items; the room stays at the same item (or at
     * the same place when that item is gone).
     *
     * @return the item refs whose decisions or notes were dropped because the item is gone, in
     *     the order they were discussed
     */
    public List<String> rebase(long revision, List<AgendaItem> items) {
        String at = atEnd() ? null : current().item();
        useAgenda(items);
        basedOn = revision;
        List<String> dropped = new ArrayList<>();
        for (String item : new ArrayList<>(decisions.keySet())) {
            if (!index.containsKey(item)) {
                decisions.remove(item);
                dropped.add(item);
            }
        }
        for (String item : new ArrayList<>(notes.keySet())) {
            if (!index.containsKey(item)) {
                notes.remove(item);
                if (!dropped.contains(item)) {
                    dropped.add(item);
                }
            }
        }
        confirmedContacts.removeIf(person -> !index.containsKey(personRef(person)));
        position = at == null ? size() : index.getOrDefault(at, Math.min(position, size() - 1));
        changed();
        return dropped;
    }

    public String id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    /**
     * The next review as first proposed: a year after the session, moved on to the Monday when that
     * is a Saturday or Sunday, because the team meets on working days and a weekend date is missed.
     */
    public LocalDate proposedNextReview() {
        LocalDate next = date.plusYears(1);
        return switch (next.getDayOfWeek()) {
            case SATURDAY -> next.plusDays(2);
            case SUNDAY -> next.plusDays(1);
            default -> next;
        };
    }

    public void date(LocalDate value) {
        date = Objects.requireNonNull(value, "date");
        changed();
    }

    public long basedOn() {
        return basedOn;
    }

    public List<AgendaItem> agenda() {
        return agenda;
    }

    public int size() {
        return agenda.size();
    }

    // ---- where the room is

    /** 0 for the first item; {@link #size()} at the end (the summary). */
    public int position() {
        return position;
    }

    public boolean atEnd() {
        return position == size();
    }

    /** The item on screen; throws IllegalStateException at the end. */
    public AgendaItem current() {
        if (atEnd()) {
            throw new IllegalStateException("At the end of the agenda: no current item");
        }
        return agenda.get(position);
    }

    /** Moves to the next item, or from the last item to the end; false when already at the end. */
    public boolean next() {
        if (atEnd()) {
            return false;
        }
        position++;
        changed();
        return true;
    }

    /** Moves to the previous item (from the end: to the last item); false at the first item. */
    public boolean previous() {
        if (position == 0) {
            return false;
        }
        position--;
        changed();
        return true;
    }

    public void first() {
        position = 0;
        changed();
    }

    /** To the end of the agenda: the summary. */
    public void end() {
        position = size();
        changed();
    }

    /** To the item at {@code to} (0-based); {@link #size()} means the end. */
    public void jump(int to) {
        if (to < 0 || to > size()) {
            throw new IndexOutOfBoundsException("No agenda item " + to + " of " + size());
        }
        position = to;
        changed();
    }

    /** To the item {@code item} refers to; false (and nothing moves) when it is not on the agenda. */
    public boolean jump(String item) {
        Integer at = index.get(item);
        if (at == null) {
            return false;
        }
        position = at;
        changed();
        return true;
    }

    // ---- what was decided

    /** Decides about the current item; confirming a person item confirms their contact details too. */
    public void decide(Outcome outcome) {
        decide(current().item(), outcome);
    }

    /** Decides about {@code item}; a later decision replaces an earlier one but keeps its place in the order. */
    public void decide(String item, Outcome outcome) {
        requireOnAgenda(item);
        decisions.put(item, Objects.requireNonNull(outcome, "outcome"));
        if (outcome == Outcome.CONFIRMED) {
            personOf(item).ifPresent(confirmedContacts::add);
        }
        changed();
    }

    /** Takes back the decision about {@code item}, if any. */
    public void undecide(String item) {
        if (decisions.remove(item) != null) {
            changed();
        }
    }

    public Optional<Outcome> decision(String item) {
        return Optional.ofNullable(decisions.get(item));
    }

    /** The note about {@code item}: what was changed or what must be done; empty when none. */
    public Optional<String> note(String item) {
        return Optional.ofNullable(notes.get(item));
    }

    /** Sets the note about {@code item}; a blank note removes it. */
    public void note(String item, String text) {
        requireOnAgenda(item);
        if (text == null || text.isBlank()) {
            notes.remove(item);
        } else {
            notes.put(item, text.strip());
        }
        changed();
    }

    /** Whether {@code item} is a person, whose contact details can be confirmed. */
    public static boolean isPerson(String item) {
        return personOf(item).isPresent();
    }

    /** The person id of a person item ("person:anna" → "anna"); empty for any other item. */
    public static Optional<String> personOf(String item) {
        try {
            ItemRef ref = ItemRef.parse(item);
            return ref.kind() == ItemRef.Kind.PERSON && !ref.id().isEmpty() ? Optional.of(ref.id()) : Optional.empty();
        } catch (IllegalArgumentException notARef) {
            return Optional.empty();
        }
    }

    private static String personRef(String person) {
        return new ItemRef(ItemRef.Kind.PERSON, person).toString();
    }

    public boolean contactConfirmed(String person) {
        return confirmedContacts.contains(person);
    }

    /** Marks whether {@code person}'s phone numbers and e-mail were checked in the room. */
    public void contactConfirmed(String person, boolean confirmed) {
        requireOnAgenda(personRef(person));
        boolean changed = confirmed ? confirmedContacts.add(person) : confirmedContacts.remove(person);
        if (changed) {
            changed();
        }
    }

    /** Person ids whose contact details were confirmed, in agenda order. */
    public List<String> confirmedContacts() {
        return agenda.stream().map(item -> personOf(item.item())).flatMap(Optional::stream)
                .filter(confirmedContacts::contains).distinct().toList();
    }

    /** How many people are on the agenda (whose contact details can be confirmed). */
    public int people() {
        return (int) agenda.stream().filter(item -> isPerson(item.item())).map(AgendaItem::item).distinct().count();
    }

    private void requireOnAgenda(String item) {
        if (!index.containsKey(item)) {
            throw new IllegalArgumentException("'" + item + "' is not on the agenda of this session");
        }
    }

    // ---- who takes part

    public List<String> participants() {
        return List.copyOf(participants);
    }

    /** Who takes part, as person ids, in the order given; duplicates are ignored. */
    public void participants(List<String> people) {
        participants.clear();
        people.stream().distinct().forEach(participants::add);
        changed();
    }

    /**
     * Keeps only the participants who are still people of {@code plan}: someone removed from the
     * plan during the session cannot approve it, nor be named in its minutes.
     */
    public void keepParticipantsOf(Plan plan) {
        List<String> present = participants.stream().filter(person -> plan.person(person).isPresent()).toList();
        if (present.size() != participants.size()) {
            participants(present);
        }
    }

    // ---- where the session stands

    /** How many items got each outcome; every outcome is present, possibly with 0. */
    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
        decisions.values().forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
        return counts;
    }

    public int decided() {
        return decisions.size();
    }

    /** The agenda items without a decision yet, in agenda order. */
    public List<AgendaItem> undecided() {
        return agenda.stream().filter(item -> !decisions.containsKey(item.item())).toList();
    }

    /**
     * The review to approve: this session's date and participants, the contacts confirmed, and
     * one item per decision in the order discussed (items without a decision are left out).
     *
     * @param approvedBy person id of who approves; must be a participant
     */
    public Review toReview(String approvedBy) {
        Objects.requireNonNull(approvedBy, "approvedBy");
        if (!participants.contains(approvedBy)) {
            throw new IllegalArgumentException("'" + approvedBy + "' did not take part in the session: "
                    + "the plan is approved by one of " + participants);
        }
        List<ReviewItem> items = new ArrayList<>();
        decisions.forEach((item, outcome) -> items.add(new ReviewItem(item, outcome, notes.get(item))));
        return new Review(date, approvedBy, participants, confirmedContacts(), items);
    }

    // ---- saving

    /** Counts changes (moves included), so a writer can tell a newer snapshot from an older one. */
    private void changed() {
        sequence++;
    }

    /** Everything the session is now, for writing off the UI thread. */
    public Snapshot snapshot() {
        return new Snapshot(id, sequence, date, basedOn, atEnd() ? null : current().item(), participants, decisions,
                notes, confirmedContacts());
    }
}
