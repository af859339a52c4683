package webcare.ui.plan.model;

import webcare.model.plan.Plan;

/** What reading a plan file to import came to; storing it comes to a {@link SaveOutcome}. */
public sealed interface ImportRead permits ImportRead.Parsed, SaveOutcome.Invalid, SaveOutcome.Failed {

    record Parsed(Plan plan) implements ImportRead {}
}
