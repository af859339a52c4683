package webcare.triage.api;

/**
 * What a webcare team does with a mention. The order is the order of precedence: when rules for
 * several decisions fire, the earliest decision's rule wins (see {@link Triage}).
 */
public enum Decision {
    /** Crisis signs: safety or health harm, a defect affecting many, a data leak, legal steps, amplification. */
    ESCALATE,
    /** Profanity, insults, threats or private data: hide it and say publicly that you did. */
    HIDE_AND_EXPLAIN,
    /** States something the fact sheet or the plan's people contradict: correct it politely. */
    CORRECT_FACTS,
    /** A legitimate complaint or a question: acknowledge, offer help, continue in a private channel. */
    RESPOND,
    /** No reply now, but keep watching: if others say the same, it is real. */
    MONITOR,
    /** Positive or neutral: nothing needed (a thank-you is optional). */
    NO_ACTION
}
