package webcare.triage.text;

import java.util.ArrayList;
import java.util.List;

/** The {@link Hit}s of one text, per {@link Lexicon}, in text order. */
public final class Hits {

    @SuppressWarnings("unchecked")
    private final List<Hit>[] byLexicon = new List[Lexicon.values().length];

    void add(Hit hit) {
        int slot = hit.lexicon().ordinal();
        if (byLexicon[slot] == null) {
            byLexicon[slot] = new ArrayList<>(2);
        }
        byLexicon[slot].add(hit);
    }

    /** Every hit of {@code lexicon}, negated ones included. */
    public List<Hit> all(Lexicon lexicon) {
        List<Hit> hits = byLexicon[lexicon.ordinal()];
        return hits == null ? List.of() : hits;
    }

    /** The hits of {@code lexicon} that no negation word denies. */
    public List<Hit> affirmed(Lexicon lexicon) {
        List<Hit> hits = all(lexicon);
        for (Hit hit : hits) {
            if (hit.negated()) {
                return hits.stream().filter(h -> !h.negated()).toList();
            }
        }
        return hits;
    }
}
