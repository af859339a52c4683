package webcare.response.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The incidents and their work. Every change is an entry appended to the incident's timeline;
 * nothing written is changed or removed. Opening one activates its scenario's roles (a deputy for
 * an unavailable primary) and tasks, and notifies the people holding the roles.
 */
@ProviderType
public interface Incidents {

    Incident open(OpenRequest request) throws IncidentException;

    /** Real incidents or drills, newest first. */
    List<Incident> list(boolean drills, int limit) throws IncidentException;

    Optional<Incident> find(long id) throws IncidentException;

    /** The incidents the stored mention {@code mentionId} is linked to, newest first (drills too). */
    List<Incident> linkedTo(long mentionId) throws IncidentException;

    /** Moves the incident forward to {@code status}; a step back is refused (write a correction instead). */
    Incident status(long id, IncidentStatus status, String by, String note) throws IncidentException;

    Incident taskDone(long id, String taskId, String by) throws IncidentException;

    /** A public update was posted: the next one falls due {@code updateMinutes} later. */
    Incident publicUpdate(long id, String text, String by) throws IncidentException;

    /** A decision, a note, or a correction of entry {@code corrects}. */
    Incident record(long id, TimelineEntry.Kind kind, String text, String by, Optional<Long> corrects)
            throws IncidentException;

    /** Ticks off the content-calendar rule {@code ruleId} (paused, reviewed) for this incident. */
    Incident calendarDone(long id, String ruleId, String by) throws IncidentException;

    /** Hands role {@code roleId} over to the plan's person {@code personId}. */
    Incident handOver(long id, String roleId, String personId, String by) throws IncidentException;

    /** Links stored mentions ({@code how}: "signal", "inbox", "hand"); returns how many were new. */
    int link(long id, List<Long> mentions, String how, String by) throws IncidentException;

    /**
     * Records the evaluation of a resolved incident, which becomes evaluated; its flags are added to
     * the crisis plan, so they come first in the next annual review.
     */
    Incident evaluate(long id, Evaluation evaluation) throws IncidentException;

    /** Everything of the incident for a document: its state, whole timeline, times and evaluation. */
    IncidentReport report(long id) throws IncidentException;

    /** The latest evaluation of the incident, if any. */
    Optional<Evaluation> evaluation(long id) throws IncidentException;

    /** The incident's times so far: to detect, to acknowledge, to the first public update, to resolve. */
    Measures measures(long id) throws IncidentException;

    /**
     * Links the messages whose text has all of {@code words} (each the start of a word, as the
     * inbox searches) and that were written from {@code from} on; returns how many were new.
     */
    int linkMatching(long id, String words, Instant from, String by) throws IncidentException;

    /** The timeline between two times, oldest first. */
    List<TimelineEntry> timeline(long id, Instant from, Instant to, int limit) throws IncidentException;

    /**
     * Linked mentions per {@code bucketSeconds} between two times: {@code [bucket start epoch second,
     * all, negative]}, aggregated in the database so large incidents stay fast.
     */
    List<long[]> volume(long id, Instant from, Instant to, int bucketSeconds) throws IncidentException;

    /**
     * Reminds the role holders of what falls due within {@code ahead} of {@code now} or is overdue:
     * tasks not done, a public update; each reminder is sent once. Returns how many were new.
     */
    int remind(Instant now, Duration ahead) throws IncidentException;
}
