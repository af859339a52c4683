package webcare.incident.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import webcare.incident.api.Detector;
import webcare.incident.api.DetectorSettings;
import webcare.incident.api.DetectorStatus;
import webcare.incident.api.Metric;
import webcare.incident.api.Observation;
import webcare.incident.api.Signal;
import webcare.incident.evidence.Evidence;
import webcare.incident.evidence.Reach;

/**
 * The detector: one {@link SourceStream} for all sources together and one per source, each
 * measured against its own rhythm when a bucket closes (docs/DETECTION.md). The mentions of the
 * last day are kept for the evidence and to know duplicates.
 */
public final class RhythmDetector implements Detector {

    /** Mentions kept for evidence and duplicates at most (about 50 MB of short posts). */
    static final int KEPT_MENTIONS = 100_000;
    /** A clock jump longer than this is skipped over rather than closed bucket by bucket. */
    static final int JUMP_DAYS = 7;
    /** The share of the overall window one source must hold for its signal to stand for the overall one. */
    static final double SAME_RISE = 0.8;

    private final DetectorSettings settings;
    private final BucketClock clock;
    private final Map<String, SourceStream> sources = new LinkedHashMap<>();
    private final RecentMentions recent;
    private final long latenessSeconds;
    private final long futureSeconds;
    private final long jumpBuckets;
    private final long referenceBuckets;
    private SourceStream all;
    private Instant now;
    private long bucket;
    private long accepted;
    private long duplicates;
    private long reordered;
    private long late;
    private long future;

    public RhythmDetector(DetectorSettings settings) {
        this.settings = settings;
        this.clock = new BucketClock(settings.bucketMinutes(), settings.zone());
        this.latenessSeconds = settings.latenessMinutes() * 60L;
        this.futureSeconds = settings.futureMinutes() * 60L;
        this.jumpBuckets = clock.buckets(JUMP_DAYS * 24 * 60);
        this.referenceBuckets = clock.buckets(24 * 60);
        this.recent = new RecentMentions(KEPT_MENTIONS, referenceBuckets + clock.buckets(SourceStream.ONSET_HOURS * 60),
                clock.buckets(settings.latenessMinutes()) + clock.buckets(settings.futureMinutes()) + 1);
    }

    @Override
    public void accept(Observation observation) {
        Instant created = observation.created();
        if (now == null) {
            advanceTo(created);
        }
        long counted;
        if (created.getEpochSecond() > now.getEpochSecond() + futureSeconds) {
            future++; // clock skew: a mention from the future is counted now
            counted = bucket;
        } else if (created.getEpochSecond() < now.getEpochSecond() - latenessSeconds) {
            late++; // its bucket has been learnt from: counted now, where it still shows
            counted = bucket;
        } else {
            if (created.isBefore(now)) {
                reordered++;
            }
            counted = clock.bucketOf(created);
        }
        if (!recent.add(observation, counted)) {
            duplicates++;
            return;
        }
        accepted++;
        double reach = Reach.of(observation);
        if (all == null) {
            all = new SourceStream(Signal.ALL, counted, settings, clock);
        }
        all.add(counted, observation.negative(), reach);
        sources.computeIfAbsent(observation.source(), source -> new SourceStream(source, counted, settings, clock))
                .add(counted, observation.negative(), reach);
    }

    @Override
    public List<Signal> advanceTo(Instant instant) {
        if (now == null) {
            now = instant;
            bucket = clock.bucketOf(instant);
            return List.of();
        }
        if (!instant.isAfter(now)) {
            return List.of();
        }
        long target = clock.bucketOf(instant);
        List<Signal> signals = new ArrayList<>(0);
        if (target - bucket > jumpBuckets) {
            signals.addAll(close(bucket));
            if (all != null) {
                all.jumped(target);
                sources.values().forEach(stream -> stream.jumped(target));
            }
        } else {
            for (long closing = bucket; closing < target; closing++) {
                signals.addAll(close(closing));
            }
        }
        now = instant;
        bucket = target;
        recent.prune(bucket);
        return signals;
    }

    @Override
    public DetectorStatus status() {
        return new DetectorStatus(now, accepted, duplicates, reordered, late, future);
    }

    private List<Signal> close(long closing) {
        if (all == null) {
            return List.of();
        }
        List<SourceStream.Rise> overall = all.close(closing);
        List<Signal> signals = new ArrayList<>(0);
        List<SourceStream.Rise> standIns = new ArrayList<>(0);
        for (SourceStream stream : sources.values()) {
            for (SourceStream.Rise rise : stream.close(closing)) {
                signals.add(signal(stream, rise));
                for (SourceStream.Rise whole : overall) {
                    int own = stream.count(whole.first(), whole.last());
                    if (whole.metric() == rise.metric() && own >= SAME_RISE * all.count(whole.first(), whole.last())) {
                        standIns.add(whole); // the source's signal says it, and names the source
                    }
                }
            }
        }
        List<Signal> raised = new ArrayList<>(overall.size() + signals.size());
        for (SourceStream.Rise rise : overall) {
            if (!standIns.contains(rise)) {
                raised.add(signal(all, rise));
            }
        }
        raised.addAll(signals);
        return raised;
    }

    private Signal signal(SourceStream stream, SourceStream.Rise rise) {
        String source = stream == all ? null : stream.source();
        boolean negative = rise.metric() == Metric.NEGATIVE_VOLUME || rise.metric() == Metric.NEGATIVE_SHARE;
        List<Observation> window = mentions(rise.onset(), rise.last(), source, negative, Integer.MAX_VALUE);
        List<Observation> reference = mentions(rise.onset() - referenceBuckets, rise.onset() - 1, source, negative,
                Evidence.REFERENCE);
        Evidence evidence = Evidence.of(window, reference, rise.metric() == Metric.AMPLIFICATION);
        return new Signal(clock.start(rise.last() + 1), clock.start(rise.onset()), clock.start(rise.first()),
                stream.source(), rise.metric(), rise.observed(), rise.expected(), rise.score(), settings.threshold(),
                evidence.terms(), evidence.authors(), evidence.examples());
    }

    private List<Observation> mentions(long first, long last, String source, boolean negative, int most) {
        return recent.between(first, last, source).stream().map(RecentMentions.Kept::observation)
                .filter(observation -> !negative || observation.negative()).limit(most).toList();
    }
}
