package webcare.ingest.api;

import java.util.List;

/**
 * How an import ended: how many mentions were {@code added}, {@code edited} and {@code unchanged},
 * how many lines were {@code bad}, the first 100 of those as {@code "line N: reason"} (in the language
 * the import was started in: {@code "regel N: …"} in Dutch), and whether
 * it was {@code cancelled} — then nothing is stored: the three counts are 0, and {@code bad} and
 * {@code badLines} cover the lines read before it stopped.
 */
public record ImportSummary(long added, long edited, long unchanged, long bad, List<String> badLines,
        boolean cancelled) {

    /** At most this many bad lines are listed; the rest are only counted. */
    public static final int MAX_BAD_LINES = 100;

    public ImportSummary {
        badLines = List.copyOf(badLines);
    }
}
