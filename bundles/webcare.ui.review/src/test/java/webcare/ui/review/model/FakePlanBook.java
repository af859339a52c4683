package webcare.ui.review.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.AuditEntry;
import webcare.plan.api.Change;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.WorkingPlan;

/** A plan book in memory, checking revisions the way the real one does. */
public final class FakePlanBook implements PlanBook {

    private WorkingPlan working;
    private final List<PlanVersion> versions = new ArrayList<>();
    private final List<Plan> plans = new ArrayList<>();
    public final List<Review> approvedReviews = new ArrayList<>();
    public final List<String> approvedBy = new ArrayList<>();
    /** The language of each approval asked for, in order. */
    public final List<Locale> approvalLanguages = new ArrayList<>();
    public List<Change> changesToReport = List.of();
    /** When set, every approval fails with it: a PlanException or a RuntimeException. */
    public Exception approvalFailure;
    /** The language of each reading of the working plan that named one, in order. */
    public final List<Locale> workingLanguages = new ArrayList<>();

    public FakePlanBook(Plan plan, long revision) {
        working = new WorkingPlan(plan, revision, Instant.parse("2026-11-20T09:00:00Z"), "Anna de Vries");
    }

    @Override
    public synchronized WorkingPlan working() {
        return working;
    }

    @Override
    public synchronized WorkingPlan working(Locale language) {
        workingLanguages.add(language);
        return working;
    }

    @Override
    public synchronized long revision() {
        return working.revision();
    }

    @Override
    public synchronized WorkingPlan save(Plan plan, long basedOn, String who, Locale language)
            throws PlanException {
        if (basedOn != working.revision()) {
            throw new PlanChangedException("changed", working, changesToReport);
        }
        working = new WorkingPlan(plan, basedOn + 1, Instant.parse("2026-11-24T10:00:00Z"), who);
        return working;
    }

    @Override
    public WorkingPlan replace(Plan plan, String who) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized PlanVersion approve(long basedOn, Review review, LocalDate nextReview, String who,
            Locale language) throws PlanException {
        approvalLanguages.add(language);
        if (approvalFailure instanceof PlanException failure) {
            throw failure;
        }
        if (approvalFailure != null) {
            throw (RuntimeException) approvalFailure;
        }
        if (basedOn != working.revision()) {
            throw new PlanChangedException("The plan changed since revision " + basedOn, working, changesToReport);
        }
        List<Review> reviews = new ArrayList<>(working.plan().reviews());
        reviews.add(review);
        Plan approved = working.plan().withReviews(reviews).withNextReview(nextReview);
        working = new WorkingPlan(approved, basedOn + 1, Instant.parse("2026-11-24T11:00:00Z"), who);
        PlanVersion version = new PlanVersion(versions.size() + 1, Instant.parse("2026-11-24T11:00:00Z"), who,
                review.date());
        versions.add(version);
        plans.add(approved);
        approvedReviews.add(review);
        approvedBy.add(who);
        return version;
    }

    @Override
    public synchronized List<PlanVersion> versions() {
        return List.copyOf(versions);
    }

    @Override
    public synchronized Optional<Plan> version(int number) {
        return number >= 1 && number <= plans.size() ? Optional.of(plans.get(number - 1)) : Optional.empty();
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return List.of();
    }
}
