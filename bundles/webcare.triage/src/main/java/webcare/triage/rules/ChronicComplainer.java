package webcare.triage.rules;

import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;

/**
 * Monitors a negative item of an author who is negative about nearly everything: over everything
 * the author posted (this item included), the share of negative items reaches the threshold.
 */
public final class ChronicComplainer implements Rule {

    public static final String ID = "chronic-complainer";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        if (!item.negative()) {
            return;
        }
        int items = item.author().items() + 1;
        int negative = item.author().negative() + 1;
        Thresholds limits = item.thresholds();
        if (items >= limits.chronicMinItems() && negative >= limits.chronicNegativeShare() * items) {
            findings.add(ID, Decision.MONITOR, new Evidence.Share(negative, items));
        }
    }
}
