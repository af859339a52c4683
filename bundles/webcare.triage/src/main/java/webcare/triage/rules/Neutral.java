package webcare.triage.rules;

import webcare.analysis.api.Polarity;
import webcare.triage.api.Decision;

/** Needs nothing: a neutral item without a question (also an empty text). */
public final class Neutral implements Rule {

    public static final String ID = "neutral";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        if (item.analysis().sentiment().polarity() == Polarity.NEUTRAL) {
            findings.add(ID, Decision.NO_ACTION);
        }
    }
}
