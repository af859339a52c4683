package webcare.triage.text;

/** The keyword lists of etc/webcare.triage.cfg, each kept per language ({@code <key>.nl}, {@code <key>.en}). */
public enum Lexicon {
    /** Harm to safety or health. */
    SAFETY("escalate.safety"),
    /** A data leak. */
    DATA_LEAK("escalate.dataLeak"),
    /** Something broken or failing... */
    DEFECT("escalate.defect"),
    /** ...for many people: with a DEFECT word, a defect affecting many. */
    SCALE("escalate.scale"),
    /** Legal steps. */
    LEGAL("escalate.legal"),
    /** The press and other media. */
    MEDIA("escalate.media"),
    /** What a concrete complaint is about: delivery, invoice, refund, waiting. */
    COMPLAINT("complaint"),
    /** Words that open a question; only count at the start of a sentence. */
    QUESTION("question"),
    /** Words that introduce a member of staff by name ("medewerker", "employee"). */
    STAFF("facts.staff"),
    /** Words that deny what follows them ("geen", "not"). */
    NEGATION("negation");

    private final String key;

    Lexicon(String key) {
        this.key = key;
    }

    /** The key of the list in etc/webcare.triage.cfg, without the language. */
    public String key() {
        return key;
    }
}
