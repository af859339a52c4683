package webcare.triage.rules;

import java.util.ArrayList;
import java.util.List;
import webcare.triage.api.Decision;
import webcare.triage.text.Hit;
import webcare.triage.text.Lexicon;

/** Escalates a defect that affects many: a defect word and a word of scale ("storing", "iedereen"), neither denied. */
public final class DefectAffectingMany implements Rule {

    public static final String ID = "crisis-defect";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        List<Hit> defects = item.hits().affirmed(Lexicon.DEFECT);
        List<Hit> scale = item.hits().affirmed(Lexicon.SCALE);
        if (!defects.isEmpty() && !scale.isEmpty()) {
            List<Hit> both = new ArrayList<>(defects);
            both.addAll(scale);
            both.sort((a, b) -> Integer.compare(a.from(), b.from()));
            findings.add(ID, Decision.ESCALATE, item.quotes(both));
        }
    }
}
