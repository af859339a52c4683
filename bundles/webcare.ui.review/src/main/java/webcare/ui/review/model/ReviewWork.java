package webcare.ui.review.model;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import webcare.files.WholeFile;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.AgendaItem;
import webcare.plan.api.ExportContext;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanExporter;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.ReviewAgenda;
import webcare.plan.api.WorkingPlan;
import webcare.ui.api.FailureText;

/**
 * What the review view does off the UI thread: read the plan, its agenda and a saved session;
 * write the session; approve; write the minutes and the invitation. Every method blocks (database,
 * files): never call one on the UI thread. Failures come back as values the UI shows in the room,
 * since the workbench's status bar is hidden behind the full-screen session: one line in the
 * room's language (the plan book is asked in it), a low-level cause quoted, never a Java class name.
 */
public final class ReviewWork {

    /**
     * The plan as stored now, with its agenda, and the session saved on disk, if any.
     *
     * @param unreadable why the saved session could not be read; null when it could or there is none
     */
    public record Loaded(WorkingPlan working, List<AgendaItem> agenda, Optional<ReviewSession.Snapshot> saved,
            String unreadable) {
        public Loaded {
            agenda = List.copyOf(agenda);
        }
    }

    private final PlanBook book;
    private final ReviewAgenda agendas;
    private final SessionFile file;
    /**
     * Sessions approved in this process, by id, with their approval. The session window may be gone
     * when its approval returns (the tab closed), so the view asks here whether its session is done.
     */
    private final Map<String, Approval.Approved> approved = new ConcurrentHashMap<>();

    public ReviewWork(PlanBook book, ReviewAgenda agendas, SessionFile file) {
        this.book = Objects.requireNonNull(book, "book");
        this.agendas = Objects.requireNonNull(agendas, "agendas");
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * @param language the language of the agenda's titles and lines, and of the failures: the view's
     * @throws PlanException the plan cannot be read; its message is in {@code language}
     */
    public Loaded load(Locale language) throws PlanException {
        WorkingPlan working = book.working(language);
        List<AgendaItem> agenda = agendas.agenda(working.plan(), language);
        try {
            return new Loaded(working, agenda, file.readIfPresent(), null);
        } catch (IOException e) {
            return new Loaded(working, agenda, Optional.empty(), fileProblem(e, language));
        }
    }

    /**
     * Writes the session; returns why it could not, in {@code language}, or empty when written (or
     * skipped as outdated).
     */
    public Optional<String> save(ReviewSession.Snapshot session, Locale language) {
        try {
            file.write(session);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(fileProblem(e, language));
        }
    }

    /**
     * Removes the saved session (the user discarded it); returns why it could not, in
     * {@code language}, or empty.
     *
     * @param sessionId the session discarded, whose writes still under way are then skipped; null when none is open
     */
    public Optional<String> discard(String sessionId, Locale language) {
        try {
            file.discard(sessionId);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(fileProblem(e, language));
        }
    }

    /**
     * Approves the working plan at {@code basedOn} with {@code review}; once approved, the saved
     * session {@code sessionId} is removed.
     *
     * @param reviewed the plan the session walked through; the documents are made from it (with
     *                 the review added) only if the approved version cannot be read back
     * @param who      the approver's name, for the audit log and the version list
     * @param language the language of what changed and of the new agenda, when the plan was saved
     *                 during the session, and of a refusal or failure: the room's
     */
    public synchronized Approval approve(long basedOn, Plan reviewed, Review review, LocalDate nextReview, String who,
            String sessionId, Locale language) {
        Approval.Approved earlier = approved.get(sessionId);
        if (earlier != null) {
            return earlier; // one review is one version, however often it is asked for
        }
        PlanVersion version;
        try {
            version = book.approve(basedOn, review, nextReview, who, language);
        } catch (PlanChangedException changed) {
            try {
                WorkingPlan current = changed.current() != null ? changed.current() : book.working(language);
                return new Approval.Changed(current, agendas.agenda(current.plan(), language), changed.changes());
            } catch (PlanException | RuntimeException e) {
                return new Approval.Failed(changed.getMessage() + " " + problem(e, language));
            }
        } catch (PlanException | RuntimeException e) {
            return new Approval.Failed(problem(e, language));
        }
        Plan plan = approvedPlan(version).orElseGet(() -> {
            List<webcare.model.plan.Review> reviews = new java.util.ArrayList<>(reviewed.reviews());
            reviews.add(review);
            return reviewed.withReviews(reviews).withNextReview(nextReview);
        });
        Approval.Approved done = new Approval.Approved(version, plan);
        approved.put(sessionId, done);
        try {
            file.delete(sessionId);
        } catch (IOException e) {
            // The approval stands; the leftover file is offered once more, and can be discarded.
        }
        return done;
    }

    /** Whether session {@code sessionId} was approved in this process: it is finished, not to be resumed. */
    public boolean approved(String sessionId) {
        return sessionId != null && approved.containsKey(sessionId);
    }

    private Optional<Plan> approvedPlan(PlanVersion version) {
        try {
            Optional<Plan> plan = book.version(version.number());
            return plan.isPresent() ? plan : Optional.of(book.working().plan());
        } catch (PlanException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * One line about {@code e} in {@code language}: a plan service's message is a sentence in it
     * already; anything else is a low-level cause, given as its detail.
     */
    private static String problem(Exception e, Locale language) {
        return e instanceof PlanException && e.getMessage() != null ? e.getMessage()
                : new FailureText(language).detail(e);
    }

    /** A failure of the session file, naming the file once. */
    private String fileProblem(Exception e, Locale language) {
        if (e instanceof SessionFile.NotASession notASession) {
            return notASession.describe(language);
        }
        String detail = new FailureText(language).detail(e);
        return detail.contains(file.path().toString()) ? detail : file.path() + ": " + detail;
    }

    /**
     * Writes the document of {@code exporter} for {@code plan} to {@code target}: first to a
     * temporary file beside it, so a failure never leaves half a document under the chosen name.
     * A failure is said in the language of {@code context}.
     */
    public Export export(PlanExporter exporter, Plan plan, ExportContext context, Path target) {
        try {
            WholeFile.write(target, ".webcare-export", out -> exporter.write(plan, context, out));
            return new Export.Written(target);
        } catch (IOException | RuntimeException e) {
            return new Export.Failed(target, problem(e, context.language()));
        }
    }
}
