package webcare.triage.rules;

import java.util.List;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagType;
import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;
import webcare.triage.text.Lexicon;

/**
 * Answers a concrete, legitimate complaint: a negative item that names what went wrong (a
 * complaint word such as "levering" or "refund", or an order number). Negation does not undo a
 * complaint: "niet geleverd" is the complaint.
 */
public final class Complaint implements Rule {

    public static final String ID = "complaint";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        if (!item.negative()) {
            return;
        }
        if (!item.hits().all(Lexicon.COMPLAINT).isEmpty()) {
            findings.add(ID, Decision.RESPOND, item.quotes(item.hits().all(Lexicon.COMPLAINT)));
            return;
        }
        for (Flag flag : item.analysis().flags()) {
            if (flag.type() == FlagType.ORDER_NUMBER) {
                findings.add(ID, Decision.RESPOND, new Evidence.Listed(
                        List.of(new Evidence.Flagged(flag.type(), flag.start(), flag.end()))));
                return;
            }
        }
    }
}
