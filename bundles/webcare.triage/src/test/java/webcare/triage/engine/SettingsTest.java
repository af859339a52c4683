package webcare.triage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import webcare.analysis.api.ReachTier;
import webcare.triage.testing.Configs;

class SettingsTest {

    @Test
    void theDefaultsMakeSense() {
        Settings settings = Settings.of(Configs.defaults());

        assertThat(settings.thresholds().raiseOtherAuthors()).isEqualTo(3);
        assertThat(settings.thresholds().raiseWindow().toHours()).isEqualTo(48);
        assertThat(settings.thresholds().respondMinReach()).isEqualTo(ReachTier.LARGE);
        assertThat(settings.index().isNegation("geen")).isTrue();
        assertThat(settings.index().isNegation("don't")).isTrue();
    }

    @Test
    void aBadValueFailsNamingTheKey() {
        assertThatThrownBy(() -> Settings.of(Configs.with(Map.of("chronic.negativeShare", 1.5))))
                .hasMessage("chronic.negativeShare in etc/webcare.triage.cfg must be a share from 0 to 1, not 1.5");
        assertThatThrownBy(() -> Settings.of(Configs.with(Map.of("respond.minReach", "HUGE"))))
                .hasMessage("respond.minReach in etc/webcare.triage.cfg must be SMALL, MEDIUM, LARGE or INFLUENTIAL, "
                        + "not 'HUGE'");
        assertThatThrownBy(() -> Settings.of(Configs.with(Map.of("escalate.legal.nl", "advocaat, *"))))
                .hasMessage("'*' in escalate.legal of etc/webcare.triage.cfg has no word: remove it");
    }
}
