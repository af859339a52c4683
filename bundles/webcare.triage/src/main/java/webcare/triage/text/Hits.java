package webcare.triage.text;

import java.util.ArrayList;
import java.util.List;

/** The {@link Hit}s of one text, per {@link Lexicon}, in text order. */
public final class Hits {

    @SuppressWarnings("unchecked")
    private final List<Hit>[] byLexicon = new List[Lexicon.values().length];

    /**
     * Adds a hit found at or after the previous ones; of two overlapping hits of one list the
     * longer stays ("niet bezorgd" rather than also "bezorgd" inside it).
     */
    void add(Hit hit) {
        int slot = hit.lexicon().ordinal();
        List<Hit> hits = byLexicon[slot];
        if (hits == null) {
            hits = byLexicon[slot] = new ArrayList<>(2);
        }
        if (!hits.isEmpty()) {
            Hit last = hits.get(hits.size() - 1);
            if (hit.from() < last.to()) {
                if (hit.to() - hit.from() > last.to() - last.from()) {
                    hits.set(hits.size() - 1, hit);
                }
                return;
            }
        }
        hits.add(hit);
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
