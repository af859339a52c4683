package webcare.ui.plan.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import webcare.model.plan.Plan;
import webcare.plan.api.AuditEntry;
import webcare.plan.api.Change;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanException;
import webcare.plan.api.WorkingPlan;

/**
 * The plan's history in the reader's language. The plan book writes its audit log in English, a
 * record the same for everyone; this reads it back per event (one save, import or approval: the
 * entries with the same time, who and action), finds the revision that event saved, and shows what
 * changed by comparing that revision with the one before it in the reader's language. What cannot
 * be derived again (the first revision, a revision no longer kept or readable, no comparison
 * service) gets a summary line in the reader's language, never the log's English. Blocks (it reads
 * the database): call it off the UI thread.
 */
public final class PlanHistory {

    /** One line of the History page: {@code what} is in the reader's language. */
    public record Line(Instant at, String who, String action, String what) {}

    /** How many events (saves, imports, approvals) are shown at the most. */
    public static final int EVENTS = 200;

    /** Audit entries read to find them: a save of a whole new plan writes one per element. */
    static final int ENTRIES = 5_000;

    /** The English lines the plan book writes about a whole plan (StoredPlanBook). */
    private static final Pattern IMPORTED =
            Pattern.compile("imported plan: (\\d+) people, (\\d+) roles, (\\d+) tasks, (\\d+) scenarios");
    private static final Pattern APPROVED = Pattern.compile("version (\\d+) approved by (.*)");

    private final PlanBook book;
    private final Optional<PlanDiff> diff;
    private final Locale locale;
    private final ResourceBundle texts;
    /** Revisions read in this pass; an empty value: not kept, or unreadable. */
    private final Map<Long, Optional<WorkingPlan>> revisions = new HashMap<>();

    /**
     * @param diff  the comparison service, when running; without it every event is a summary line
     * @param texts the editor's texts in {@code locale}
     */
    public PlanHistory(PlanBook book, Optional<PlanDiff> diff, Locale locale, ResourceBundle texts) {
        this.book = book;
        this.diff = diff;
        this.locale = locale;
        this.texts = texts;
    }

    /** The newest {@link #EVENTS} events, newest first, each as one or more lines. */
    public List<Line> read() throws PlanException {
        List<Line> lines = new ArrayList<>();
        long next = book.revision(); // the newest revision not yet matched with an event
        for (Event event : events(book.audit(ENTRIES, locale))) {
            Optional<WorkingPlan> saved = Optional.empty();
            while (next >= 1) {
                Optional<WorkingPlan> candidate = revision(next);
                if (candidate.isEmpty()) {
                    next--; // not kept, or unreadable: taken to be this event's, which is summed up
                    break;
                }
                Instant at = candidate.get().savedAt();
                if (at.isAfter(event.at())) {
                    next--; // a save that changed nothing: a revision without entries
                    continue;
                }
                if (at.equals(event.at())) {
                    saved = candidate;
                    next--;
                }
                break;
            }
            lines.addAll(lines(event, saved));
        }
        return List.copyOf(lines);
    }

    /** The event's lines: its summary, if any, then each change, or how many there were. */
    private List<Line> lines(Event event, Optional<WorkingPlan> saved) {
        List<String> what = new ArrayList<>();
        summary(event, saved).ifPresent(what::add);
        Optional<List<Change>> changes = saved.flatMap(this::changes);
        if (changes.isPresent()) {
            changes.get().forEach(change -> what.add(change.describe()));
        } else if (what.isEmpty() || (event.changes() > 0 && saved.map(WorkingPlan::revision).orElse(0L) != 1)) {
            what.add(format("history.line.changes", event.changes()));
        }
        return what.stream().map(text -> new Line(event.at(), event.who(), event.action(), text)).toList();
    }

    /** The line about the whole plan: an import's or an approval's, or a first revision's. */
    private Optional<String> summary(Event event, Optional<WorkingPlan> saved) {
        if ("approve".equals(event.action())) {
            return Optional.of(event.about().map(APPROVED::matcher).filter(Matcher::matches)
                    .map(found -> format("history.line.approved", Integer.parseInt(found.group(1)), found.group(2)))
                    .orElseGet(() -> texts.getString("history.line.approvedSome")));
        }
        if ("import".equals(event.action())) {
            String counts = saved.map(working -> counts(working.plan())).or(() -> event.about()
                    .map(IMPORTED::matcher).filter(Matcher::matches).map(found -> format("history.counts",
                            number(found, 1), number(found, 2), number(found, 3), number(found, 4))))
                    .orElse(null);
            return Optional.of(counts == null ? texts.getString("history.line.importedSome")
                    : format("history.line.imported", counts));
        }
        if (saved.isPresent() && saved.get().revision() == 1) {
            return Optional.of(format("history.line.created", counts(saved.get().plan())));
        }
        return Optional.empty();
    }

    /** What {@code saved} changed against the revision before it, when both can be read; not for a first revision. */
    private Optional<List<Change>> changes(WorkingPlan saved) {
        if (diff.isEmpty() || saved.revision() <= 1) {
            return Optional.empty();
        }
        return revision(saved.revision() - 1)
                .map(before -> diff.get().diff(before.plan(), saved.plan(), locale));
    }

    private Optional<WorkingPlan> revision(long number) {
        return revisions.computeIfAbsent(number, wanted -> {
            try {
                return book.workingAt(wanted);
            } catch (PlanException e) {
                return Optional.empty(); // a revision no longer readable: its event is summed up
            }
        });
    }

    private String counts(Plan plan) {
        int tasks = plan.roles().stream().mapToInt(role -> role.tasks().size()).sum();
        return format("history.counts", plan.people().size(), plan.roles().size(), tasks, plan.scenarios().size());
    }

    private static int number(Matcher found, int group) {
        return Integer.parseInt(found.group(group));
    }

    private String format(String key, Object... arguments) {
        return Messages.format(locale, texts.getString(key), arguments);
    }

    /**
     * One save, import or approval as the log has it.
     *
     * @param about   the English line about the whole plan (an item-less entry), if any
     * @param changes how many entries name a change of one element
     */
    private record Event(Instant at, String who, String action, Optional<String> about, int changes) {}

    /** The entries grouped per event, newest first, at most {@link #EVENTS}. */
    static List<Event> events(List<AuditEntry> entries) {
        List<Event> events = new ArrayList<>();
        List<AuditEntry> group = new ArrayList<>();
        for (AuditEntry entry : entries) {
            if (!group.isEmpty() && !sameEvent(group.get(0), entry)) {
                events.add(event(group));
                group.clear();
                if (events.size() == EVENTS) {
                    return events;
                }
            }
            group.add(entry);
        }
        if (!group.isEmpty()) {
            events.add(event(group));
        }
        return events;
    }

    private static boolean sameEvent(AuditEntry one, AuditEntry other) {
        return Objects.equals(one.at(), other.at()) && Objects.equals(one.who(), other.who())
                && Objects.equals(one.action(), other.action());
    }

    private static Event event(List<AuditEntry> group) {
        AuditEntry first = group.get(0);
        Optional<String> about = group.stream().map(AuditEntry::detail).filter(Objects::nonNull)
                .filter(detail -> IMPORTED.matcher(detail).matches() || APPROVED.matcher(detail).matches())
                .findFirst();
        int changes = group.size() - (about.isPresent() ? 1 : 0);
        return new Event(first.at(), first.who(), first.action(), about, changes);
    }
}
