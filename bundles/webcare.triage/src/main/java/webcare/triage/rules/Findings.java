package webcare.triage.rules;

import java.util.ArrayList;
import java.util.List;
import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;
import webcare.triage.api.Reason;

/** The reasons of the rules that fired for one item, in rule order. */
public final class Findings {

    private final List<Reason> reasons = new ArrayList<>(4);

    public void add(String rule, Decision decision, Evidence... evidence) {
        reasons.add(new Reason(rule, decision, List.of(evidence)));
    }

    public List<Reason> reasons() {
        return reasons;
    }
}
