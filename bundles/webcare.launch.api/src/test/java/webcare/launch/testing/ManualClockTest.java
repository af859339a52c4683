package webcare.launch.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    private static final Instant START = Instant.parse("2026-10-25T00:30:00Z");

    @Test
    void standsStillUntilTheTestMovesIt() {
        ManualClock clock = new ManualClock(START);
        assertThat(clock.instant()).isEqualTo(clock.instant()).isEqualTo(START);

        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(300));

        clock.set(START.minusSeconds(60));
        assertThat(clock.millis()).isEqualTo(START.minusSeconds(60).toEpochMilli());
    }

    @Test
    void aTickingClockIsAStepLaterAtEveryReading() {
        ManualClock clock = ManualClock.ticking(START, Duration.ofMinutes(1));

        assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(120));
    }

    @Test
    void staysInUtc() {
        ManualClock clock = new ManualClock(START);

        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThatThrownBy(() -> clock.withZone(ZoneId.of("Europe/Amsterdam")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
