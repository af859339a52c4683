package webcare.triage.rules;

/** One triage rule: one thing it looks for, and the decision it points to. Stateless and thread-safe. */
public interface Rule {

    /** The stable id reasons carry, e.g. {@code private-data}; docs/TRIAGE.md lists them. */
    String id();

    /** Adds a reason to {@code findings} when the rule fires for {@code item}; adds nothing otherwise. */
    void evaluate(Case item, Findings findings);
}
