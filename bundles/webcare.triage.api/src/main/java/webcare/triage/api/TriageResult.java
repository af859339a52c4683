package webcare.triage.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What to do with one mention.
 *
 * @param mention  the mention decided on
 * @param decision what to do
 * @param priority 0 (least) to 100 (most urgent): orders the inbox
 * @param due      when it should be dealt with (UTC)
 * @param reasons  the winning rule's reason first, then the other rules that also fired, in rule order; never empty
 * @param raised   earlier items, monitored until now, that this one raises to {@link Decision#RESPOND}
 *                 because several other authors now say the same; their own results. Empty when none
 */
public record TriageResult(MentionKey mention, Decision decision, int priority, Instant due, List<Reason> reasons,
        List<TriageResult> raised) {

    public TriageResult {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(due, "due");
        if (priority < 0 || priority > 100) {
            throw new IllegalArgumentException("priority must be 0 to 100, not " + priority);
        }
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a result needs at least one reason");
        }
        raised = List.copyOf(raised);
    }

    /** The reason of the rule that decided. */
    public Reason decisive() {
        return reasons.get(0);
    }
}
