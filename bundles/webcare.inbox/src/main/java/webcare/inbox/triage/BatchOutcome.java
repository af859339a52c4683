package webcare.inbox.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import webcare.analysis.api.Polarity;
import webcare.store.api.InboxRepository.Redecision;
import webcare.store.api.InboxRepository.Triaged;
import webcare.triage.api.Analysis;
import webcare.triage.api.Decision;
import webcare.triage.api.MentionKey;
import webcare.triage.api.Reason;
import webcare.triage.api.ReasonRenderer;
import webcare.triage.api.TriageResult;

/**
 * What one batch of triage writes: a result for each of its mentions, and the earlier monitored
 * items they raise ({@link TriageResult#raised()}). An item raised by a later one of the same batch
 * is written raised at once; one stored by an earlier batch becomes a {@link Redecision} for the
 * store, which leaves it alone when a person overrode or answered it meanwhile. Not thread-safe.
 */
final class BatchOutcome {

    /** The one decision the rules raise items from. */
    private static final String RAISED_FROM = Decision.MONITOR.name();

    private final ReasonRenderer renderer;
    private final List<Triaged> results = new ArrayList<>();
    /** The reasons of each result, for one raised later in the batch to keep them after the raise. */
    private final List<List<Reason>> reasons = new ArrayList<>();
    private final Map<MentionKey, Integer> positions = new HashMap<>();
    private final List<Redecision> earlier = new ArrayList<>();

    BatchOutcome(ReasonRenderer renderer) {
        this.renderer = renderer;
    }

    /** Adds the result of mention {@code mentionId}, applying the raises it reports. */
    void add(long mentionId, Analysis analysis, TriageResult result, Instant triagedAt) {
        positions.put(result.mention(), results.size());
        reasons.add(result.reasons());
        results.add(new Triaged(mentionId, analysis.language(), analysis.sentiment().score(),
                analysis.sentiment().polarity().name(), result.decision().name(), result.priority(), result.due(),
                TriageJson.flags(analysis.flags()), TriageJson.reasons(result.reasons(), renderer),
                analysis.sentiment().polarity() == Polarity.NEGATIVE, triagedAt));
        for (TriageResult raised : result.raised()) {
            Integer position = positions.get(raised.mention());
            if (position == null) {
                MentionKey key = raised.mention();
                earlier.add(new Redecision(key.source(), key.instance(), key.externalId(), RAISED_FROM,
                        raised.decision().name(), raised.priority(), raised.due(),
                        TriageJson.reasons(raised.reasons(), renderer)));
            } else {
                raiseInBatch(position, raised);
            }
        }
    }

    private void raiseInBatch(int position, TriageResult raised) {
        Triaged before = results.get(position);
        List<Reason> now = new ArrayList<>(raised.reasons());
        now.addAll(reasons.get(position));
        reasons.set(position, now);
        results.set(position, new Triaged(before.mentionId(), before.lang(), before.sentiment(), before.polarity(),
                raised.decision().name(), raised.priority(), raised.due(), before.flags(),
                TriageJson.reasons(now, renderer), before.negative(), before.triagedAt()));
    }

    /** The results in the order added, raised ones as raised. */
    List<Triaged> results() {
        return List.copyOf(results);
    }

    /** The raises of items triaged in earlier batches, in the order reported. */
    List<Redecision> earlier() {
        return List.copyOf(earlier);
    }
}
