package webcare.plan.book;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.AuditEntry;
import webcare.plan.api.Change;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanCodec;
import webcare.plan.api.PlanDiff;
import webcare.plan.api.PlanError;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.WorkingPlan;
import webcare.plan.index.Texts;
import webcare.plan.validation.PlanValidator;
import webcare.store.api.PlanRepository;
import webcare.store.api.PlanRepository.AuditRow;
import webcare.store.api.PlanRepository.Working;
import webcare.store.api.Store;
import webcare.store.api.StoreException;
import webcare.team.api.NotPermittedException;
import webcare.team.api.Permission;
import webcare.team.api.Team;
import webcare.team.api.TeamException;

/**
 * The plan book on the workbench database: plans are stored as their canonical JSON text, and
 * each save, import or approval writes its audit rows in the same transaction as the plan.
 *
 * <p>The audit log keeps one row per {@link Change} with the change's {@link Change#describe()}
 * line as its detail, always in English (line breaks made spaces, cut at {@value #MAX_DETAIL}
 * characters), and one row about the whole plan per import and approval. Reading it back,
 * {@link AuditEntry#change()} is always null: the store keeps the line for people, not the
 * change's parts; {@link AuditEntry#detail()} is that line.
 *
 * <p>Exceptions speak the language the call names (Dutch or English), English for the calls that
 * name none; a database failure's own words are quoted in them as they came.
 */
@Component
public final class StoredPlanBook implements PlanBook {

    /** The name an empty plan starts with; the editor asks for the real one. */
    static final String NEW_ORGANISATION = "Organisation";

    /** The language of the audit log: a record, the same for whoever reads it. */
    static final Locale AUDIT_LANGUAGE = Locale.ENGLISH;

