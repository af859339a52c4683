package webcare.ui.plan.model;

import webcare.plan.api.PlanChangedException;
import webcare.plan.api.PlanInvalidException;
import webcare.plan.api.WorkingPlan;

/** What storing the plan (a save, an import) came to; every way ends here, so the editor never stays "saving". */
public sealed interface SaveOutcome permits SaveOutcome.Saved, SaveOutcome.Changed, SaveOutcome.Invalid,
        SaveOutcome.Failed {

    record Saved(WorkingPlan stored) implements SaveOutcome {}

    /** Someone else saved since the edits began. */
    record Changed(PlanChangedException conflict) implements SaveOutcome {}

    record Invalid(PlanInvalidException errors) implements SaveOutcome, ImportRead {}

    /** Anything else; {@code message} says what, for people. */
    record Failed(String message) implements SaveOutcome, ImportRead {}
}
