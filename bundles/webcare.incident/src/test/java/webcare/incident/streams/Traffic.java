package webcare.incident.streams;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import webcare.incident.api.DetectorSettings;
import webcare.incident.api.Observation;

/**
 * Generated mentions with a known truth: an organisation's ordinary traffic with the daily and
 * weekly rhythm of a Dutch audience (local time, Europe/Amsterdam), Poisson noise from a fixed
 * seed, and what a test injects on top: a crisis from a known onset, lasting growth, a handful at
 * night. The same seed gives the same mentions.
 */
public final class Traffic {

    /** Relative activity per local hour, 0:00 to 23:00: quiet nights, a morning rise, an evening peak. */
    static final double[] HOURS = {0.35, 0.2, 0.12, 0.1, 0.1, 0.15, 0.4, 0.9, 1.4, 1.6, 1.6, 1.55,
        1.6, 1.5, 1.45, 1.45, 1.5, 1.5, 1.45, 1.6, 1.75, 1.6, 1.2, 0.7};
    /** Relative activity per weekday, Monday to Sunday. */
    static final double[] WEEKDAYS = {1.1, 1.05, 1.05, 1.0, 1.0, 0.75, 0.7};
    /** One ordinary mention in this many starts a conversation. */
    static final int CONVERSATIONS = 20;
    private static final double MEAN_HOUR = mean(HOURS);
    private static final double MEAN_WEEKDAY = mean(WEEKDAYS);
    private static final String[] SOURCES = {"twitter", "twitter", "twitter", "facebook", "facebook", "google"};
    private static final String[] ORDINARY = {
        "Wanneer is de winkel in Utrecht open op zondag?", "Bedankt voor de snelle hulp vandaag!",
        "Mijn bestelling is nog niet binnen, kunnen jullie even kijken?", "Leuke actie deze week",
        "Is er ook een versie in het Engels?", "Thanks for the quick reply, all sorted now",
        "Does the new card work abroad?", "Ik heb een vraag over mijn factuur van vorige maand",
        "Prima service, vriendelijke medewerker aan de telefoon", "Het duurt wel lang voordat jullie reageren",
        "Waarom is de prijs van het abonnement omhoog gegaan?", "Great experience at the store in Amsterdam",
        "Kan ik mijn afspraak verzetten naar volgende week?", "Helaas weer vertraging bij de levering",
        "Wat zijn de openingstijden tijdens de feestdagen?", "Slechte ervaring met de klantenservice vandaag"};
    private static final String[] CRISIS = {
        "Storing: de app is al een uur down en ik kan niet inloggen",
        "Datalek?? Ik krijg mails met gegevens van anderen",
        "Weer storing bij het betalen, de app crasht steeds", "App down, cannot log in, what is going on",
        "Inloggen lukt niet, storing bij jullie app?", "Is er een datalek? Mijn gegevens staan online",
        "Betalen mislukt door storing in de app, schandalig"};

    private final SplittableRandom random;
    private final Instant start;
    private final Instant end;
    private final double perDay;
    private final ZoneId zone;
    private final List<Observation> mentions = new ArrayList<>();
    private boolean conversations = true;
    private double growthDoublingDays;
    private Instant growthFrom;
    private long serial;

    private Traffic(long seed, Instant start, Duration length, double perDay) {
        this.random = new SplittableRandom(seed);
        this.start = start;
        this.end = start.plus(length);
        this.perDay = perDay;
        this.zone = DetectorSettings.AMSTERDAM;
    }

    /** Ordinary traffic of {@code perDay} mentions a day on average from {@code start} for {@code length}. */
    public static Traffic ordinary(long seed, Instant start, Duration length, double perDay) {
        return new Traffic(seed, start, length, perDay);
    }

