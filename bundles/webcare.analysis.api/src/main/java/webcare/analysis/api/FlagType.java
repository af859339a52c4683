package webcare.analysis.api;

/**
 * Something in a text that a team must not leave standing in public, or must act on.
 * Triage decides on the {@link #kind()}; the type names the evidence.
 */
public enum FlagType {
    PROFANITY(Kind.ABUSE),
    INSULT(Kind.ABUSE),
    THREAT(Kind.THREAT),
    PHONE(Kind.PRIVATE_DATA),
    EMAIL(Kind.PRIVATE_DATA),
    IBAN(Kind.PRIVATE_DATA),
    BSN(Kind.PRIVATE_DATA),
    ADDRESS(Kind.PRIVATE_DATA),
    ORDER_NUMBER(Kind.PRIVATE_DATA);

    /** What a flag means for the decision. */
    public enum Kind { ABUSE, THREAT, PRIVATE_DATA }

    private final Kind kind;

    FlagType(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
