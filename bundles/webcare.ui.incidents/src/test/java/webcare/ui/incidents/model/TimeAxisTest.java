package webcare.ui.incidents.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeAxisTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOON = Instant.parse("2026-12-06T11:00:00Z");

    private static List<String> labels(TimeAxis axis) {
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
        return axis.ticks(AMSTERDAM).stream().map(tick -> clock.format(tick.at().atZone(AMSTERDAM))
                + (tick.newDay() ? "*" : "")).toList();
    }

    @Test
    void mapsInstantsToPixelsAndBack() {
        TimeAxis axis = new TimeAxis(NOON, NOON.plus(Duration.ofHours(10)), 1000);

        assertThat(axis.x(NOON.plus(Duration.ofHours(5)))).isEqualTo(500);
        assertThat(axis.at(250)).isEqualTo(NOON.plus(Duration.ofMinutes(150)));
        assertThat(axis.x(NOON.minus(Duration.ofHours(1)))).isEqualTo(-100);
    }

    @Test
    void zoomKeepsThePointUnderThePointerAndStaysWithinItsLimits() {
        TimeAxis axis = new TimeAxis(NOON, NOON.plus(Duration.ofHours(10)), 1000);

        TimeAxis closer = axis.zoomed(2, 250);
        assertThat(closer.span()).isEqualTo(Duration.ofHours(5));
        assertThat(closer.at(250)).isEqualTo(axis.at(250));
        assertThat(axis.zoomed(1_000, 500).span()).isEqualTo(TimeAxis.SHORTEST);
        assertThat(axis.zoomed(0.0001, 500).span()).isEqualTo(TimeAxis.LONGEST);
        assertThat(axis.panned(100).from()).isEqualTo(NOON.plus(Duration.ofHours(1)));
    }

    @Test
    void fittingLeavesAMarginAndAMinimumSpan() {
        TimeAxis axis = TimeAxis.fitting(NOON, NOON.plus(Duration.ofHours(2)), 800);

        assertThat(axis.from()).isEqualTo(NOON.minus(Duration.ofMinutes(6)));
        assertThat(axis.to()).isEqualTo(NOON.plus(Duration.ofMinutes(126)));
        assertThat(TimeAxis.fitting(NOON, NOON, 800).span()).isGreaterThanOrEqualTo(TimeAxis.SHORTEST);
    }

    @Test
    void ticksFallOnRoundLocalTimesAndMarkANewDay() {
        TimeAxis axis = new TimeAxis(Instant.parse("2026-12-06T20:10:00Z"), Instant.parse("2026-12-07T01:50:00Z"), 600);

        // 21:10 to 02:50 local time (UTC+1); about 100 px an hour
        assertThat(labels(axis)).containsExactly("22:00", "23:00", "00:00*", "01:00", "02:00");
    }

    @Test
    void theNightTheClocksGoBackHasTwoTicksAtTwoAndTheyAreAnHourApart() {
        // 25 October 2026: 03:00 summer time becomes 02:00 winter time
        TimeAxis axis = new TimeAxis(Instant.parse("2026-10-24T23:30:00Z"), Instant.parse("2026-10-25T02:30:00Z"), 400);

        List<TimeAxis.Tick> ticks = axis.ticks(AMSTERDAM);
        assertThat(labels(axis)).containsExactly("02:00", "02:00", "03:00");
        assertThat(Duration.between(ticks.get(0).at(), ticks.get(1).at())).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theNightTheClocksGoForwardHasNoTickAtTwo() {
        // 29 March 2026: 02:00 winter time becomes 03:00 summer time
        TimeAxis axis = new TimeAxis(Instant.parse("2026-03-28T23:30:00Z"), Instant.parse("2026-03-29T02:30:00Z"), 400);

        assertThat(labels(axis)).containsExactly("01:00", "03:00", "04:00");
    }

    @Test
    void aLongSpanHasDayTicksAtLocalMidnight() {
        TimeAxis axis = new TimeAxis(Instant.parse("2026-10-20T00:00:00Z"), Instant.parse("2026-10-30T00:00:00Z"), 1000);

        assertThat(labels(axis)).allMatch(label -> label.equals("00:00*"));
        assertThat(axis.ticks(AMSTERDAM).get(5).at()).as("after the clocks went back, midnight is 23:00 UTC")
                .isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    }

    @Test
    void bucketsStayAFewPixelsWide() {
        assertThat(new TimeAxis(NOON, NOON.plus(Duration.ofHours(2)), 1200).bucketSeconds()).isEqualTo(60);
        assertThat(new TimeAxis(NOON, NOON.plus(Duration.ofHours(24)), 1200).bucketSeconds()).isEqualTo(900);
        assertThat(new TimeAxis(NOON, NOON.plus(Duration.ofDays(60)), 1200).bucketSeconds()).isEqualTo(86_400);
    }
}