    /** The ordinary rate, mentions per minute, at {@code instant}: the rhythm in local time. */
    public double rate(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        double position = (local.getHour() * 60 + local.getMinute() - 30) / 60.0;
        int below = Math.floorMod((int) Math.floor(position), 24);
        double fraction = position - Math.floor(position);
        double hour = (1 - fraction) * HOURS[below] + fraction * HOURS[(below + 1) % 24];
        double growth = growthFrom == null || instant.isBefore(growthFrom) ? 1
                : Math.pow(2, Duration.between(growthFrom, instant).toMinutes() / (growthDoublingDays * 1440));
        return perDay / 1440 * hour / MEAN_HOUR * WEEKDAYS[local.getDayOfWeek().getValue() - 1] / MEAN_WEEKDAY * growth;
    }

    /** Pure Poisson noise on the rhythm: no conversations. */
    public Traffic withoutConversations() {
        this.conversations = false;
        return this;
    }

    /** From {@code from} on, the ordinary traffic doubles every {@code doublingDays} days. */
    public Traffic growing(Instant from, double doublingDays) {
        this.growthFrom = from;
        this.growthDoublingDays = doublingDays;
        return this;
    }

    /**
     * The ordinary traffic, generated minute by minute; call before the injections that need its
     * rate. Real traffic is burstier than Poisson: one mention in {@value #CONVERSATIONS} starts a
     * conversation, replies by others on the same source with the same mood within 20 minutes,
     * one of them on average (a geometric number: now and then ten).
     */
    public Traffic generate() {
        for (Instant minute = start; minute.isBefore(end); minute = minute.plusSeconds(60)) {
            int count = poisson(rate(minute));
            for (int i = 0; i < count; i++) {
                Instant created = minute.plusMillis(random.nextLong(60_000));
                String source = SOURCES[random.nextInt(SOURCES.length)];
                boolean negative = random.nextDouble() < 0.2;
                add(created, source, negative, "klant" + random.nextInt(3000), followers(),
                        ORDINARY[random.nextInt(ORDINARY.length)]);
                if (conversations && random.nextDouble() < 1.0 / CONVERSATIONS) {
                    while (random.nextDouble() < 0.5) {
                        add(created.plusMillis(random.nextLong(20 * 60_000)), source, negative,
                                "klant" + random.nextInt(3000), followers(), ORDINARY[random.nextInt(ORDINARY.length)]);
                    }
                }
            }
        }
        return this;
    }

    /**
     * A crisis from {@code onset} for {@code length}: {@code times} the ordinary rate at the onset
     * on top of it, of which {@code negativeShare} negative, on {@code source} (null for any), in
     * the crisis texts and from a crowd of new authors.
     */
    public Traffic crisis(Instant onset, Duration length, double times, double negativeShare, String source) {
        double extra = (times - 1) * rate(onset);
        for (Instant minute = onset; minute.isBefore(onset.plus(length)); minute = minute.plusSeconds(60)) {
            int count = poisson(extra);
            for (int i = 0; i < count; i++) {
                add(minute.plusMillis(random.nextLong(60_000)),
                        source != null ? source : SOURCES[random.nextInt(SOURCES.length)],
                        random.nextDouble() < negativeShare, "boos" + random.nextInt(100_000), followers(),
                        CRISIS[random.nextInt(CRISIS.length)]);
            }
        }
        return this;
    }

    /** {@code count} mentions within ten minutes from {@code at}, negative, as a handful of people might at night. */
    public Traffic handful(Instant at, int count) {
        for (int i = 0; i < count; i++) {
            add(at.plusSeconds(random.nextLong(600)), "twitter", true, "nachtuil" + i, followers(),
                    CRISIS[random.nextInt(CRISIS.length)]);
        }
        return this;
    }

    /** The mentions in time order. */
    public List<Observation> mentions() {
        List<Observation> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Observation::created));
        return sorted;
    }

    public Instant end() {
        return end;
    }

    private void add(Instant created, String source, boolean negative, String author, long followers, String text) {
        if (created.isBefore(end)) {
            mentions.add(new Observation(created, source, Long.toString(++serial), negative, author, followers, text));
        }
    }

    /** Log-normal around 200, as followers of people who talk to a brand are. */
    private long followers() {
        return Math.round(Math.exp(Math.log(200) + 1.5 * gaussian()));
    }

    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Knuth's method: fine for the small rates per minute used here. */
    private int poisson(double rate) {
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
