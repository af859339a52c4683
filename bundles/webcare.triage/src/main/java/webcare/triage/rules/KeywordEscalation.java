package webcare.triage.rules;

import java.util.List;
import webcare.triage.api.Decision;
import webcare.triage.text.Hit;
import webcare.triage.text.Lexicon;

/**
 * Escalates when the text names a crisis sign of one keyword list (safety or health harm, a data
 * leak, legal steps, the media) and no negation word denies it ("gelukkig geen datalek").
 * Sentiment does not count: "gewond, maar het personeel was geweldig" still escalates.
 */
public final class KeywordEscalation implements Rule {

    private final String id;
    private final Lexicon lexicon;

    public KeywordEscalation(String id, Lexicon lexicon) {
        this.id = id;
        this.lexicon = lexicon;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        List<Hit> hits = item.hits().affirmed(lexicon);
        if (!hits.isEmpty()) {
            findings.add(id, Decision.ESCALATE, item.quotes(hits));
        }
    }
}
