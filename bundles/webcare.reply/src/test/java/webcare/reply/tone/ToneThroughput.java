package webcare.reply.tone;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import webcare.analysis.flags.evaluation.Detectors;
import webcare.reply.api.DraftReply;

/**
 * Drafts of 280 characters per second through the tone check on one thread, with the bundled
 * lists and all three of webcare.analysis.flags's detectors registered, as in the product: a
 * warm-up, then rounds counted per second of the thread's CPU time and of wall-clock time.
 * Run: {@code java -cp <test classpath> webcare.reply.tone.ToneThroughput [lists-only]} (docs/REPLIES.md);
 * {@code lists-only} registers no detector, to see what the lists and shouting cost alone.
 */
public final class ToneThroughput {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 5;
    private static final long ROUND_MILLIS = 1_000;

    /** Three drafts: polite Dutch, polite English, and one that trips several rules (public, so private data counts). */
    static final List<String> DRAFTS = List.of(
            fit("Hallo Anouk, dank voor uw bericht. Wat vervelend dat dit gebeurd is. We zoeken het graag voor u uit: "
                    + "wilt u ons via een DM laten weten wat er precies aan de hand is? Dan kijken we met u naar de bestelling "
                    + "en de levering van vorige week. ^Sanne "),
            fit("Hi Sam, thanks for letting us know, and sorry this happened. We'd like to sort it out for you: could you "
                    + "send us the details via a DM? We'll look into the order and the delivery from last week and get back "
                    + "to you today. ^Alex "),
            fit("U heeft het mis, dat is niet ons probleem!! Dat had u zelf moeten controleren. ECHT. U krijgt wel 10% korting, "
                    + "maak het over naar NL91ABNA0417164300 of bel 06-12345678. Nou fijn. Zoals we al zeiden: uw eigen schuld. "));

    private ToneThroughput() {
    }

    public static void main(String[] args) {
        ToneChecker checker = new ToneChecker(ToneRules.load(null, System.err::println), Duration.ofMinutes(60));
        if (args.length == 0 || !args[0].equals("lists-only")) {
            Detectors.all(null, System.err::println).forEach(checker::addDetector);
        }
        run(checker, 2_000);
        for (int round = 1; round <= ROUNDS; round++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            long done = run(checker, ROUND_MILLIS);
            System.out.printf("round %d: %,.0f drafts/s per CPU second, %,.0f per wall-clock second%n", round,
                    done / ((THREADS.getCurrentThreadCpuTime() - cpu) / 1e9), done / ((System.nanoTime() - wall) / 1e9));
        }
    }

    private static long run(ToneChecker checker, long millis) {
        Instant now = Instant.parse("2026-12-05T14:00:00Z");
        long deadline = System.nanoTime() + millis * 1_000_000;
        long done = 0;
        int warnings = 0;
        while (System.nanoTime() < deadline) {
            for (String draft : DRAFTS) {
                warnings += checker.check(new DraftReply(draft, "nl", true, true, now.minusSeconds(600), false, now)).size();
                done++;
            }
        }
        if (warnings < 0) {
            throw new AssertionError("unreachable: keeps the results alive");
        }
        return done;
    }

    /** {@code text} cut or padded with its own start to exactly 280 characters. */
    private static String fit(String text) {
        StringBuilder fitted = new StringBuilder(text);
        while (fitted.length() < 280) {
            fitted.append(text, 0, Math.min(text.length(), 280 - fitted.length()));
        }
        return fitted.substring(0, 280);
    }
}
