package webcare.triage.rules;

import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;

/**
 * Monitors a negative reply in a hostile thread (enough earlier items, mostly negative): a public
 * answer there only feeds the fire. Items outside the thread that say the same raise it again.
 */
public final class HostileThread implements Rule {

    public static final String ID = "hostile-thread";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        if (!item.negative() || item.mention().threadId() == null) {
            return;
        }
        int items = item.thread().items();
        int negative = item.thread().negative();
        Thresholds limits = item.thresholds();
        if (items >= limits.threadMinItems() && negative >= limits.threadNegativeShare() * items) {
            findings.add(ID, Decision.MONITOR, new Evidence.Share(negative, items));
        }
    }
}
