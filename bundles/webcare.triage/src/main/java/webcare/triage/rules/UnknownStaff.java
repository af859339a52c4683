package webcare.triage.rules;

import webcare.triage.api.Decision;
import webcare.triage.facts.Contradiction;

/** Corrects the facts when the text names a member of staff ("medewerker Piet") who is not among the plan's people. */
public final class UnknownStaff implements Rule {

    public static final String ID = "unknown-staff";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        for (Contradiction contradiction : item.contradictions()) {
            if (contradiction instanceof Contradiction.UnknownPerson person) {
                findings.add(ID, Decision.CORRECT_FACTS, item.quote(person.from(), person.to()));
                return;
            }
        }
    }
}
