package webcare.triage.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import webcare.analysis.api.FlagType;
import webcare.analysis.api.Polarity;
import webcare.analysis.api.ReachTier;
import webcare.model.Mention;
import webcare.triage.api.Analysis;
import webcare.triage.api.AuthorHistory;
import webcare.triage.api.Evidence;
import webcare.triage.api.ThreadHistory;
import webcare.triage.facts.Contradiction;
import webcare.triage.text.Hit;
import webcare.triage.text.Hits;
import webcare.triage.text.Lexicon;
import webcare.triage.text.Tokens;

/** One mention as the rules see it: read once, asked by every rule. Used by one thread. */
public final class Case {

    private final Mention mention;
    private final Analysis analysis;
    private final Tokens tokens;
    private final Hits hits;
    private final AuthorHistory author;
    private final ThreadHistory thread;
    private final List<Contradiction> contradictions;
    private final Supplier<Echoes> echoSource;
    private final Thresholds thresholds;
    private Echoes echoes;

    public Case(Mention mention, Analysis analysis, Tokens tokens, Hits hits, AuthorHistory author,
            ThreadHistory thread, List<Contradiction> contradictions, Supplier<Echoes> echoes, Thresholds thresholds) {
        this.mention = mention;
        this.analysis = analysis;
        this.tokens = tokens;
        this.hits = hits;
        this.author = author;
        this.thread = thread;
        this.contradictions = contradictions;
        this.echoSource = echoes;
        this.thresholds = thresholds;
    }

    public Mention mention() {
        return mention;
    }

    public Analysis analysis() {
        return analysis;
    }

    public Tokens tokens() {
        return tokens;
    }

    public Hits hits() {
        return hits;
    }

    public AuthorHistory author() {
        return author;
    }

    public ThreadHistory thread() {
        return thread;
    }

    public List<Contradiction> contradictions() {
        return contradictions;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** Other authors on the same subject; asked of the context only when a rule needs it. */
    public Echoes echoes() {
        if (echoes == null) {
            echoes = echoSource.get();
        }
        return echoes;
    }

    public boolean negative() {
        return analysis.sentiment().polarity() == Polarity.NEGATIVE;
    }

    public boolean reachAtLeast(ReachTier tier) {
        return analysis.reach() != ReachTier.UNKNOWN && analysis.reach().compareTo(tier) >= 0;
    }

    /** A question mark, or a question word opening a sentence. */
    public boolean question() {
        return tokens.questionMark() >= 0 || !hits.all(Lexicon.QUESTION).isEmpty();
    }

    /** What makes a complaint concrete: a complaint word, or an order number. */
    public boolean concrete() {
        return !hits.all(Lexicon.COMPLAINT).isEmpty() || analysis.flags().stream()
                .anyMatch(flag -> flag.type() == FlagType.ORDER_NUMBER);
    }

    /** A negative review of few stars. */
    public boolean lowRatedReview() {
        Integer rating = mention.rating();
        return negative() && rating != null && rating <= thresholds.complaintMaxRating();
    }

    /** The words of {@code hits} as quotes of the text, listed. */
    public Evidence quotes(List<Hit> found) {
        List<Evidence> quotes = new ArrayList<>(found.size());
        for (Hit hit : found) {
            quotes.add(quote(hit.from(), hit.to()));
        }
        return new Evidence.Listed(quotes);
    }

    /** The words at {@code indexes} as quotes of the text, listed. */
    public Evidence words(List<Integer> indexes) {
        List<Evidence> quotes = new ArrayList<>(indexes.size());
        for (int at : indexes) {
            quotes.add(quote(at, at + 1));
        }
        return new Evidence.Listed(quotes);
    }

    /** Words {@code from} to {@code to} (exclusive) as written. */
    public Evidence.Quote quote(int from, int to) {
        int start = tokens.start(from);
        int end = tokens.end(to - 1);
        return new Evidence.Quote(mention.text().substring(start, end), start, end);
    }

    public Evidence score() {
        return new Evidence.Score(analysis.sentiment().score());
    }
}
