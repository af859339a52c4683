package webcare.ui.sources.swt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import webcare.ingest.api.SourceState;
import webcare.ingest.api.SourceStatus;
import webcare.store.api.MentionRepository.StoredInstance;
import webcare.store.api.StoreException;

/**
 * The rows of the Sources view with their two-week volumes: one per configured instance, then one
 * per instance that only has stored mentions (the demo's, an imported file's, one whose file was
 * removed). Stored instances and volumes are read again only when they may have changed: when
 * the number of stored mentions, the local date or the configured instances differ from the last
 * reading. Reading them scans the mention table (there is no index on its creation time), and the
 * view refreshes every two seconds; counting every mention is cheap. Thread-safe: two readings at
 * once both read, and the later one is kept.
 */
final class VolumeCache {

    /** Reads the volume of one instance, as {@link SourceRow#volume} spreads it. */
    @FunctionalInterface
    interface Reader {
        long[] volume(SourceStatus source) throws StoreException;
    }

    /** Reads which instances have stored mentions. */
    @FunctionalInterface
    interface StoredReader {
        List<StoredInstance> instances() throws StoreException;
    }

    private record Instance(String type, String name) {}

    private record Reading(long mentions, LocalDate today, List<Instance> configured, List<StoredInstance> stored,
            Map<Instance, long[]> volumes) {}

    private volatile Reading last;

    /**
     * A row for each of {@code configured}, in order, then one for each other instance with stored
     * mentions; volumes and stored counts from the last reading when {@code mentions} (the number
     * stored), {@code today} and the configured instances are as they were then, else read now.
     */
    List<SourceRow> rows(List<SourceStatus> configured, long mentions, LocalDate today, StoredReader stored,
            Reader read) throws StoreException {
        List<Instance> instances = configured.stream().map(VolumeCache::instance).toList();
        Reading reading = last;
        if (reading == null || reading.mentions() != mentions || !reading.today().equals(today)
                || !reading.configured().equals(instances)) {
            List<StoredInstance> storedNow = mentions == 0 ? List.of() : stored.instances();
            Map<Instance, long[]> volumes = new HashMap<>();
            for (SourceStatus source : withStoredOnly(configured, storedNow)) {
                volumes.put(instance(source), read.volume(source));
            }
            reading = new Reading(mentions, today, instances, storedNow, volumes);
            last = reading;
        }
        Map<Instance, StoredInstance> storedBy = new HashMap<>();
        reading.stored().forEach(each -> storedBy.put(new Instance(each.source(), each.instance()), each));
        List<SourceRow> rows = new ArrayList<>();
        for (SourceStatus source : withStoredOnly(configured, reading.stored())) {
            Instance key = instance(source);
            StoredInstance counts = storedBy.get(key);
            rows.add(new SourceRow(source, instances.contains(key), counts == null ? 0 : counts.mentions(),
                    counts == null ? 0 : counts.demo(), reading.volumes().get(key)));
        }
        return rows;
    }

    /** The configured instances, then a STOPPED status for each stored one that is not configured. */
    private static List<SourceStatus> withStoredOnly(List<SourceStatus> configured, List<StoredInstance> stored) {
        List<SourceStatus> all = new ArrayList<>(configured);
        List<Instance> known = configured.stream().map(VolumeCache::instance).toList();
        for (StoredInstance each : stored) {
            if (!known.contains(new Instance(each.source(), each.instance()))) {
                all.add(new SourceStatus(each.source(), each.instance(), SourceState.STOPPED, "", null, null, 0,
                        Map.of()));
            }
        }
        return all;
    }

    private static Instance instance(SourceStatus source) {
        return new Instance(source.type(), source.instance());
    }
}
