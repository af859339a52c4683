package webcare.plan.testing;

import webcare.plan.api.WorkingPlan;

/** A plan book that counts how often the revision and the whole plan are read; {@link #stored} may be replaced. */
public final class CountingPlanBook extends UnusedPlanBook {

    public WorkingPlan stored;
    public int revisionReads;
    public int wholeReads;

    public CountingPlanBook(WorkingPlan stored) {
        this.stored = stored;
    }

    @Override
    public WorkingPlan working() {
        wholeReads++;
        return stored;
    }

    @Override
    public long revision() {
        revisionReads++;
        return stored.revision();
    }
}
