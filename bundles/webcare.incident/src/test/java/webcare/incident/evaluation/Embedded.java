package webcare.incident.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import webcare.incident.api.Observation;
import webcare.incident.streams.Traffic;

/**
 * A real crisis on an organisation's ordinary days: generated ordinary traffic from
 * {@value #BACKGROUND_DAYS} days before the event's first hour to its last, and the event's
 * tweets on top at their own times. The hourly volume file has no minutes: each hour's tweets are
 * spread evenly at random over it, with the texts of that hour's labelled tweets where there are any. The
 * onset is the first hour with at least {@value #ONSET_SHARE} of the event's peak hour: the
 * collections start with the event's keywords, so a day-by-day onset is not in the data.
 *
 * @param mentions the stream in time order
 * @param onset    the start of the onset hour
 * @param start    the start of the background
 * @param end      the end of the stream
 */
public record Embedded(List<Observation> mentions, Instant onset, Instant start, Instant end) {

    public static final int BACKGROUND_DAYS = 14;
    public static final double ONSET_SHARE = 0.1;

    public static Embedded of(CrisisStreams.Event event, double perDay, long seed) {
        Instant first = event.hours().get(0);
        Instant start = first.truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(BACKGROUND_DAYS));
        Instant last = event.hours().get(event.hours().size() - 1).plus(Duration.ofHours(1));
        Traffic background = Traffic.ordinary(seed, start, Duration.between(start, last), perDay).generate();
        List<Observation> mentions = new ArrayList<>(background.mentions());
        SplittableRandom random = new SplittableRandom(seed);
        Instant onset = null;
        int serial = 0;
        for (int h = 0; h < event.hours().size(); h++) {
            Instant hour = event.hours().get(h);
            int count = event.counts().get(h);
            if (onset == null && count >= ONSET_SHARE * event.peak()) {
                onset = hour;
            }
            List<String> texts = event.texts().getOrDefault(hour, List.of());
            for (int i = 0; i < count; i++) {
                String text = texts.isEmpty() ? "" : texts.get(i % texts.size());
                // CrisisLex labels informativeness, not sentiment: the event's tweets count as neutral
                mentions.add(new Observation(hour.plusMillis(random.nextLong(3_600_000)), "twitter",
                        "event" + (++serial), false, "witness" + random.nextInt(20_000),
                        Math.round(Math.exp(Math.log(300) + 1.5 * random.nextDouble() - 0.75)), text));
            }
        }
        mentions.sort(Comparator.comparing(Observation::created));
        return new Embedded(mentions, onset, start, last);
    }
}
