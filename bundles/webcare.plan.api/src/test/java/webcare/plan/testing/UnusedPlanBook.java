package webcare.plan.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import webcare.model.plan.Plan;
import webcare.model.plan.Review;
import webcare.plan.api.AuditEntry;
import webcare.plan.api.PlanBook;
import webcare.plan.api.PlanException;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.WorkingPlan;

/**
 * A {@link PlanBook} for tests that need only a few of its methods: every one fails unless the test's
 * double overrides it, so a call the test did not expect shows at once.
 */
public abstract class UnusedPlanBook implements PlanBook {

    @Override
    public WorkingPlan working() throws PlanException {
        throw new UnsupportedOperationException("working()");
    }

    @Override
    public long revision() throws PlanException {
        throw new UnsupportedOperationException("revision()");
    }

    @Override
    public WorkingPlan save(Plan plan, long basedOn, String who, Locale language) throws PlanException {
        throw new UnsupportedOperationException("save");
    }

    @Override
    public WorkingPlan replace(Plan plan, String who) throws PlanException {
        throw new UnsupportedOperationException("replace");
    }

    @Override
    public PlanVersion approve(long basedOn, Review review, LocalDate nextReview, String who, Locale language)
            throws PlanException {
        throw new UnsupportedOperationException("approve");
    }

    @Override
    public List<PlanVersion> versions() throws PlanException {
        throw new UnsupportedOperationException("versions()");
    }

    @Override
    public Optional<Plan> version(int number) throws PlanException {
        throw new UnsupportedOperationException("version");
    }

    @Override
    public List<AuditEntry> audit(int limit) throws PlanException {
        throw new UnsupportedOperationException("audit");
    }
}
