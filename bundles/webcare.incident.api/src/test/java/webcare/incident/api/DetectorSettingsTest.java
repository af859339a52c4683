package webcare.incident.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DetectorSettingsTest {

    private static final DetectorSettings D = DetectorSettings.DEFAULTS;

    @Test
    void theThresholdFallsAsTheSensitivityRises() {
        assertThat(D.threshold()).isEqualTo(4.0);
        assertThat(D.withSensitivity(2).threshold()).isEqualTo(2.0);
        assertThat(D.withSensitivity(0.5).threshold()).isEqualTo(8.0);
    }

    @Test
    void eachBadValueIsNamed() {
        assertThatThrownBy(() -> D.withSensitivity(0)).hasMessage("sensitivity must be greater than 0, not 0.0");
        assertThatThrownBy(() -> new DetectorSettings(1, 7, 14, 10, 2, 24, 3, 10, 5, 60, D.zone()))
                .hasMessage("bucketMinutes must divide 60, not 7");
        assertThatThrownBy(() -> new DetectorSettings(1, 5, 12, 10, 2, 24, 3, 10, 5, 60, D.zone()))
                .hasMessage("windowMinutes must be a multiple of bucketMinutes (5), not 12");
        assertThatThrownBy(() -> new DetectorSettings(1, 5, 15, 0, 2, 24, 3, 10, 5, 60, D.zone()))
                .hasMessage("minimumCount must be 1 or more, not 0");
        assertThatThrownBy(() -> new DetectorSettings(1, 5, 15, 10, 0.9, 24, 3, 10, 5, 60, D.zone()))
                .hasMessage("minimumRise must be 1 or more, not 0.9");
        assertThatThrownBy(() -> D.withLearningHours(-1)).hasMessage("learningHours must be 0 or more, not -1");
        assertThatThrownBy(() -> new DetectorSettings(1, 5, 15, 10, 2, 24, 0, 10, 5, 60, D.zone()))
                .hasMessage("adaptHours must be greater than 0, not 0.0");
        assertThatThrownBy(() -> new DetectorSettings(1, 5, 15, 10, 2, 24, 3, -1, 5, 60, D.zone()))
                .hasMessage("latenessMinutes must be 0 or more, not -1");
        assertThatThrownBy(() -> new DetectorSettings(1, 5, 15, 10, 2, 24, 3, 10, -1, 60, D.zone()))
                .hasMessage("futureMinutes must be 0 or more, not -1");
        assertThatThrownBy(() -> new DetectorSettings(1, 5, 15, 10, 2, 24, 3, 10, 5, 4, D.zone()))
                .hasMessage("calmMinutes must be at least bucketMinutes (5), not 4");
        assertThat(D.withZone(ZoneId.of("UTC")).zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void anObservationNeedsItsIdentityAndTakesNullAuthorAndTextAsEmpty() {
        Observation observation = new Observation(Instant.EPOCH, "twitter", "1", false, null, 0, null);

        assertThat(observation.author()).isEmpty();
        assertThat(observation.text()).isEmpty();
        assertThatThrownBy(() -> new Observation(Instant.EPOCH, " ", "1", false, "", 0, ""))
                .hasMessage("source is required");
        assertThatThrownBy(() -> new Observation(Instant.EPOCH, "twitter", "", false, "", 0, ""))
                .hasMessage("id is required");
        assertThatThrownBy(() -> new Observation(Instant.EPOCH, "twitter", "1", false, "", -1, ""))
                .hasMessage("followers must be 0 or more, not -1");
    }
}
