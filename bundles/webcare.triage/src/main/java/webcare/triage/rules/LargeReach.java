package webcare.triage.rules;

import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;

/**
 * Answers a negative item of an author of large reach even without a concrete issue: small issues
 * grow with big audiences.
 */
public final class LargeReach implements Rule {

    public static final String ID = "large-reach";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        if (item.negative() && item.reachAtLeast(item.thresholds().respondMinReach())) {
            findings.add(ID, Decision.RESPOND, new Evidence.Reach(item.analysis().reach()));
        }
    }
}
