package webcare.triage.rules;

import webcare.triage.api.Decision;

/**
 * Monitors a negative item with no concrete complaint, no question and no low rating (also emoji
 * only): unfounded attention-seeking.
 */
public final class UnfoundedRant implements Rule {

    public static final String ID = "unfounded-rant";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        if (item.negative() && !item.concrete() && !item.question() && !item.lowRatedReview()) {
            findings.add(ID, Decision.MONITOR, item.score());
        }
    }
}
