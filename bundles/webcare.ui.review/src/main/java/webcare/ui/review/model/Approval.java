package webcare.ui.review.model;

import java.util.List;
import webcare.model.plan.Plan;
import webcare.plan.api.AgendaItem;
import webcare.plan.api.Change;
import webcare.plan.api.PlanVersion;
import webcare.plan.api.WorkingPlan;

/** How asking the plan book to approve the reviewed plan went. */
public sealed interface Approval {

    /** A new version; {@code plan} is that version, with the review as its last one. */
    record Approved(PlanVersion version, Plan plan) implements Approval {}

    /**
     * Someone saved the plan during the session: nothing was approved. {@code agenda} is made
     * from {@code current}, ready for {@link ReviewSession#rebase}.
     */
    record Changed(WorkingPlan current, List<AgendaItem> agenda, List<Change> changes) implements Approval {
        public Changed {
            agenda = List.copyOf(agenda);
            changes = List.copyOf(changes);
        }
    }

    /** Anything else; {@code message} says what, for people. */
    record Failed(String message) implements Approval {}
}
