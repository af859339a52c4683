package webcare.triage.facts;

import java.util.List;
import webcare.model.plan.Fact;

/** Something an item says that the plan contradicts. */
public sealed interface Contradiction {

    /**
     * The item contains the words of a fact that denies them ("Er is geen actie met 50% korting").
     *
     * @param words the item's words (indexes into its tokens) that the fact shares, in text order
     */
    record DeniedByFact(Fact fact, List<Integer> words) implements Contradiction {}

    /** The item names a member of staff, words {@code from} to {@code to}, whom the plan does not know. */
    record UnknownPerson(int from, int to) implements Contradiction {}
}
