package webcare.ingest.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one sync pass of one instance did: {@code added}, {@code edited} and {@code unchanged}
 * mentions over its pages, the items it {@code skipped} because the platform sent them incomplete
 * (how many by reason, e.g. {@code no id}; ordered by reason), and how it ended ({@code state},
 * with {@code message} when not OK).
 */
public record SyncResult(String type, String instance, int pages, int added, int edited, int unchanged,
        Map<String, Integer> skipped, SourceState state, String message) {

    public SyncResult {
        skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    /** Whether the pass went wrong: not when it went well, nor when another workbench polls the instance. */
    public boolean failed() {
        return state != SourceState.OK && state != SourceState.POLLED_ELSEWHERE;
    }
}
