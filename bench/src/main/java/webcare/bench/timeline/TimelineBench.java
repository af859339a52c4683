package webcare.bench.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import webcare.launch.testing.HomeLaunch;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.model.plan.Plan;
import webcare.plan.api.WorkingPlan;
import webcare.plan.testing.UnusedPlanBook;
import webcare.response.api.Incident;
import webcare.response.api.OpenRequest;
import webcare.response.api.Origin;
import webcare.response.flow.PlanIncidents;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlIncidentRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.H2Store;
import webcare.ui.incidents.model.IncidentsWork;
import webcare.ui.incidents.model.Picture;
import webcare.ui.incidents.model.TimeAxis;

/**
 * How fast the Incidents view opens and pans the timeline of an incident with N linked messages:
 * a fresh H2 file with N messages over two days linked to one incident (plus a hundred timeline
 * entries), then the view's own reading ({@code IncidentsWork.picture}) timed: the first opening
 * after the database opened, repeated openings, and pans of a tenth of the width and zooms.
 *
 * usage: TimelineBench [--linked N] [--rounds R] [--work DIR]
 */
public final class TimelineBench {

    private static final Instant START = Instant.parse("2026-12-01T06:00:00Z");

    private TimelineBench() {}

    public static void main(String[] args) throws Exception {
        int linked = 200_000;
        int rounds = 20;
        Path work = Files.createTempDirectory("webcare-timeline-bench");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--linked" -> linked = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long id = prepare(work, linked);
        H2Store store = new H2Store(new HomeLaunch(work, "bench"));
        try {
            PlanIncidents incidents = new PlanIncidents(store, new SqlIncidentRepository(), new EmptyPlan(),
                    new SqlInboxRepository());
            IncidentsWork view = new IncidentsWork(incidents, Optional.empty(), Optional.empty(), Clock.systemUTC());
            long first = timed(() -> view.picture(id, Optional.empty()));
            long[] opens = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                opens[i] = timed(() -> view.picture(id, Optional.empty()));
            }
            Picture whole = view.picture(id, Optional.empty()).orElseThrow();
            TimeAxis axis = TimeAxis.fitting(whole.first(), whole.last(), 1000);
            long[] pans = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                TimeAxis panned = axis.zoomed(4, 500).panned((i - rounds / 2) * 100);
                pans[i] = timed(() -> view.picture(id, Optional.of(panned)));
            }
            System.out.printf("| linked messages | %,d |%n| buckets drawn at 1000 px (whole incident) | %d of %d s |%n",
                    whole.incident().linkedMentions(), whole.volume().size(), whole.bucketSeconds());
            System.out.printf("| first opening after the database opened, ms | %d |%n", first / 1_000_000);
            System.out.printf("| opening again, ms: median / max of %d | %d / %d |%n", rounds, median(opens) / 1_000_000,
                    Arrays.stream(opens).max().orElse(0) / 1_000_000);
            System.out.printf("| a pan or zoom (the volume counted anew), ms: median / max of %d | %d / %d |%n", rounds,
                    median(pans) / 1_000_000, Arrays.stream(pans).max().orElse(0) / 1_000_000);
        } finally {
            store.close();
        }
    }

    /** The file with its messages and incident, made once per work folder; returns the incident's id. */
    private static long prepare(Path work, int linked) throws Exception {
        Path marker = work.resolve("incident.id");
        if (Files.exists(marker)) {
            return Long.parseLong(Files.readString(marker).strip());
        }
        H2Store store = new H2Store(new HomeLaunch(work, "bench"));
        try {
            SqlMentionRepository mentions = new SqlMentionRepository();
            long seconds = Duration.ofDays(2).getSeconds();
            for (int done = 0; done < linked; done += 10_000) {
                int from = done;
                int to = Math.min(linked, done + 10_000);
                store.inTransaction(tx -> {
                    List<Mention> batch = new ArrayList<>();
                    for (int i = from; i < to; i++) {
                        batch.add(new Mention("twitter", "bench", "t" + i, MentionKind.POST, null, null,
                                new Author(null, "a" + i % 5_000, "A", 10L, null), "storing bij betalen " + i, null, null,
                                null, START.plusSeconds(seconds * i / linked), null, null, false));
                    }
                    mentions.save(tx, batch);
                    return null;
                });
                System.err.printf("timeline bench: %,d messages stored%n", to);
            }
            PlanIncidents incidents = new PlanIncidents(store, new SqlIncidentRepository(), new EmptyPlan(),
                    new SqlInboxRepository());
            Incident incident = incidents.open(new OpenRequest("Bench", Optional.empty(), Origin.MANUAL, START,
                    Optional.empty(), START, "nl", false, Set.of(), "bench", List.of(), "bench"));
            for (long first = 1; first <= linked; first += 10_000) {
                List<Long> ids = new ArrayList<>();
                for (long each = first; each < first + 10_000 && each <= linked; each++) {
                    ids.add(each);
                }
                incidents.link(incident.id(), ids, "bench", "bench");
                System.err.printf("timeline bench: %,d linked%n", first + ids.size() - 1);
            }
            for (int i = 0; i < 100; i++) {
                incidents.publicUpdate(incident.id(), "update " + i, "bench");
            }
            Files.writeString(marker, String.valueOf(incident.id()));
            return incident.id();
        } finally {
            store.close();
        }
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A crisis plan with nothing in it: the bench opens its incident without a scenario. */
    private static final class EmptyPlan extends UnusedPlanBook {
        private final WorkingPlan plan = new WorkingPlan(Plan.empty("Bench"), 0, START, "bench");

        @Override
        public WorkingPlan working() {
            return plan;
        }
    }
}
