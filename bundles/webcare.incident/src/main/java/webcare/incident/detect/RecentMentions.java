package webcare.incident.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import webcare.incident.api.Observation;

/**
 * The mentions of the last day in arrival order, for the evidence of a signal and to know a
 * duplicate: at most {@code capacity} of them, the oldest dropped first.
 */
final class RecentMentions {

    /** A mention and the bucket it was counted in. */
    record Kept(Observation observation, long bucket) {}

    private final ArrayDeque<Kept> kept = new ArrayDeque<>();
    private final Set<String> keys = new HashSet<>();
    private final int capacity;
    private final long retainedBuckets;
    /** Buckets a mention may be counted ahead of or behind the clock at its arrival. */
    private final long disorder;

    RecentMentions(int capacity, long retainedBuckets, long disorder) {
        this.capacity = capacity;
        this.retainedBuckets = retainedBuckets;
        this.disorder = disorder;
    }

    /** Keeps {@code observation}; false, and nothing kept, when its source and id are kept already. */
    boolean add(Observation observation, long bucket) {
        if (!keys.add(key(observation))) {
            return false;
        }
        kept.addLast(new Kept(observation, bucket));
        if (kept.size() > capacity) {
            keys.remove(key(kept.removeFirst().observation()));
        }
        return true;
    }

    private static String key(Observation observation) {
        return observation.source() + '\n' + observation.id();
    }

    /** Drops what is older than a day before {@code bucket}. */
    void prune(long bucket) {
        while (!kept.isEmpty() && kept.peekFirst().bucket() < bucket - retainedBuckets) {
            keys.remove(key(kept.removeFirst().observation()));
        }
    }

    /**
     * The kept mentions counted in buckets {@code first} to {@code last}, of {@code source} (null
     * for all), newest arrival first.
     */
    List<Kept> between(long first, long last, String source) {
        List<Kept> found = new ArrayList<>();
        for (Iterator<Kept> newestFirst = kept.descendingIterator(); newestFirst.hasNext();) {
            Kept mention = newestFirst.next();
            if (mention.bucket() < first - disorder) {
                break; // everything that arrived before it was counted before first
            }
            if (mention.bucket() >= first && mention.bucket() <= last
                    && (source == null || source.equals(mention.observation().source()))) {
                found.add(mention);
            }
        }
        return found;
    }
}
