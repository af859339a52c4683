package webcare.triage.rules;

import webcare.analysis.api.Polarity;
import webcare.triage.api.Decision;

/** Needs nothing: a positive item (a thank-you is optional). */
public final class Positive implements Rule {

    public static final String ID = "positive";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        if (item.analysis().sentiment().polarity() == Polarity.POSITIVE) {
            findings.add(ID, Decision.NO_ACTION, item.score());
        }
    }
}
