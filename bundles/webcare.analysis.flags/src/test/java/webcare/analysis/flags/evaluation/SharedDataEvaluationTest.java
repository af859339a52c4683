package webcare.analysis.flags.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webcare.analysis.api.FlagDetector;
import webcare.analysis.api.FlagType;

/**
 * Abuse and threats against the public data in {@code ../shared/data}, when it is there (skipped
 * otherwise): floors below today's numbers (docs/FLAGS.md), so that a list edit that costs
 * recall or precision fails.
 */
class SharedDataEvaluationTest {

    private final Optional<Path> shared = SharedData.folder();
    private final List<FlagDetector> detectors = Detectors.all(null, problem -> { });

    @Test
    void hateCheckThreatsAndAbuseStayAboveTheFloor() {
        assumeTrue(shared.isPresent(), "../shared/data is absent");
        Scores threats = new Scores();
        Scores abuse = new Scores();
        for (SharedData.Row row : SharedData.read(shared.get().resolve("abuse_nl_hatecheck.jsonl"))) {
            List<webcare.analysis.api.Flag> flags = Detectors.detect(detectors, row.text(), "nl");
            boolean threat = flags.stream().anyMatch(flag -> flag.type() == FlagType.THREAT);
            boolean abusive = flags.stream().anyMatch(flag -> flag.type().kind() == FlagType.Kind.ABUSE);
            score(threats, SharedData.THREAT_EXPECTED.contains(row.functionality()),
                    SharedData.NOTHING_EXPECTED.contains(row.functionality()), threat);
            score(abuse, SharedData.ABUSE_EXPECTED.contains(row.functionality()),
                    SharedData.NOTHING_EXPECTED.contains(row.functionality()), abusive);
        }
        assertThat(threats.get(Scores.OVERALL).precision()).as("threat precision").isGreaterThanOrEqualTo(0.9);
        assertThat(threats.get(Scores.OVERALL).recall()).as("threat recall").isGreaterThanOrEqualTo(0.7);
        assertThat(abuse.get(Scores.OVERALL).precision()).as("abuse precision").isGreaterThanOrEqualTo(0.9);
        assertThat(abuse.get(Scores.OVERALL).recall()).as("abuse recall").isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void offensiveEnglishTweetsAreFlaggedPrecisely() {
        assumeTrue(shared.isPresent(), "../shared/data is absent");
        Scores scores = new Scores();
        for (SharedData.Row row : SharedData.read(shared.get().resolve("tweets_en_offensive.jsonl"))) {
            boolean flagged = Detectors.detect(detectors, row.text(), "en").stream()
                    .anyMatch(flag -> flag.type().kind() != FlagType.Kind.PRIVATE_DATA);
            score(scores, "offensive".equals(row.label()), !"offensive".equals(row.label()), flagged);
        }
        assertThat(scores.get(Scores.OVERALL).precision()).as("precision").isGreaterThanOrEqualTo(0.8);
        assertThat(scores.get(Scores.OVERALL).recall()).as("recall").isGreaterThanOrEqualTo(0.33);
    }

    private static void score(Scores scores, boolean expected, boolean nothingExpected, boolean flagged) {
        if (expected) {
            if (flagged) {
                scores.truePositive("flag");
            } else {
                scores.falseNegative("flag");
            }
        } else if (nothingExpected && flagged) {
            scores.falsePositive("flag");
        }
    }
}
