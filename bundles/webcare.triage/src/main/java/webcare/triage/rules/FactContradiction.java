package webcare.triage.rules;

import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;
import webcare.triage.facts.Contradiction;

/** Corrects the facts when the text states what a denial on the fact sheet contradicts (webcare.triage.facts). */
public final class FactContradiction implements Rule {

    public static final String ID = "fact-contradiction";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        for (Contradiction contradiction : item.contradictions()) {
            if (contradiction instanceof Contradiction.DeniedByFact denied) {
                findings.add(ID, Decision.CORRECT_FACTS, item.words(denied.words()),
                        new Evidence.FactRef(denied.fact().id(), denied.fact().topic(), denied.fact().text()));
                return;
            }
        }
    }
}
