package webcare.incident.api;

import java.time.ZoneId;
import java.util.Objects;

/**
 * How a {@link Detector} counts and when it raises (docs/DETECTION.md explains each; the keys of
 * {@code etc/webcare.incident.cfg} have the same names).
 *
 * @param sensitivity     how easily it raises: the score a rise must reach is 4 decades divided by
 *                        this (2 raises on weaker evidence, 0.5 only on stronger); greater than 0
 * @param bucketMinutes   the minutes of one bucket, dividing 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60)
 * @param windowMinutes   the longest window a rise is measured over, a multiple of {@code bucketMinutes}
 * @param minimumCount    the fewest mentions (negative ones, for negative volume) a window needs to raise
 *                        anything: a handful at night is no crisis; at least 1
 * @param minimumRise     how many times normal a window must be, with certainty, to raise (at least 1)
 * @param learningHours   hours a stream is watched before it may raise: its rhythm is learnt from them (0 or more)
 * @param adaptHours      the half-life, in hours, of the stream's level: growth that lasts this long
 *                        becomes about half normal; greater than 0
 * @param latenessMinutes how far behind the clock a mention may arrive and still count in its own bucket (0 or more)
 * @param futureMinutes   how far ahead of the clock a mention may be before it counts as clock skew (0 or more)
 * @param calmMinutes     how long a raised metric of a stream must stay calm before it may raise again
 *                        (at least {@code bucketMinutes})
 * @param zone            the time zone whose local time the daily and weekly rhythm follows
 */
public record DetectorSettings(double sensitivity, int bucketMinutes, int windowMinutes, int minimumCount,
        double minimumRise, int learningHours, double adaptHours, int latenessMinutes, int futureMinutes,
        int calmMinutes, ZoneId zone) {

    /** The score needed at sensitivity 1: a chance of at most 1 in 10,000 that the rise is noise. */
    public static final double REQUIRED_DECADES = 4.0;

    /** The Dutch office's clock: the rhythm of the first users' audience. */
    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /**
     * Sensitivity 1; 5-minute buckets, windows up to 15 minutes; at least 10 mentions, twice
     * normal; 24 hours of learning; a level half-life of 3 hours; 10 minutes of lateness, 5 of
     * future tolerance; 60 calm minutes; Europe/Amsterdam.
     */
    public static final DetectorSettings DEFAULTS = new DetectorSettings(1.0, 5, 15, 10, 2, 24, 3, 10, 5, 60,
            AMSTERDAM);

    public DetectorSettings {
        Objects.requireNonNull(zone, "zone");
        if (!(sensitivity > 0) || Double.isInfinite(sensitivity)) {
            throw new IllegalArgumentException("sensitivity must be greater than 0, not " + sensitivity);
        }
        if (bucketMinutes < 1 || 60 % bucketMinutes != 0) {
            throw new IllegalArgumentException("bucketMinutes must divide 60, not " + bucketMinutes);
        }
        if (windowMinutes < bucketMinutes || windowMinutes % bucketMinutes != 0) {
            throw new IllegalArgumentException("windowMinutes must be a multiple of bucketMinutes (" + bucketMinutes
                    + "), not " + windowMinutes);
        }
        if (minimumCount < 1) {
            throw new IllegalArgumentException("minimumCount must be 1 or more, not " + minimumCount);
        }
        if (!(minimumRise >= 1) || Double.isInfinite(minimumRise)) {
            throw new IllegalArgumentException("minimumRise must be 1 or more, not " + minimumRise);
        }
        if (learningHours < 0) {
            throw new IllegalArgumentException("learningHours must be 0 or more, not " + learningHours);
        }
        if (!(adaptHours > 0) || Double.isInfinite(adaptHours)) {
            throw new IllegalArgumentException("adaptHours must be greater than 0, not " + adaptHours);
        }
        if (latenessMinutes < 0) {
            throw new IllegalArgumentException("latenessMinutes must be 0 or more, not " + latenessMinutes);
        }
        if (futureMinutes < 0) {
            throw new IllegalArgumentException("futureMinutes must be 0 or more, not " + futureMinutes);
        }
        if (calmMinutes < bucketMinutes) {
            throw new IllegalArgumentException("calmMinutes must be at least bucketMinutes (" + bucketMinutes
                    + "), not " + calmMinutes);
        }
    }

    /** These settings with another sensitivity. */
    public DetectorSettings withSensitivity(double sensitivity) {
        return new DetectorSettings(sensitivity, bucketMinutes, windowMinutes, minimumCount, minimumRise,
                learningHours, adaptHours, latenessMinutes, futureMinutes, calmMinutes, zone);
    }

    /** These settings with another learning time. */
    public DetectorSettings withLearningHours(int learningHours) {
        return new DetectorSettings(sensitivity, bucketMinutes, windowMinutes, minimumCount, minimumRise,
                learningHours, adaptHours, latenessMinutes, futureMinutes, calmMinutes, zone);
    }

    /** These settings with another time zone for the rhythm. */
    public DetectorSettings withZone(ZoneId zone) {
        return new DetectorSettings(sensitivity, bucketMinutes, windowMinutes, minimumCount, minimumRise,
                learningHours, adaptHours, latenessMinutes, futureMinutes, calmMinutes, zone);
    }

    /** The score a window must reach to raise: {@value #REQUIRED_DECADES} decades over the sensitivity. */
    public double threshold() {
        return REQUIRED_DECADES / sensitivity;
    }
}
