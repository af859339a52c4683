package webcare.triage.rules;

import java.util.ArrayList;
import java.util.List;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagType;
import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;

/**
 * Hides and explains what the analysis flagged of one kind: abuse (profanity, insults), threats,
 * or private data. Only these are ever hidden.
 */
public final class FlagRule implements Rule {

    private final String id;
    private final FlagType.Kind kind;

    public FlagRule(String id, FlagType.Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        List<Evidence> spans = null;
        for (Flag flag : item.analysis().flags()) {
            if (flag.type().kind() == kind) {
                if (spans == null) {
                    spans = new ArrayList<>(2);
                }
                spans.add(new Evidence.Flagged(flag.type(), flag.start(), flag.end()));
            }
        }
        if (spans != null) {
            findings.add(id, Decision.HIDE_AND_EXPLAIN, new Evidence.Listed(spans));
        }
    }
}
