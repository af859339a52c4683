package webcare.ui.sources.swt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import webcare.ingest.api.SourceStatus;
import webcare.store.api.StoreException;

/**
 * The two-week volume of each instance, read again only when it may have changed: when the number
 * of stored mentions, the local date or the list of instances differs from the last reading.
 * Reading a volume scans the mention table (there is no index on its creation time), and the view
 * refreshes every two seconds; counting every mention is cheap. Thread-safe: two readings at once
 * both read, and the later one is kept.
 */
final class VolumeCache {

    /** Reads the volume of one instance, as {@link SourceRow#volume} spreads it. */
    @FunctionalInterface
    interface Reader {
        long[] volume(SourceStatus source) throws StoreException;
    }

    private record Instance(String type, String name) {}

    private record Reading(long mentions, LocalDate today, List<Instance> instances, List<long[]> volumes) {}

    private volatile Reading last;

    /**
     * A row for each of {@code sources}, in order: with its volume from the last reading when
     * {@code mentions} (the number stored), {@code today} and the instances are as they were then,
     * else with volumes read now through {@code read}.
     */
    List<SourceRow> rows(List<SourceStatus> sources, long mentions, LocalDate today, Reader read)
            throws StoreException {
        List<Instance> instances = sources.stream().map(source -> new Instance(source.type(), source.instance()))
                .toList();
        Reading reading = last;
        if (reading == null || reading.mentions() != mentions || !reading.today().equals(today)
                || !reading.instances().equals(instances)) {
            List<long[]> volumes = new ArrayList<>(sources.size());
            for (SourceStatus source : sources) {
                volumes.add(read.volume(source));
            }
            reading = new Reading(mentions, today, instances, volumes);
            last = reading;
        }
        List<SourceRow> rows = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            rows.add(new SourceRow(sources.get(i), reading.volumes().get(i)));
        }
        return rows;
    }
}
