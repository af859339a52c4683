package webcare.ui.plan.model;

import java.util.List;
import webcare.model.plan.Plan;
import webcare.plan.api.PlanNote;

/** What reading a plan file to import came to; storing it comes to a {@link SaveOutcome}. */
public sealed interface ImportRead permits ImportRead.Parsed, SaveOutcome.Invalid, SaveOutcome.Failed {

    /** @param notes what the codec assumed reading a file in the plain shape, in the window's language */
    record Parsed(Plan plan, List<PlanNote> notes) implements ImportRead {

        public Parsed {
            notes = List.copyOf(notes);
        }
    }
}
