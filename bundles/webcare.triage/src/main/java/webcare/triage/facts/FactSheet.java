package webcare.triage.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import webcare.model.plan.Fact;
import webcare.model.plan.Person;
import webcare.model.plan.Plan;
import webcare.triage.text.Fold;
import webcare.triage.text.Hit;
import webcare.triage.text.Hits;
import webcare.triage.text.Lexicon;
import webcare.triage.text.PhraseIndex;
import webcare.triage.text.Subject;
import webcare.triage.text.Tokenizer;
import webcare.triage.text.Tokens;

/**
 * A plan's fact sheet and people, prepared for matching. The fact sheet is free text, so matching
 * is pragmatic and documented (docs/TRIAGE.md):
 * <ul>
 * <li>Only <em>denials</em> can be contradicted: a fact with a negation word ("Er is geen actie
 * met 50% korting", "We have no branch in Utrecht"). Its content words are split into anchors
 * (numbers, and names: words written with a capital inside a sentence) and the others. An item
 * contradicts it when it contains every anchor and at least {@code minShare} of the others (at
 * least one), and none of those words is negated in the item ("geen 50% korting" agrees).</li>
 * <li>A member of staff named in the item (a staff word followed by capitalised words:
 * "medewerker Piet Jansen") contradicts the plan when no person of the plan has that full name
 * or that first name. Checked only when the plan names people.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class FactSheet {

    private record Denial(Fact fact, Set<String> anchors, int othersNeeded) {}

    private final List<Denial> denials = new ArrayList<>();
    /** Denials by each of their words, to look up only the facts an item's words touch. */
    private final Map<String, List<Integer>> denialsByWord = new HashMap<>();
    private final Set<String> personNames = new HashSet<>();
    private final boolean checkStaff;

    public FactSheet(Plan plan, PhraseIndex index, double minShare, boolean checkStaff) {
        for (Fact fact : plan.facts()) {
            prepare(fact, index, minShare);
        }
        for (Person person : plan.people()) {
            Tokens name = Tokenizer.tokens(person.name());
            if (name.size() > 0) {
                personNames.add(Fold.fold(person.name().strip()).replaceAll("\\s+", " "));
                personNames.add(name.word(0));
            }
        }
        this.checkStaff = checkStaff && !personNames.isEmpty();
    }

    private void prepare(Fact fact, PhraseIndex index, double minShare) {
        Tokens tokens = Tokenizer.tokens(fact.text());
        boolean denial = false;
        Set<String> anchors = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.word(i);
            if (index.isNegation(word)) {
                denial = true;
            } else if (Character.isDigit(word.charAt(0)) || (tokens.capital(i) && !tokens.sentenceStart(i))) {
                anchors.add(word);
            } else if (Subject.isContentWord(word)) {
                others.add(word);
            }
        }
        if (!denial || anchors.size() + others.size() == 0) {
            return;
        }
        int needed = others.isEmpty() ? 0 : Math.max(1, (int) Math.ceil(minShare * others.size()));
        int number = denials.size();
        denials.add(new Denial(fact, Set.copyOf(anchors), needed));
        for (String word : anchors) {
            denialsByWord.computeIfAbsent(word, k -> new ArrayList<>()).add(number);
        }
        for (String word : others) {
            denialsByWord.computeIfAbsent(word, k -> new ArrayList<>()).add(number);
        }
    }

    /** What {@code tokens} (of an item, with its {@code hits}) says that this plan contradicts; empty when nothing. */
    public List<Contradiction> contradictions(Tokens tokens, Hits hits, PhraseIndex index) {
        List<Contradiction> found = new ArrayList<>(0);
        if (!denials.isEmpty()) {
            denied(tokens, index, found);
        }
        if (checkStaff) {
            unknownStaff(tokens, hits, found);
        }
        return found;
    }

    private void denied(Tokens tokens, PhraseIndex index, List<Contradiction> found) {
        List<Integer>[] words = null;
        boolean[] negated = null;
        for (int i = 0; i < tokens.size(); i++) {
            List<Integer> facts = denialsByWord.get(tokens.word(i));
            if (facts == null) {
                continue;
            }
            if (words == null) {
                words = newLists(denials.size());
                negated = new boolean[denials.size()];
            }
            boolean denies = index.negatedAt(tokens, i);
            for (int fact : facts) {
                if (words[fact] == null) {
                    words[fact] = new ArrayList<>(4);
                }
                if (!containsWord(words[fact], tokens, tokens.word(i))) {
                    words[fact].add(i);
                }
                negated[fact] |= denies;
            }
        }
        if (words == null) {
            return;
        }
        for (int fact = 0; fact < denials.size(); fact++) {
            if (words[fact] != null && !negated[fact] && contradicts(denials.get(fact), words[fact], tokens)) {
                found.add(new Contradiction.DeniedByFact(denials.get(fact).fact(), List.copyOf(words[fact])));
            }
        }
    }

    private static boolean containsWord(List<Integer> words, Tokens tokens, String word) {
        for (int at : words) {
            if (tokens.word(at).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contradicts(Denial denial, List<Integer> words, Tokens tokens) {
        int anchors = 0;
        int others = 0;
        for (int at : words) {
            if (denial.anchors().contains(tokens.word(at))) {
                anchors++;
            } else {
                others++;
            }
        }
        return anchors == denial.anchors().size() && others >= denial.othersNeeded();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer>[] newLists(int size) {
        return new List[size];
    }

    private void unknownStaff(Tokens tokens, Hits hits, List<Contradiction> found) {
        for (Hit staff : hits.all(Lexicon.STAFF)) {
            int from = staff.to();
            int to = from;
            while (to < tokens.size() && to < from + 3 && tokens.capital(to) && !tokens.sentenceStart(to)) {
                to++;
            }
            if (to == from) {
                continue;
            }
            StringBuilder full = new StringBuilder();
            for (int i = from; i < to; i++) {
                full.append(i > from ? " " : "").append(tokens.word(i));
            }
            if (!personNames.contains(full.toString()) && !personNames.contains(tokens.word(from))) {
                found.add(new Contradiction.UnknownPerson(from, to));
                return;
            }
        }
    }
}
