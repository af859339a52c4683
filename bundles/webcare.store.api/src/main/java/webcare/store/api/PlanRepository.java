package webcare.store.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the crisis plan lives: one working plan, the approved versions and the audit log. Plans
 * are stored as their JSON text (the plan bundle owns the format); the store keeps revisions and
 * versions straight.
 */
@ProviderType
public interface PlanRepository {

    /** The working plan's text and revision (1 for the first save, then 2, 3, …). */
    record Working(String json, long revision, Instant savedAt, String savedBy) {}

    /** An approved version; {@code json} is its plan's text, never changed after it is added. */
    record Version(int number, String json, Instant approvedAt, String approvedBy) {}

    /**
     * One audit log line.
     *
     * @param action "save", "import" or "approve"
     * @param item   the plan element it is about (an ItemRef text); null for the whole plan
     * @param detail the change for people, one line
     */
    record AuditRow(Instant at, String who, String action, String item, String detail) {}

    /** The working plan; empty when none was ever saved. */
    Optional<Working> working(Transaction tx) throws StoreException;

    /**
     * The working plan's revision without its text: a cheap look for whether it changed. 0 when
     * none was ever saved.
     */
    long workingRevision(Transaction tx) throws StoreException;

    /**
     * Stores {@code json} as the working plan if the stored revision is still {@code expected}
     * (0: none stored yet).
     *
     * @return the new revision, or empty (and nothing written) when the stored revision differs
     */
    OptionalLong saveWorking(Transaction tx, String json, long expected, Instant at, String who)
            throws StoreException;

    /** The working plan's text at an earlier revision, when kept; empty otherwise. */
    Optional<String> workingAt(Transaction tx, long revision) throws StoreException;

    /**
     * The working plan as saved at {@code revision}, with when and by whom, when kept; empty
     * otherwise. For a history that names each save.
     */
    Optional<Working> revision(Transaction tx, long revision) throws StoreException;

    /** Adds an approved version; returns its number (one more than the last). */
    int addVersion(Transaction tx, String json, Instant at, String approvedBy) throws StoreException;

    /** Every version, oldest first. */
    List<Version> versions(Transaction tx) throws StoreException;

    Optional<Version> version(Transaction tx, int number) throws StoreException;

    void audit(Transaction tx, List<AuditRow> rows) throws StoreException;

    /** The newest {@code limit} audit rows, newest first. */
    List<AuditRow> audit(Transaction tx, int limit) throws StoreException;
}
