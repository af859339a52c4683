package webcare.triage.rules;

import java.util.List;
import webcare.analysis.api.FlagType;
import webcare.triage.text.Lexicon;

/**
 * The rules in the order they decide: the first that fires wins. Crisis signs first (escalate),
 * then what must be hidden, then facts to correct, then the reasons not to answer (an author
 * negative about everything, a hostile thread), then the reasons to answer, then the rant that
 * is only watched, then nothing to do.
 */
public final class Rules {

    /** The reason of a monitored item raised to RESPOND because other authors say the same (decided by the engine). */
    public static final String RAISED = "raised-by-others";

    private Rules() {}

    public static List<Rule> inOrder() {
        return List.of(
                new KeywordEscalation("crisis-safety", Lexicon.SAFETY),
                new KeywordEscalation("crisis-data-leak", Lexicon.DATA_LEAK),
                new DefectAffectingMany(),
                new KeywordEscalation("crisis-legal", Lexicon.LEGAL),
                new KeywordEscalation("crisis-media", Lexicon.MEDIA),
                new InfluencerAmplification(),
                new FlagRule("threat", FlagType.Kind.THREAT),
                new FlagRule("private-data", FlagType.Kind.PRIVATE_DATA),
                new FlagRule("abuse", FlagType.Kind.ABUSE),
                new FactContradiction(),
                new UnknownStaff(),
                new ChronicComplainer(),
                new HostileThread(),
                new Question(),
                new Complaint(),
                new LowRatedReview(),
                new LargeReach(),
                new UnfoundedRant(),
                new Positive(),
                new Neutral());
    }
}
