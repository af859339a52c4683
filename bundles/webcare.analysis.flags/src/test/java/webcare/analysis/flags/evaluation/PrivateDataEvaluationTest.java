package webcare.analysis.flags.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import webcare.analysis.api.FlagType;

/** Precision and recall per private-data type on the annotated set, held to a floor. */
class PrivateDataEvaluationTest {

    /** Floors below what the detector reaches today (see docs/FLAGS.md), so a regression fails. */
    private static final double OVERALL_FLOOR = 0.97;
    private static final double TYPE_FLOOR = 0.9;

    private final List<PrivateDataSet.Item> items = PrivateDataSet.load();

    @Test
    void theSetIsLargeMixedAndWellFormed() {
        assertThat(items).hasSizeGreaterThanOrEqualTo(200);
        assertThat(items).extracting(PrivateDataSet.Item::lang).contains("nl", "en");
        assertThat(items.stream().filter(item -> item.spans().isEmpty()).count()).isGreaterThanOrEqualTo(60);
        for (PrivateDataSet.Item item : items) {
            for (PrivateDataSet.Span span : item.spans()) {
                assertThat(span.end()).as("line %d", item.line()).isLessThanOrEqualTo(item.text().length()).isGreaterThan(span.start());
            }
        }
    }

    @Test
    void precisionAndRecallReachTheFloorPerTypeAndOverall() {
        List<String> mistakes = new ArrayList<>();
        Scores scores = PrivateDataSet.score(Detectors.privateData(problem -> { }, PrivateDataSet.ORDER_PATTERNS), items, mistakes::add);
        SoftAssertions soft = new SoftAssertions();
        for (FlagType type : FlagType.values()) {
            if (type.kind() == FlagType.Kind.PRIVATE_DATA) {
                soft.assertThat(scores.get(type.name()).support()).as("%s in the set", type).isGreaterThanOrEqualTo(8);
                soft.assertThat(scores.get(type.name()).precision()).as("%s precision; %s", type, mistakes).isGreaterThanOrEqualTo(TYPE_FLOOR);
                soft.assertThat(scores.get(type.name()).recall()).as("%s recall; %s", type, mistakes).isGreaterThanOrEqualTo(TYPE_FLOOR);
            }
        }
        soft.assertThat(scores.get(Scores.OVERALL).precision()).as("overall precision; %s", mistakes).isGreaterThanOrEqualTo(OVERALL_FLOOR);
        soft.assertThat(scores.get(Scores.OVERALL).recall()).as("overall recall; %s", mistakes).isGreaterThanOrEqualTo(OVERALL_FLOOR);
        soft.assertAll();
    }
}
