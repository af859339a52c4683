package webcare.plan.api;

import java.util.List;

/** Someone saved the plan since it was loaded; nothing was written. Shows what they changed. */
public class PlanChangedException extends PlanException {

    private static final long serialVersionUID = 1L;

    private final transient WorkingPlan current;
    private final transient List<Change> changes;

    /**
     * @param current the working plan as stored now
     * @param changes what changed between the revision the save was based on and {@code current},
     *                in the language the save or approval was asked in (empty when that revision is
     *                no longer known)
     */
    public PlanChangedException(String message, WorkingPlan current, List<Change> changes) {
        super(message);
        this.current = current;
        this.changes = List.copyOf(changes);
    }

    public WorkingPlan current() {
        return current;
    }

    public List<Change> changes() {
        return changes;
    }
}
