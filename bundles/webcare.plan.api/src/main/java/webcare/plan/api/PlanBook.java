package webcare.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;

/**
 * The organisation's crisis plan: one working plan being edited, and the immutable versions
 * approved in reviews. Every save is checked against the revision it was based on, so two
 * windows or two people never overwrite each other silently; every change lands in the audit log.
 * The audit log is written in English whoever makes the change ({@link AuditEntry#detail()}); what
 * a {@link PlanChangedException} says changed is in the language of the caller, and so are the
 * messages of the exceptions of the methods that take a language; the others speak English.
 * Calls go to the database: never call them on the UI thread.
 */
@ProviderType
public interface PlanBook {

    /** The working plan; an empty plan (revision 0) when none was ever saved. */
    WorkingPlan working() throws PlanException;

    /**
     * The working plan, as {@link #working()}; a failure is said in {@code language}. This default
     * ignores {@code language}.
     *
     * @since 1.4
     */
    default WorkingPlan working(Locale language) throws PlanException {
        return working();
    }

    /**
     * The working plan's current revision, as {@link #working()} would return it, without reading
     * the plan: one small query, for asking often whether the plan changed. 0 when none was ever
     * saved.
     */
    long revision() throws PlanException;

    /**
     * Saves {@code plan} as the working plan, if nobody saved another since {@code basedOn}
     * (the revision it was loaded at); records each change in the audit log under {@code who}.
     *
     * @param language the language of the changes a {@link PlanChangedException} lists (as for
     *                 {@link PlanDiff#diff}) and of every exception's message; the audit log is
     *                 English whatever it is
     * @return the plan as now stored, with its new revision
     * @throws PlanChangedException when the stored revision is no longer {@code basedOn}; it
     *     carries the plan as stored now and what changed meanwhile; nothing was written
     */
    WorkingPlan save(Plan plan, long basedOn, String who, Locale language) throws PlanException;

    /**
     * Replaces the working plan whatever it is (an import); audited like a save.
     *
     * @throws PlanInvalidException when the plan has errors (unknown references, duplicate ids);
     *     nothing was written
     */
    WorkingPlan replace(Plan plan, String who) throws PlanException;

    /**
     * Replaces the working plan as {@link #replace(Plan, String)} does, the exceptions' messages
     * said in {@code language}. This default ignores {@code language}.
     *
     * @since 1.4
     */
    default WorkingPlan replace(Plan plan, String who, Locale language) throws PlanException {
        return replace(plan, who);
    }

    /**
     * Approves the working plan at revision {@code basedOn}: adds {@code review} to its reviews,
     * sets the next review date, saves it, and records it as a new immutable version.
     *
     * @param language the language of the changes a {@link PlanChangedException} lists (as for
     *                 {@link PlanDiff#diff}) and of every exception's message; the audit log is
     *                 English whatever it is
     * @throws PlanChangedException when the working plan changed since {@code basedOn}
     */
    PlanVersion approve(long basedOn, Review review, LocalDate nextReview, String who, Locale language)
            throws PlanException;

    /**
     * The working plan as it was saved at {@code revision} (1, 2, …), with when and by whom: for a
     * history that shows what each save changed, in the reader's language. Empty when there is no
     * such revision, or the book does not keep earlier revisions (the default). Its
     * {@link WorkingPlan#savedAt()} is the {@link AuditEntry#at()} of the entries that save wrote.
     *
     * @throws PlanException when the revision is kept but cannot be read
     */
    default Optional<WorkingPlan> workingAt(long revision) throws PlanException {
        return Optional.empty();
    }

    /** Every approved version, oldest first, without their plans. */
    List<PlanVersion> versions() throws PlanException;

    /**
     * Every approved version, as {@link #versions()}; a failure is said in {@code language}. This
     * default ignores {@code language}.
     *
     * @since 1.4
     */
    default List<PlanVersion> versions(Locale language) throws PlanException {
        return versions();
    }

    /** The plan as approved in version {@code number}; empty when there is no such version. */
    Optional<Plan> version(int number) throws PlanException;

    /**
     * The plan as approved in version {@code number}, as {@link #version(int)}; a failure is said
     * in {@code language}. This default ignores {@code language}.
     *
     * @since 1.4
     */
    default Optional<Plan> version(int number, Locale language) throws PlanException {
        return version(number);
    }

    /** The audit log, newest first, at most {@code limit} entries. */
    List<AuditEntry> audit(int limit) throws PlanException;

    /**
     * The audit log, as {@link #audit(int)} (its entries stay English); a failure is said in
     * {@code language}. This default ignores {@code language}.
     *
     * @since 1.4
     */
    default List<AuditEntry> audit(int limit, Locale language) throws PlanException {
        return audit(limit);
    }
}
