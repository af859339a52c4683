package webcare.analysis.flags.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** True and false positives and false negatives per label, with precision and recall. */
public final class Scores {

    /** Counts of one label. */
    public static final class Count {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        public double precision() {
            int flagged = truePositives + falsePositives;
            return flagged == 0 ? 1.0 : (double) truePositives / flagged;
        }

        public double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }

        public int support() {
            return truePositives + falseNegatives;
        }
    }

    /** The label summing all others. */
    public static final String OVERALL = "overall";

    private final Map<String, Count> counts = new TreeMap<>();

    public void truePositive(String label) {
        count(label).truePositives++;
        count(OVERALL).truePositives++;
    }

    public void falsePositive(String label) {
        count(label).falsePositives++;
        count(OVERALL).falsePositives++;
    }

    public void falseNegative(String label) {
        count(label).falseNegatives++;
        count(OVERALL).falseNegatives++;
    }

    public Count get(String label) {
        return counts.getOrDefault(label, new Count());
    }

    private Count count(String label) {
        return counts.computeIfAbsent(label, key -> new Count());
    }

    /** A Markdown table: label, expected, found right, wrong, missed, precision, recall; overall last. */
    public String table(String labelHeader) {
        StringBuilder out = new StringBuilder("| " + labelHeader + " | expected | right | wrong | missed | precision | recall |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        counts.forEach((label, count) -> {
            if (!label.equals(OVERALL)) {
                out.append(row(label, count));
            }
        });
        out.append(row("**" + OVERALL + "**", get(OVERALL)));
        return out.toString();
    }

    private static String row(String label, Count count) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.3f | %.3f |%n", label, count.support(),
                count.truePositives, count.falsePositives, count.falseNegatives, count.precision(), count.recall());
    }
}
