package webcare.store.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Incidents and their timelines. What an incident was opened with (its scenario, roles and tasks
 * as the crisis plan had them then) is written once; everything after is an event appended to its
 * timeline and never changed: a correction is a new event that names the one it corrects. So a
 * scenario removed from the plan later leaves its incidents readable, and nothing of a record is
 * lost or rewritten.
 */
@ProviderType
public interface IncidentRepository {

    /** How an incident came to be opened. */
    enum Origin { SIGNAL, ESCALATION, MANUAL }

    /** A role of the scenario and who holds it for this incident ({@code deputy}: the primary was unavailable). */
    record Assignment(String roleId, String roleName, String personId, String personName, boolean deputy) {}

    /** A task of the plan with the time it is due, counted from the incident's start. */
    record IncidentTask(String taskId, String title, String roleId, Instant due) {}

    /**
     * What an incident is opened with. {@code detected}: when the signal fired or the item was
     * escalated; {@code reported}: when someone told the team, if so; {@code started}: the estimated
     * onset, from which the tasks' due times count. {@code updateMinutes}: the cadence of public
     * updates (0: none). A {@code drill} is an exercise and is never mixed with real incidents.
     */
    record Opening(String title, Optional<String> scenarioId, String scenarioName, int severity, Origin origin,
            Instant detected, Optional<Instant> reported, Instant started, Instant opened, String openedBy,
            String language, int updateMinutes, boolean drill, List<Assignment> roles, List<IncidentTask> tasks) {

        public Opening {
            roles = List.copyOf(roles);
            tasks = List.copyOf(tasks);
        }
    }

    /** An entry of the timeline: {@code kind} as the incident work names it, {@code data} its details as JSON. */
    record Event(long id, long incident, Instant at, String kind, String actor, String text, String data,
            Optional<Long> corrects) {}

    /** An event to append; {@code corrects} names an earlier event of the same incident this one corrects. */
    record NewEvent(Instant at, String kind, String actor, String text, String data, Optional<Long> corrects) {}

    /** A stored incident: its opening and its id. */
    record Incident(long id, Opening opening) {}

    /** Writes the incident with its roles and tasks; returns its id. */
    long open(Transaction tx, Opening opening) throws StoreException;

    /** Appends {@code event} to incident {@code incident}'s timeline; returns the event's id. */
    long append(Transaction tx, long incident, NewEvent event) throws StoreException;

    Optional<Incident> find(Transaction tx, long incident) throws StoreException;

    /** Incidents, newest first, drills only when asked for, at most {@code limit}. */
    List<Incident> list(Transaction tx, boolean drills, int limit) throws StoreException;

    /** The timeline between {@code from} and {@code to} (inclusive), oldest first, at most {@code limit} events. */
    List<Event> events(Transaction tx, long incident, Instant from, Instant to, int limit) throws StoreException;

    /** Links mentions to the incident ({@code how}: "signal", "inbox", "hand"); returns how many were new. */
    int link(Transaction tx, long incident, List<Long> mentions, String how, String by, Instant at)
            throws StoreException;

    /** How many mentions are linked. */
    long linkedCount(Transaction tx, long incident) throws StoreException;

    /** The incidents {@code mention} is linked to, newest first. */
    List<Long> linkedTo(Transaction tx, long mention) throws StoreException;

    /**
     * Linked mentions per time bucket of {@code bucketSeconds} between {@code from} and {@code to}
     * (by the mention's time): {@code [bucket start epoch second, all, negative]} triples, so a
     * timeline of 200,000 mentions reads a few hundred rows.
     */
    List<long[]> linkedVolume(Transaction tx, long incident, Instant from, Instant to, int bucketSeconds)
            throws StoreException;
}
