package webcare.incident.detect;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Buckets of fixed length counted from the epoch in UTC, and where each falls in local time.
 * Europe/Amsterdam's offsets are whole hours, so a bucket that divides an hour starts on a local
 * quarter or hour as well; a DST change only renames the local hour a bucket is in.
 */
final class BucketClock {

    private final long seconds;
    private final ZoneId zone;

    BucketClock(int bucketMinutes, ZoneId zone) {
        this.seconds = bucketMinutes * 60L;
        this.zone = zone;
    }

    long bucketOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), seconds);
    }

    Instant start(long bucket) {
        return Instant.ofEpochSecond(bucket * seconds);
    }

    /** Buckets in {@code minutes}, rounded up. */
    int buckets(double minutes) {
        return (int) Math.ceil(minutes * 60 / seconds);
    }

    /** Where the middle of {@code bucket} falls on the local clock. */
    LocalSlot local(long bucket) {
        ZonedDateTime middle = Instant.ofEpochSecond(bucket * seconds + seconds / 2).atZone(zone);
        return new LocalSlot(middle.getHour() * 60 + middle.getMinute(), middle.getHour(),
                middle.getDayOfWeek().getValue() - 1, middle.toLocalDate().toEpochDay());
    }

    /**
     * A bucket's place in local time.
     *
     * @param minuteOfDay minutes since local midnight, 0–1439
     * @param hour        the local hour, 0–23 (on the night clocks go back, 2 comes twice)
     * @param dayOfWeek   0 for Monday to 6 for Sunday
     * @param localDay    the local date as an epoch day
     */
    record LocalSlot(int minuteOfDay, int hour, int dayOfWeek, long localDay) {}
}
