package webcare.ui.themes.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import webcare.launch.testing.HomeLaunch;
import webcare.model.Author;
import webcare.model.Mention;
import webcare.model.MentionKind;
import webcare.store.api.InboxRepository.StoredMention;
import webcare.store.api.InboxRepository.Triaged;
import webcare.store.sql.SqlComplaintRepository;
import webcare.store.sql.SqlInboxRepository;
import webcare.store.sql.SqlMentionRepository;
import webcare.store.sql.H2Store;
import webcare.themes.GrowingThemes;

/**
 * What pressing F5 in the Themes view costs with a full store: {@code N} triaged mentions over 14
 * days (half of them negative) in a fresh H2 file, then {@link ThemesWork#themes} for the last 7
 * days against the 7 before, timed 5 times after 2 warm-ups (median; CPU time of the thread and
 * wall time). Run: see docs/THEMES.md.
 */
public final class ThemesWorkBench {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final String[] WORDS = ("pakket bezorging vertraagd kwijt factuur fout app storing inloggen "
            + "klantenservice wachttijd terugbetaling retour kapot medewerker onbeleefd prijs korting winkel "
            + "parcel delivery late refund broken login error support rude waiting invoice store price").split(" ");

    private ThemesWorkBench() {}

    public static void main(String[] arguments) throws Exception {
        int size = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 200_000;
        Path home = Files.createTempDirectory("themes-bench");
        H2Store store = new H2Store(new HomeLaunch(home));
        try {
            fill(store, size);
            ThemesWork work = new ThemesWork(store, new SqlComplaintRepository(), new GrowingThemes(),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            ThemesWork.ThemesResult result = null;
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                result = work.themes(Period.WEEK, null);
            }
            long[] cpu = new long[5];
            long[] wall = new long[cpu.length];
            for (int run = 0; run < cpu.length; run++) {
                long began = System.nanoTime();
                long cpuBegan = threads.getCurrentThreadCpuTime();
                result = work.themes(Period.WEEK, null);
                cpu[run] = (threads.getCurrentThreadCpuTime() - cpuBegan) / 1_000_000;
                wall[run] = (System.nanoTime() - began) / 1_000_000;
            }
            java.util.Arrays.sort(cpu);
            java.util.Arrays.sort(wall);
            System.out.printf("%,d stored mentions, %,d complaints this week and %,d the week before%s: "
                    + "median %d ms CPU, %d ms wall; first theme \"%s\"%n", size, result.report().itemsNow(),
                    result.report().itemsBefore(), result.capped() ? " (capped)" : "", cpu[cpu.length / 2],
                    wall[wall.length / 2], result.report().themes().get(0).term());
        } finally {
            store.close();
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** {@code size} mentions a few seconds apart over 14 days, each triaged, every other one negative. */
    private static void fill(H2Store store, int size) throws Exception {
        SqlMentionRepository mentions = new SqlMentionRepository();
        SqlInboxRepository inbox = new SqlInboxRepository();
        Random random = new Random(7);
        long spacing = Duration.ofDays(14).toSeconds() / size;
        for (int from = 0; from < size; from += 1_000) {
            List<Mention> batch = new ArrayList<>();
            for (int i = from; i < Math.min(size, from + 1_000); i++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 12; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                Instant created = NOW.minusSeconds(spacing * (size - i));
                if (i % 9 == 0 && created.isAfter(NOW.minus(Duration.ofDays(7)))) {
                    text.append("de lift is weer kapot");
                }
                batch.add(new Mention("twitter", "brand", "b" + i, MentionKind.POST, null, null,
                        new Author(null, "klant" + i % 5000, null, 10L, null), text.toString(), "nl", null, null,
                        created, null, null, false));
            }
            store.inTransaction(tx -> {
                mentions.save(tx, batch);
                List<Triaged> triaged = new ArrayList<>();
                for (StoredMention stored : inbox.untriaged(tx, batch.size())) {
                    boolean negative = stored.id() % 2 == 0;
                    triaged.add(new Triaged(stored.id(), "nl", negative ? -0.5 : 0.2, negative ? "NEGATIVE" : "NEUTRAL",
                            "MONITOR", 10, NOW, "[]", "[]", negative, NOW));
                }
                inbox.saveTriage(tx, triaged, Set.of());
                return null;
            });
        }
    }
}
