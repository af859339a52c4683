package webcare.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import webcare.triage.api.Decision;
import webcare.triage.api.TriageInput;
import webcare.triage.testing.Configs;
import webcare.triage.testing.Items;

class DueTimesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant POSTED = Instant.parse("2026-11-16T11:00:00Z");

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(AMSTERDAM).toInstant();
    }

    @Test
    void twentyFourHoursAfterPostingUnlessADecisionSaysOtherwise() {
        DueTimes due = new DueTimes(24, "ESCALATE=1, HIDE_AND_EXPLAIN=4");

        assertThat(due.due(POSTED, "twitter", Decision.RESPOND)).isEqualTo(POSTED.plus(Duration.ofHours(24)));
        assertThat(due.due(POSTED, "twitter", Decision.ESCALATE)).isEqualTo(POSTED.plus(Duration.ofHours(1)));
        assertThat(due.due(POSTED, "google", Decision.HIDE_AND_EXPLAIN)).isEqualTo(POSTED.plus(Duration.ofHours(4)));
    }

    @Test
    void perSourceTheShorterOfSourceAndDecisionAndTheExactPairFirst() {
        DueTimes due = new DueTimes(24, "ESCALATE=1, twitter=4, Google=72, google/RESPOND=48, twitter/ESCALATE=0.5");

        assertThat(due.due(POSTED, "twitter", Decision.RESPOND)).as("source alone").isEqualTo(POSTED.plus(Duration.ofHours(4)));
        assertThat(due.due(POSTED, "google", Decision.ESCALATE)).as("shorter: the decision")
                .isEqualTo(POSTED.plus(Duration.ofHours(1)));
        assertThat(due.due(POSTED, "google", Decision.MONITOR)).as("source names are case-insensitive")
                .isEqualTo(POSTED.plus(Duration.ofHours(72)));
        assertThat(due.due(POSTED, "google", Decision.RESPOND)).as("the exact pair")
                .isEqualTo(POSTED.plus(Duration.ofHours(48)));
        assertThat(due.due(POSTED, "twitter", Decision.ESCALATE)).isEqualTo(POSTED.plus(Duration.ofMinutes(30)));
        assertThat(due.due(POSTED, "facebook", Decision.NO_ACTION)).isEqualTo(POSTED.plus(Duration.ofHours(24)));
    }

    @Test
    void dueHoursAreRealHoursAcrossTheAutumnClockChange() {
        // 25 October 2026, 03:00 CEST becomes 02:00 CET: the author waits 24 real hours, the clock shows 09:00
        Instant posted = local("2026-10-24T10:00");
        Instant due = new DueTimes(24, "").due(posted, "twitter", Decision.RESPOND);

        assertThat(ZonedDateTime.ofInstant(due, AMSTERDAM).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-10-25T09:00"));
        assertThat(Duration.between(posted, due)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void dueHoursAreRealHoursAcrossTheSpringClockChange() {
        // 29 March 2026, 02:00 CET becomes 03:00 CEST
        Instant posted = local("2026-03-29T01:30");
        Instant due = new DueTimes(24, "ESCALATE=1").due(posted, "twitter", Decision.ESCALATE);

        assertThat(ZonedDateTime.ofInstant(due, AMSTERDAM).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-03-29T03:30"));
    }

    @Test
    void theEngineUsesTheConfiguredDueTimesPerSource() {
        TriageEngine engine = new TriageEngine(Configs.with(Map.of("dueHours.overrides", "twitter=2")));

        assertThat(engine.triage(new TriageInput(Items.post("Mijn pakket is te laat"), Items.negative(),
                webcare.model.plan.Plan.empty("x"), engine.memoryContext())).due())
                .isEqualTo(Items.MONDAY_NOON.plus(Duration.ofHours(2)));
    }

    @Test
    void aBadEntryIsNamedWithWhatToWrite() {
        assertThatThrownBy(() -> new DueTimes(24, "twitter=soon")).hasMessage("'twitter=soon' in dueHours.overrides "
                + "of etc/webcare.triage.cfg is not DECISION=hours, source=hours or source/DECISION=hours: correct it");
        assertThatThrownBy(() -> new DueTimes(24, "twitter/ANSWER=2")).hasMessageContaining("'ANSWER' is no decision");
        assertThatThrownBy(() -> new DueTimes(-1, "")).hasMessage(
                "dueHours in etc/webcare.triage.cfg must be 0 to 8784 hours, not -1.0");
    }
}
