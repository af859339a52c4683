package webcare.triage.rules;

import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;

/** Answers a negative review of few stars, with or without text: one bad review hurts most when it stands alone. */
public final class LowRatedReview implements Rule {

    public static final String ID = "low-rating";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        if (item.lowRatedReview()) {
            findings.add(ID, Decision.RESPOND, new Evidence.Count(item.mention().rating()));
        }
    }
}
