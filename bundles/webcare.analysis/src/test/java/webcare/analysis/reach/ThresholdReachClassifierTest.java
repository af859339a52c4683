package webcare.analysis.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import webcare.analysis.api.ReachTier;

class ThresholdReachClassifierTest {

    /** The component's configuration: the declared defaults, with some keys replaced. */
    static ThresholdReachClassifier.Config config(Map<String, Object> values) {
        return (ThresholdReachClassifier.Config) Proxy.newProxyInstance(ThresholdReachClassifier.Config.class.getClassLoader(),
                new Class<?>[] {ThresholdReachClassifier.Config.class},
                (proxy, method, args) -> values.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    @Test
    void placesFollowersInTiersByTheDefaultThresholds() {
        ThresholdReachClassifier reach = new ThresholdReachClassifier(config(Map.of()));
        assertThat(reach.tier("twitter", null)).isEqualTo(ReachTier.UNKNOWN);
        assertThat(reach.tier("twitter", 0L)).isEqualTo(ReachTier.SMALL);
        assertThat(reach.tier("twitter", 999L)).isEqualTo(ReachTier.SMALL);
        assertThat(reach.tier("twitter", 1_000L)).isEqualTo(ReachTier.MEDIUM);
        assertThat(reach.tier("facebook", 10_000L)).isEqualTo(ReachTier.LARGE);
        assertThat(reach.tier(null, 250_000L)).isEqualTo(ReachTier.INFLUENTIAL);
    }

    @Test
    void readsAReviewSitesFigureAsReviewsWritten() {
        ThresholdReachClassifier reach = new ThresholdReachClassifier(config(Map.of()));
        assertThat(reach.tier("google", 12L)).isEqualTo(ReachTier.MEDIUM);
        assertThat(reach.tier("Trustpilot", 300L)).isEqualTo(ReachTier.INFLUENTIAL);
        assertThat(reach.tier("twitter", 300L)).isEqualTo(ReachTier.SMALL);
    }

    @Test
    void takesThresholdsFromTheConfigurationAndRejectsFallingOnes() {
        ThresholdReachClassifier reach = new ThresholdReachClassifier(config(Map.of("mediumFollowers", 100L,
                "reviewSources", new String[] {"feed"})));
        assertThat(reach.tier("twitter", 150L)).isEqualTo(ReachTier.MEDIUM);
        assertThat(reach.tier("google", 300L)).isEqualTo(ReachTier.MEDIUM);
        assertThat(reach.tier("feed", 60L)).isEqualTo(ReachTier.LARGE);
        assertThatThrownBy(() -> new ThresholdReachClassifier(config(Map.of("largeFollowers", 10L))))
                .hasMessageContaining("followers thresholds must rise").hasMessageContaining("webcare.analysis.reach.cfg");
    }
}
