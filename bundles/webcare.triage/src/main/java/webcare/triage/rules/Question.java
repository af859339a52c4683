package webcare.triage.rules;

import webcare.triage.api.Decision;
import webcare.triage.api.Evidence;
import webcare.triage.text.Hit;
import webcare.triage.text.Lexicon;
import webcare.triage.text.Tokens;

/** Answers a question: a question mark, or a question word opening a sentence; whatever the sentiment. */
public final class Question implements Rule {

    public static final String ID = "question";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void evaluate(Case item, Findings findings) {
        Tokens tokens = item.tokens();
        if (!item.hits().all(Lexicon.QUESTION).isEmpty()) {
            Hit opener = item.hits().all(Lexicon.QUESTION).get(0);
            findings.add(ID, Decision.RESPOND, item.quote(opener.from(), opener.to()));
        } else if (tokens.questionMark() >= 0) {
            int at = tokens.questionMark();
            findings.add(ID, Decision.RESPOND, new Evidence.Quote("?", at, at + 1));
        }
    }
}
