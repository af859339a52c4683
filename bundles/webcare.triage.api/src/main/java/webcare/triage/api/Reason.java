package webcare.triage.api;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule fired, as data: {@link ReasonRenderer} writes it as a sentence in Dutch or English.
 *
 * @param rule     the rule's stable id, e.g. {@code private-data} (docs/TRIAGE.md lists them)
 * @param decision the decision the rule points to
 * @param evidence what the rule saw, in the order the rule's sentence names it
 */
public record Reason(String rule, Decision decision, List<Evidence> evidence) {

    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(decision, "decision");
        evidence = List.copyOf(evidence);
    }
}
