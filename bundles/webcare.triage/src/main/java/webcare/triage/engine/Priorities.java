package webcare.triage.engine;

import webcare.analysis.api.ReachTier;
import webcare.triage.api.Decision;
import webcare.triage.rules.Case;

/**
 * The priority (0–100) that orders the inbox: a base per decision, plus the author's reach, plus
 * for RESPOND how salvageable the item is. The bands do not overlap upwards: an escalation always
 * comes before a hide, a hide before a correction; an influential author's salvageable complaint
 * (up to 85) comes before a small author's correction.
 */
final class Priorities {

    /** An earlier item raised by others: answered before ordinary complaints of unknown authors. */
    static final int RAISED_EARLIER = 50;

    private Priorities() {}

    static int of(Decision decision, Case item) {
        int reach = reachPoints(item.analysis().reach());
        int priority = switch (decision) {
            case ESCALATE -> 88 + reach / 3;
            case HIDE_AND_EXPLAIN -> 70 + reach / 3;
            case CORRECT_FACTS -> 45 + reach;
            case RESPOND -> 35 + reach + (int) Math.round(20 * salvageable(item));
            case MONITOR -> 15 + reach / 3;
            case NO_ACTION -> 5;
        };
        return Math.max(0, Math.min(100, priority));
    }

    /** 0 to 30: small issues grow with big audiences. */
    static int reachPoints(ReachTier tier) {
        return switch (tier) {
            case UNKNOWN, SMALL -> 0;
            case MEDIUM -> 10;
            case LARGE -> 20;
            case INFLUENTIAL -> 30;
        };
    }

    /**
     * 0 to 1, how much a reply can still save: the author asks something (0.4), names what went
     * wrong (0.3), and is not beyond reach in tone (score above −0.6: 0.3).
     */
    static double salvageable(Case item) {
        double salvage = 0;
        if (item.question()) {
            salvage += 0.4;
        }
        if (item.concrete() || item.lowRatedReview()) {
            salvage += 0.3;
        }
        if (item.analysis().sentiment().score() > -0.6) {
            salvage += 0.3;
        }
        return salvage;
    }
}
