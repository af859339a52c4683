package webcare.analysis.flags.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import webcare.analysis.api.Flag;
import webcare.analysis.api.FlagDetector;
import webcare.analysis.api.FlagType;

/**
 * Abuse and threat flags against public data, per text: does the text get a flag of the kind
 * expected? HateCheck-NL per functionality (the share of its cases flagged THREAT and ABUSE),
 * with precision and recall where a functionality says what to expect; OffensEval (English
 * tweets, offensive or not) as precision and recall of "any abuse or threat flag".
 */
public final class AbuseEvaluation {

    private AbuseEvaluation() {
    }

    private static final class Rates {
        int cases;
        int threat;
        int abuse;
    }

    /** The HateCheck report: a table per functionality, then precision and recall for THREAT and ABUSE. */
    public static String hateCheck(List<FlagDetector> detectors, List<SharedData.Row> rows) {
        Map<String, Rates> byFunctionality = new TreeMap<>();
        Scores scores = new Scores();
        for (SharedData.Row row : rows) {
            List<Flag> flags = Detectors.detect(detectors, row.text(), "nl");
            boolean threat = flags.stream().anyMatch(flag -> flag.type() == FlagType.THREAT);
            boolean abuse = flags.stream().anyMatch(flag -> flag.type().kind() == FlagType.Kind.ABUSE);
            Rates rates = byFunctionality.computeIfAbsent(row.functionality(), key -> new Rates());
            rates.cases++;
            rates.threat += threat ? 1 : 0;
            rates.abuse += abuse ? 1 : 0;
            String functionality = row.functionality();
            if (SharedData.THREAT_EXPECTED.contains(functionality)) {
                count(scores, "THREAT", true, threat);
            } else if (SharedData.NOTHING_EXPECTED.contains(functionality)) {
                count(scores, "THREAT", false, threat);
            }
            if (SharedData.ABUSE_EXPECTED.contains(functionality)) {
                count(scores, "ABUSE", true, abuse);
            } else if (SharedData.NOTHING_EXPECTED.contains(functionality)) {
                count(scores, "ABUSE", false, abuse);
            }
        }
        StringBuilder out = new StringBuilder("| functionality | cases | expected | flagged THREAT | flagged ABUSE |\n"
                + "| --- | ---: | --- | ---: | ---: |\n");
        byFunctionality.forEach((functionality, rates) -> out.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f%% | %.1f%% |%n",
                functionality, rates.cases, expectation(functionality), 100.0 * rates.threat / rates.cases,
                100.0 * rates.abuse / rates.cases)));
        out.append("\nPrecision and recall over the functionalities with an expectation:\n\n").append(scores.table("flag"));
        return out.toString();
    }

    private static String expectation(String functionality) {
        if (SharedData.THREAT_EXPECTED.contains(functionality)) {
            return "THREAT";
        }
        if (SharedData.ABUSE_EXPECTED.contains(functionality)) {
            return "ABUSE";
        }
        return SharedData.NOTHING_EXPECTED.contains(functionality) ? "nothing" : "(not scored)";
    }

    /** OffensEval: offensive means any abuse or threat flag. */
    public static String offensive(List<FlagDetector> detectors, List<SharedData.Row> rows) {
        Scores scores = new Scores();
        for (SharedData.Row row : rows) {
            boolean flagged = Detectors.detect(detectors, row.text(), "en").stream()
                    .anyMatch(flag -> flag.type().kind() != FlagType.Kind.PRIVATE_DATA);
            count(scores, "offensive", "offensive".equals(row.label()), flagged);
        }
        return scores.table("label");
    }

    private static void count(Scores scores, String label, boolean expected, boolean flagged) {
        if (expected && flagged) {
            scores.truePositive(label);
        } else if (flagged) {
            scores.falsePositive(label);
        } else if (expected) {
            scores.falseNegative(label);
        }
    }
}
