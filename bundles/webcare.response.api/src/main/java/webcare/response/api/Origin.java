package webcare.response.api;

/** How an incident came to be opened. */
public enum Origin {
    /** From a signal of the detector (a sharp rise in volume or negativity). */
    SIGNAL,
    /** From an inbox item triage called ESCALATE. */
    ESCALATION,
    /** By hand. */
    MANUAL
}
