package webcare.incident.evaluation;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import webcare.incident.api.DetectorSettings;
import webcare.incident.api.Observation;
import webcare.incident.api.Signal;
import webcare.incident.detect.RhythmDetector;
import webcare.incident.streams.Replay;
import webcare.incident.streams.Traffic;

/**
 * Prints the evaluation of the detector as Markdown, side by side with a fixed threshold and the
 * last hour against the 12 before ({@link Alarms}), on the same streams: false alarms per 30
 * ordinary days, the delay after the onset of injected crises, and the CrisisLexT26 events on an
 * ordinary background when {@code shared/data} is there. Alarms less than an hour apart count as
 * one. Run by {@code bench/detect-eval.sh}.
 */
public final class DetectionEvaluation {

    static final Instant START = LocalDate.parse("2026-01-05").atStartOfDay(DetectorSettings.AMSTERDAM).toInstant();
    static final int DAYS = 30;
    static final int SEEDS = 20;
    static final Duration SAME_ALARM = Duration.ofHours(1);
    static final String[] METHODS = {"detector", "fixed threshold", "last hour vs 12"};

    private DetectionEvaluation() {}

    public static void main(String[] args) {
        System.out.println("# Crisis detection: evaluation, " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n");
        System.out.println("Detector defaults: " + DetectorSettings.DEFAULTS + "\n");
        ordinary();
        injected();
        Optional<Path> crisisStreams = CrisisStreams.folder();
        if (crisisStreams.isPresent()) {
            crisisLex(crisisStreams.get());
        } else {
            System.out.println("(shared/data/crisis_streams not found: CrisisLexT26 skipped)\n");
        }
    }

    /** Alarms of each method on one stream: the detector's signals, then the two rules. */
    static List<List<Instant>> alarms(List<Observation> mentions, Instant start, Instant end) {
        List<Instant> detector = Replay.play(new RhythmDetector(DetectorSettings.DEFAULTS), mentions, end).stream()
                .map(Signal::detected).toList();
        int threshold = Alarms.fixedThreshold(mentions, start);
        return List.of(episodes(detector),
                episodes(Alarms.fixed(mentions, start, start.plus(Duration.ofDays(7)), end, threshold)),
                episodes(Alarms.lastHourVsTwelve(mentions, start, start, end)));
    }

    /** The first of each group of alarms less than an hour apart. */
    static List<Instant> episodes(List<Instant> alarms) {
        List<Instant> episodes = new ArrayList<>();
        Instant last = null;
        for (Instant alarm : alarms.stream().sorted().toList()) {
            if (last == null || Duration.between(last, alarm).compareTo(SAME_ALARM) >= 0) {
                episodes.add(alarm);
            }
            last = alarm;
        }
        return episodes;
    }

    /** Days each method watches of a run: the detector after a day, the threshold after a week, the rule after 13 hours. */
    static final double[] WATCHED_DAYS = {DAYS - 1, DAYS - 7, DAYS - 13 / 24.0};

    static void ordinary() {
        System.out.println("## Ordinary traffic: false alarms per 30 days\n");
        System.out.println(SEEDS + " generated runs of " + DAYS + " days each, from Monday " + START + "; each method"
                + " counted over the days it watches (the detector after 1 day of learning, the fixed threshold after"
                + " the week it is set from, the rule after 13 hours).\n");
        System.out.println("| stream | detector | fixed threshold | last hour vs 12 |");
        System.out.println("| --- | ---: | ---: | ---: |");
        for (boolean conversations : new boolean[] {false, true}) {
            for (double perDay : new double[] {50, 500, 5000}) {
                int[] alarms = new int[METHODS.length];
                for (int seed = 1; seed <= SEEDS; seed++) {
                    Traffic traffic = Traffic.ordinary(seed, START, Duration.ofDays(DAYS), perDay);
                    if (!conversations) {
                        traffic.withoutConversations();
                    }
                    List<List<Instant>> raised = alarms(traffic.generate().mentions(), START, traffic.end());
                    for (int method = 0; method < METHODS.length; method++) {
                        alarms[method] += raised.get(method).size();
                    }
                }
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %,.0f a day, %s |", perDay,
                        conversations ? "with conversations" : "Poisson only"));
                for (int method = 0; method < METHODS.length; method++) {
                    row.append(String.format(Locale.ROOT, " %.2f (%d) |", alarms[method] * DAYS
                            / (SEEDS * WATCHED_DAYS[method]), alarms[method]));
                }
                System.out.println(row);
            }
        }
        System.out.println("\n(per 30 days; in brackets the alarms in all " + SEEDS + " runs)\n");
    }

    static void injected() {
        System.out.println("## Injected crises: delay after the onset\n");
        System.out.println(SEEDS + " runs per row of 21 days of ordinary traffic with conversations; a crisis of 2"
                + " hours from a random minute between 9:00 and 17:00 on a weekday of the second or third week:"
                + " the ordinary rate at the onset times N added on top, 70% negative. Detected: the first alarm"
                + " within 2 hours of the onset. Onset error: the detector's estimated onset minus the true one.\n");
        System.out.println("| stream | crisis | method | detected | median delay | 90th percentile | worst | within 15 min |"
                + " onset error: median, worst, within 15 min |");
        System.out.println("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |");
        for (double perDay : new double[] {500, 5000}) {
            for (double times : new double[] {3, 6, 10}) {
                List<List<Long>> delays = new ArrayList<>();
                for (int method = 0; method < METHODS.length; method++) {
                    delays.add(new ArrayList<>());
                }
                List<Long> onsetErrors = new ArrayList<>();
                for (int seed = 1; seed <= SEEDS; seed++) {
                    Instant onset = onset(seed);
                    Traffic traffic = Traffic.ordinary(seed, START, Duration.ofDays(21), perDay).generate()
                            .crisis(onset, Duration.ofHours(2), times + 1, 0.7, null);
                    List<Observation> mentions = traffic.mentions();
                    List<Signal> signals = Replay.play(new RhythmDetector(DetectorSettings.DEFAULTS), mentions,
                            traffic.end());
                    firstWithin(signals.stream().map(Signal::detected).toList(), onset).ifPresent(detected -> {
                        delays.get(0).add(Duration.between(onset, detected).toMinutes());
                        Signal first = signals.stream().filter(signal -> signal.detected().equals(detected)).findFirst()
                                .orElseThrow();
                        onsetErrors.add(Duration.between(onset, first.onset()).toMinutes());
                    });
                    int threshold = Alarms.fixedThreshold(mentions, START);
                    firstWithin(Alarms.fixed(mentions, START, START.plus(Duration.ofDays(7)), traffic.end(), threshold),
                            onset).ifPresent(detected -> delays.get(1).add(Duration.between(onset, detected).toMinutes()));
                    firstWithin(Alarms.lastHourVsTwelve(mentions, START, START, traffic.end()), onset)
                            .ifPresent(detected -> delays.get(2).add(Duration.between(onset, detected).toMinutes()));
                }
                for (int method = 0; method < METHODS.length; method++) {
                    List<Long> sorted = delays.get(method).stream().sorted().toList();
                    String errors = method > 0 ? "" : onsetErrors.isEmpty() ? "–" : String.format(Locale.ROOT,
                            "%+d min, %+d min, %d", median(onsetErrors.stream().sorted().toList()),
                            onsetErrors.stream().max((a, b) -> Long.compare(Math.abs(a), Math.abs(b))).orElseThrow(),
                            onsetErrors.stream().filter(error -> Math.abs(error) <= 15).count());
                    System.out.printf(Locale.ROOT, "| %,.0f a day | +%.0f× | %s | %d of %d | %s | %s | %s | %d | %s |%n",
                            perDay, times, METHODS[method], sorted.size(), SEEDS, minutes(median(sorted)),
                            minutes(percentile(sorted, 0.9)),
                            minutes(sorted.isEmpty() ? null : sorted.get(sorted.size() - 1)),
                            sorted.stream().filter(delay -> delay <= 15).count(), errors);
                }
            }
        }
        System.out.println();
    }

    /** A weekday of days 8 to 20, between 9:00 and 17:00 local time, at a random minute and second. */
    static Instant onset(long seed) {
        SplittableRandom random = new SplittableRandom(seed * 7919);
        LocalDate day;
        do {
            day = LocalDate.parse("2026-01-05").plusDays(7 + random.nextInt(13));
        } while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
        return day.atTime(9, 0).atZone(DetectorSettings.AMSTERDAM).toInstant()
                .plusSeconds(random.nextInt(8 * 3600));
    }

    static Optional<Instant> firstWithin(List<Instant> alarms, Instant onset) {
        return alarms.stream().sorted().filter(alarm -> !alarm.isBefore(onset))
                .filter(alarm -> alarm.isBefore(onset.plus(Duration.ofHours(2)))).findFirst();
    }

    static void crisisLex(Path folder) {
        List<CrisisStreams.Event> events = CrisisStreams.events(folder);
        System.out.println("## CrisisLexT26: " + events.size() + " real crises on an ordinary background\n");
        System.out.println("Each event's hourly volume of all collected tweets (" + folder + ") on top of "
                + Embedded.BACKGROUND_DAYS + " days before it and the event's own days of generated ordinary traffic"
                + " of 500 mentions a day (with conversations); the event's tweets count as neutral. Onset: the"
                + " first hour with at least 10% of the event's peak hour (the collections start with the event,"
                + " so this is a rule, not a known truth). Delay: from the start of that hour to the first alarm"
                + " from an hour before it on (negative: raised in the build-up); – : nothing within 24 hours."
                + " False alarms: in the " + Embedded.BACKGROUND_DAYS + " days before the event's first hour.\n");
        System.out.println("| event | onset hour (tweets; peak) | detector | fixed threshold | last hour vs 12 | false alarms"
                + " before (detector, fixed, rule) |");
        System.out.println("| --- | --- | ---: | ---: | ---: | --- |");
        int[] within60 = new int[METHODS.length];
        int[] within120 = new int[METHODS.length];
        int[] falseAlarms = new int[METHODS.length];
        List<List<Long>> delays = new ArrayList<>();
        for (int method = 0; method < METHODS.length; method++) {
            delays.add(new ArrayList<>());
        }
        long seed = 0;
        for (CrisisStreams.Event event : events) {
            Embedded embedded = Embedded.of(event, 500, ++seed);
            List<List<Instant>> raised = alarms(embedded.mentions(), embedded.start(), embedded.end());
            Instant first = event.hours().get(0);
            int onsetCount = event.counts().get(event.hours().indexOf(embedded.onset()));
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s (%d; %d) |", event.name(),
                    embedded.onset().toString().substring(0, 13), onsetCount, event.peak()));
            StringBuilder before = new StringBuilder();
            for (int method = 0; method < METHODS.length; method++) {
                List<Instant> alarms = raised.get(method);
                long early = alarms.stream().filter(alarm -> alarm.isBefore(first)).count();
                falseAlarms[method] += (int) early;
                before.append(method == 0 ? "" : ", ").append(early);
                Optional<Instant> detected = alarms.stream()
                        .filter(alarm -> !alarm.isBefore(embedded.onset().minus(Duration.ofHours(1))))
                        .filter(alarm -> alarm.isBefore(embedded.onset().plus(Duration.ofHours(24)))).findFirst();
                Long delay = detected.map(alarm -> Duration.between(embedded.onset(), alarm).toMinutes()).orElse(null);
                if (delay != null) {
                    delays.get(method).add(delay);
                    within60[method] += delay <= 60 ? 1 : 0;
                    within120[method] += delay <= 120 ? 1 : 0;
                }
                row.append(' ').append(minutes(delay)).append(" |");
            }
            System.out.println(row.append(' ').append(before).append(" |"));
        }
        System.out.println();
        for (int method = 0; method < METHODS.length; method++) {
            List<Long> sorted = delays.get(method).stream().sorted().toList();
            System.out.printf(Locale.ROOT, "- %s: detected %d of %d within 24 hours, %d within 1 hour and %d within"
                    + " 2 hours of the onset hour's start; median delay %s; %d false alarms in %d × %d background days%n",
                    METHODS[method], sorted.size(), events.size(), within60[method], within120[method],
                    minutes(median(sorted)), falseAlarms[method], events.size(), Embedded.BACKGROUND_DAYS);
        }
        System.out.println();
    }

    static Long median(List<Long> sorted) {
        return sorted.isEmpty() ? null : sorted.get(sorted.size() / 2);
    }

    static Long percentile(List<Long> sorted, double share) {
        return sorted.isEmpty() ? null
                : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(share * sorted.size()) - 1));
    }

    static String minutes(Long minutes) {
        return minutes == null ? "–" : minutes + " min";
    }
}