    /** The texts of the calls that name no language. */
    private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);

    /** The longest audit detail written; a store keeps up to 20,000 characters. */
    static final int MAX_DETAIL = 1_000;

    private final Store store;
    private final PlanRepository repository;
    private final PlanCodec codec;
    private final PlanDiff diff;
    private final Clock clock;
    private final PlanValidator validator = new PlanValidator();
    /** Who may change the plan; optional and dynamic: without the team bundle anyone may, as on one desktop. */
    private final AtomicReference<Team> team = new AtomicReference<>();

    @Activate
    public StoredPlanBook(@Reference Store store, @Reference PlanRepository repository, @Reference PlanCodec codec,
            @Reference PlanDiff diff) {
        this(store, repository, codec, diff, Clock.systemUTC());
    }

    StoredPlanBook(Store store, PlanRepository repository, PlanCodec codec, PlanDiff diff, Clock clock) {
        this.store = store;
        this.repository = repository;
        this.codec = codec;
        this.diff = diff;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setTeam(Team team) {
        this.team.set(team);
    }

    void unsetTeam(Team gone) {
        team.compareAndSet(gone, null);
    }

    /** Passes when {@code who}'s role allows changing the plan; else says who can (checked here, not only in a window). */
    private void mayEdit(String who) throws PlanException {
        Team members = team.get();
        if (members != null) {
            try {
                members.require(who, Permission.EDIT_PLAN);
            } catch (NotPermittedException | TeamException e) {
                throw new PlanException(e.getMessage(), e);
            }
        }
    }

    @Override
    public WorkingPlan working() throws PlanException {
        return working(AUDIT_LANGUAGE);
    }

    @Override
    public WorkingPlan working(Locale language) throws PlanException {
        Texts texts = Texts.of(language);
        Optional<Working> stored = inTransaction(repository::working, texts);
        return stored.isPresent() ? working(stored.get(), texts) : empty();
    }

    @Override
    public long revision() throws PlanException {
        return inTransaction(repository::workingRevision, ENGLISH);
    }

    @Override
    public WorkingPlan save(Plan plan, long basedOn, String who, Locale language) throws PlanException {
        mayEdit(who);
        Texts texts = Texts.of(language);
        validator.require(plan, texts);
        String json = codec.write(plan);
        Instant now = clock.instant();
        Outcome outcome = inTransaction(tx -> {
            Optional<Working> stored = repository.working(tx);
            OptionalLong revision = repository.saveWorking(tx, json, basedOn, now, who);
            if (revision.isEmpty()) {
                // read again: the save that won may have come after the reading above
                return new Stale(repository.working(tx),
                        basedOn == 0 ? Optional.empty() : repository.workingAt(tx, basedOn));
            }
            repository.audit(tx, rows(now, who, "save", diff.diff(plan(stored, texts), plan, AUDIT_LANGUAGE)));
            return new Saved(revision.getAsLong());
        }, texts);
        if (outcome instanceof Stale stale) {
            throw changed(stale, "book.changed.save", texts);
        }
        return new WorkingPlan(plan, ((Saved) outcome).revision(), now, who);
    }

    @Override
    public WorkingPlan replace(Plan plan, String who) throws PlanException {
        return replace(plan, who, AUDIT_LANGUAGE);
    }

    @Override
    public WorkingPlan replace(Plan plan, String who, Locale language) throws PlanException {
        mayEdit(who);
        Texts texts = Texts.of(language);
        validator.require(plan, texts);
        String json = codec.write(plan);
        Instant now = clock.instant();
        Outcome outcome = inTransaction(tx -> {
            Optional<Working> stored = repository.working(tx);
            long expected = stored.map(Working::revision).orElse(0L);
            OptionalLong revision = repository.saveWorking(tx, json, expected, now, who);
            if (revision.isEmpty()) {
                return new Stale(repository.working(tx), Optional.empty());
            }
            List<AuditRow> rows = new ArrayList<>();
            rows.add(new AuditRow(now, who, "import", null, "imported plan: " + counts(plan)));
            rows.addAll(rows(now, who, "import", diff.diff(plan(stored, texts), plan, AUDIT_LANGUAGE)));
            repository.audit(tx, rows);
            return new Saved(revision.getAsLong());
        }, texts);
        if (outcome instanceof Stale stale) {
            // an import names no revision it was based on, so the refusal lists no changes
            throw changed(stale, "book.changed.import", texts);
        }
        return new WorkingPlan(plan, ((Saved) outcome).revision(), now, who);
    }

    @Override
    public PlanVersion approve(long basedOn, Review review, LocalDate nextReview, String who, Locale language)
            throws PlanException {
        Texts texts = Texts.of(language);
        Instant now = clock.instant();
        Outcome outcome = inTransaction(tx -> {
            Optional<Working> stored = repository.working(tx);
            if (stored.map(Working::revision).orElse(0L) != basedOn) {
                return new Stale(stored, basedOn == 0 ? Optional.empty() : repository.workingAt(tx, basedOn));
            }
            Plan before = plan(stored, texts);
            List<Review> reviews = new ArrayList<>(before.reviews());
            reviews.add(review);
            Plan approved = before.withReviews(reviews).withNextReview(nextReview);
            List<PlanError> errors = validator.checkApproval(approved, texts);
            if (!errors.isEmpty()) {
                return new Invalid(errors);
            }
            String json = codec.write(approved);
            OptionalLong revision = repository.saveWorking(tx, json, basedOn, now, who);
            if (revision.isEmpty()) {
                return new Stale(repository.working(tx), Optional.empty());
            }
            String approvedBy = approved.person(review.approvedBy()).map(p -> p.name()).orElse(review.approvedBy());
            int number = repository.addVersion(tx, json, now, approvedBy);
            List<AuditRow> rows = new ArrayList<>(rows(now, who, "approve", diff.diff(before, approved,
                    AUDIT_LANGUAGE)));
            rows.add(new AuditRow(now, who, "approve", null, "version " + number + " approved by " + approvedBy));
            repository.audit(tx, rows);
            return new Approved(new PlanVersion(number, now, approvedBy, review.date()));
        }, texts);
        if (outcome instanceof Stale stale) {
            throw changed(stale, "book.changed.approve", texts);
        }
        if (outcome instanceof Invalid invalid) {
            throw PlanValidator.invalid(texts, "invalid.what.approved", invalid.errors(),
                    "invalid.outcome.notApproved");
        }
        return ((Approved) outcome).version();
    }

    @Override
    public Optional<WorkingPlan> workingAt(long revision) throws PlanException {
        Optional<Working> stored = inTransaction(tx -> repository.revision(tx, revision), ENGLISH);
        return stored.isEmpty() ? Optional.empty()
                : Optional.of(working(stored.get(), ENGLISH.format("book.stored.revision", String.valueOf(revision)),
                        ENGLISH));
    }

    @Override
    public List<PlanVersion> versions() throws PlanException {
        return versions(AUDIT_LANGUAGE);
    }

    @Override
    public List<PlanVersion> versions(Locale language) throws PlanException {
        Texts texts = Texts.of(language);
        List<PlanRepository.Version> versions = inTransaction(repository::versions, texts);
        List<PlanVersion> result = new ArrayList<>(versions.size());
        for (PlanRepository.Version version : versions) {
            LocalDate reviewDate = parse(version.json(), versionName(version.number(), texts), texts).lastReview()
                    .map(Review::date).orElse(null);
            result.add(new PlanVersion(version.number(), version.approvedAt(), version.approvedBy(), reviewDate));
        }
        return List.copyOf(result);
    }

    @Override
    public Optional<Plan> version(int number) throws PlanException {
        return version(number, AUDIT_LANGUAGE);
    }

    @Override
    public Optional<Plan> version(int number, Locale language) throws PlanException {
        Texts texts = Texts.of(language);
        Optional<PlanRepository.Version> version = inTransaction(tx -> repository.version(tx, number), texts);
        return version.isEmpty() ? Optional.empty()
                : Optional.of(parse(version.get().json(), versionName(number, texts), texts));
    }

    @Override
    public List<AuditEntry> audit(int limit) throws PlanException {
        return audit(limit, AUDIT_LANGUAGE);
    }

    @Override
    public List<AuditEntry> audit(int limit, Locale language) throws PlanException {
        return inTransaction(tx -> repository.audit(tx, limit), Texts.of(language)).stream()
                .map(row -> new AuditEntry(row.at(), row.who(), row.action(), null, row.detail()))
                .toList();
    }

    /** "3 people, 4 roles, 9 tasks, 2 scenarios". */
    public static String counts(Plan plan) {
        int tasks = plan.roles().stream().mapToInt(role -> role.tasks().size()).sum();
        return plan.people().size() + " people, " + plan.roles().size() + " roles, " + tasks + " tasks, "
                + plan.scenarios().size() + " scenarios";
    }

    private static List<AuditRow> rows(Instant at, String who, String action, List<Change> changes) {
        return changes.stream().map(change -> new AuditRow(at, who, action, change.item(), detail(change))).toList();
    }

    /**
     * The change's line, kept one line (a statement's text may hold line breaks) and at most
     * {@link #MAX_DETAIL} characters: the log says what changed; the versions keep the full text.
     */
    static String detail(Change change) {
        String line = change.describe().replaceAll("\\R", " ");
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL - 1) + "…";
    }

    private WorkingPlan empty() {
        return new WorkingPlan(Plan.empty(NEW_ORGANISATION), 0, null, null);
    }

    private static String versionName(int number, Texts texts) {
        return texts.format("book.stored.version", String.valueOf(number));
    }

    private WorkingPlan working(Working stored, Texts texts) throws PlanException {
        return working(stored, texts.format("book.stored.working"), texts);
    }

    /** @param what which plan it is, for the message when it cannot be read */
    private WorkingPlan working(Working stored, String what, Texts texts) throws PlanException {
        return new WorkingPlan(parse(stored.json(), what, texts), stored.revision(), stored.savedAt(),
                stored.savedBy());
    }

    private Plan plan(Optional<Working> stored, Texts texts) throws StoreException {
        if (stored.isEmpty()) {
            return empty().plan();
        }
        try {
            return codec.read(stored.get().json(), texts.language());
        } catch (PlanInvalidException e) {
            throw new StoreException(unreadable(texts.format("book.stored.working"), e, texts), e);
        }
    }

    private Plan parse(String json, String what, Texts texts) throws PlanException {
        try {
            return codec.read(json, texts.language());
        } catch (PlanInvalidException e) {
            throw new PlanException(unreadable(what, e, texts), e);
        }
    }

    private static String unreadable(String what, PlanInvalidException e, Texts texts) {
        return texts.format("book.unreadable", what, e.getMessage());
    }

    /**
     * The refusal of a save, import or approval, and the changes it lists, in the language of
     * {@code texts}.
     *
     * @param key the refusal's text: "book.changed.save"
     */
    private PlanChangedException changed(Stale stale, String key, Texts texts) throws PlanException {
        WorkingPlan current = stale.current().isPresent() ? working(stale.current().get(), texts) : empty();
        List<Change> changes = List.of();
        if (stale.basedOn().isPresent()) {
            changes = diff.diff(parse(stale.basedOn().get(), texts.format("book.stored.earlier"), texts),
                    current.plan(), texts.language());
        }
        String by = current.savedBy() == null ? "" : texts.format("book.by", current.savedBy());
        // the revision as digits, never "1.024"
        String count = texts.format(changes.size() == 1 ? "book.changes.one" : "book.changes.many", changes.size());
        return new PlanChangedException(texts.format(key, by, String.valueOf(current.revision()), count), current,
                changes);
    }

    /**
     * Runs {@code work} in one transaction. A database failure is said in the language of
     * {@code texts}, its own words quoted; a plan the database holds that cannot be read (a
     * StoreException of {@link #plan}) keeps its message, which is already a sentence in that language.
     */
    private <T> T inTransaction(Store.Work<T> work, Texts texts) throws PlanException {
        try {
            return store.inTransaction(work);
        } catch (StoreException e) {
            boolean unreadablePlan = e.getCause() instanceof PlanInvalidException;
            throw new PlanException(unreadablePlan ? e.getMessage() : texts.format("book.storeFailed",
                    e.getMessage()), e);
        }
    }

    /** What a unit of work came to; exceptions are thrown outside it, where they may be checked ones. */
    private sealed interface Outcome permits Saved, Stale, Invalid, Approved {}

    private record Saved(long revision) implements Outcome {}

    /**
     * @param current the working plan as stored now
     * @param basedOn the text of the revision the caller had, when known
     */
    private record Stale(Optional<Working> current, Optional<String> basedOn) implements Outcome {}

    private record Invalid(List<PlanError> errors) implements Outcome {}

    private record Approved(PlanVersion version) implements Outcome {}
}
