package webcare.triage.rules;

import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;

/**
 * Escalates amplification: an author of very large reach who is negative about a subject that
 * other authors raise too (within the window, outside the author's thread). A small issue of an
 * influencer alone is answered fast instead ({@link LargeReach}).
 */
public final class InfluencerAmplification implements Rule {

    public static final String ID = "influencer-amplification";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        if (item.negative() && item.reachAtLeast(item.thresholds().amplificationMinReach())) {
            Echoes echoes = item.echoes();
            if (echoes.authors() > 0) {
                findings.add(ID, Decision.ESCALATE, new Evidence.Reach(item.analysis().reach()),
                        new Evidence.Count(echoes.authors()), new Evidence.Words(echoes.shared()));
            }
        }
    }
}
