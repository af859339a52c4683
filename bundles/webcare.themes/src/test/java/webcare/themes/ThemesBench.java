package webcare.themes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import webcare.themes.api.ThemeItem;
import webcare.themes.api.ThemeParameters;
import webcare.themes.api.ThemeReport;

/**
 * How long {@link GrowingThemes#find} takes for a period of N complaints against a period before
 * of N: {@code java -cp <webcare.themes.jar>:<webcare.themes.api.jar>:<test-classes> webcare.themes.ThemesBench [N]}
 * (docs/THEMES.md has the exact command; run it under {@code taskset -c 0} for one core). The
 * complaints are generated: Dutch and English tweets and reviews of 8 to 40 words drawn from a
 * Zipf-distributed vocabulary of 20,000 words, with links, handles and numbers in between, and
 * one theme that grows in the second period. Prints the median of 7 timed runs after 3 warm-ups, in CPU time of
 * the thread (the number that counts on a busy machine) and wall time.
 */
public final class ThemesBench {

    private static final String[] COMMON = ("de het een en niet geen is was ik mijn jullie al weer nog the a and not "
            + "my is was you your again still bestelling pakket levering bezorging klantenservice wachttijd factuur "
            + "app website storing kapot order delivery parcel refund support waiting invoice broken login error "
            + "medewerker winkel kassa prijs korting retour terugbetaling telefoon mail antwoord slecht traag boos "
            + "customer service store price return phone answer slow bad angry rude late missing wrong").split(" ");
    private static final int VOCABULARY = 20_000;

    private ThemesBench() {}

    public static void main(String[] arguments) {
        int size = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 50_000;
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        List<ThemeItem> before = complaints(new Random(1), size, start, false);
        List<ThemeItem> now = complaints(new Random(2), size, start.plus(Duration.ofDays(7)), true);
        GrowingThemes finder = new GrowingThemes();
        ThemeReport report = null;
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            report = finder.find(now, before, ThemeParameters.DEFAULTS);
        }
        // CPU time of this thread as well as wall time: on a shared machine the wall clock counts others' work
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[7];
        long[] cpu = new long[wall.length];
        for (int run = 0; run < wall.length; run++) {
            long began = System.nanoTime();
            long cpuBegan = threads.getCurrentThreadCpuTime();
            report = finder.find(now, before, ThemeParameters.DEFAULTS);
            cpu[run] = (threads.getCurrentThreadCpuTime() - cpuBegan) / 1_000_000;
            wall[run] = (System.nanoTime() - began) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%,d complaints against %,d before: median %d ms CPU (min %d, max %d), %d ms wall (min %d); "
                + "%d processor(s); first theme \"%s\"%n", size, size, cpu[cpu.length / 2], cpu[0], cpu[cpu.length - 1],
                wall[wall.length / 2], wall[0], Runtime.getRuntime().availableProcessors(),
                report.themes().get(0).term());
    }

    /** {@code count} generated complaints an average of 37 seconds apart; {@code growing}: a tenth are about a broken lift. */
    static List<ThemeItem> complaints(Random random, int count, Instant start, boolean growing) {
        String[] rare = new String[VOCABULARY];
        Random words = new Random(42); // the same vocabulary in both periods
        for (int i = 0; i < rare.length; i++) {
            rare[i] = word(words);
        }
        List<ThemeItem> items = new ArrayList<>(count);
        StringBuilder text = new StringBuilder(400);
        for (int i = 0; i < count; i++) {
            text.setLength(0);
            int length = 8 + random.nextInt(33);
            for (int w = 0; w < length; w++) {
                double pick = random.nextDouble();
                if (pick < 0.5) {
                    text.append(COMMON[random.nextInt(COMMON.length)]);
                } else if (pick < 0.52) {
                    text.append(random.nextBoolean() ? "https://t.co/" + word(random) : "@" + word(random));
                } else if (pick < 0.54) {
                    text.append(random.nextInt(100_000));
                } else {
                    // log-uniform ranks, about Zipf's law: a few words are common, most are rare
                    text.append(rare[(int) Math.pow(VOCABULARY, random.nextDouble()) - 1]);
                }
                text.append(random.nextInt(12) == 0 ? ". " : " ");
            }
            if (growing && i % 10 == 0) {
                text.append("de lift is weer kapot");
            }
            items.add(new ThemeItem(i, start.plusSeconds(37L * i), "twitter", i % 3 == 0 ? "en" : "nl", text.toString()));
        }
        return items;
    }

    private static String word(Random random) {
        char[] letters = new char[4 + random.nextInt(7)];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(letters);
    }
}
