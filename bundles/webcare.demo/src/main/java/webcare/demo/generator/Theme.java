package webcare.demo.generator;

/** What a demo mention is about, which picks its sentences; negative ones are what webcare acts on. */
enum Theme {
    PRAISE(false),
    QUESTION(false),
    /** A three-star review: fine, but. */
    MIXED(false),
    /** A comment agreeing with a positive post. */
    AGREE(false),
    DELIVERY(true),
    STAFF(true),
    APP(true),
    INVOICE(true),
    REFUND(true),
    /** States a fact about the brand wrongly: a case for a polite correction. */
    WRONG_FACT(true),
    /** One star, capitals, exclamation marks. */
    ANGRY(true),
    /** A comment agreeing with a complaint. */
    SAME_HERE(true),
    /** The spike: payments and log-in down. */
    OUTAGE(true);

    private final boolean negative;

    Theme(boolean negative) {
        this.negative = negative;
    }

    boolean negative() {
        return negative;
    }
}
