package webcare.triage.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import webcare.triage.api.Decision;

/**
 * When an item is due: a number of hours after it was posted. Elapsed hours, on the UTC time
 * line: 24 hours after 10:00 on the Saturday before the clocks go back in Europe/Amsterdam is
 * 09:00 on Sunday, local time, because the author waits 24 real hours. The most specific setting
 * wins: {@code source/DECISION}, else the shorter of {@code DECISION} and {@code source}
 * (whichever are set), else {@code dueHours}. Immutable.
 */
final class DueTimes {

    private static final String KEY = "dueHours.overrides";

    private final Duration fallback;
    private final Map<String, Duration> bySource = new HashMap<>();
    private final Map<Decision, Duration> byDecision = new HashMap<>();
    private final Map<String, Duration> bySourceAndDecision = new HashMap<>();

    /**
     * @param hours     hours for everything no override names
     * @param overrides {@code DECISION=hours, source=hours, source/DECISION=hours}, comma-separated
     * @throws IllegalArgumentException naming the entry and what to write instead
     */
    DueTimes(double hours, String overrides) {
        this.fallback = duration(hours, "dueHours");
        for (String entry : Lists.split(overrides)) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw bad(entry);
            }
            String target = entry.substring(0, equals).strip();
            Duration due = duration(number(entry, entry.substring(equals + 1).strip()), KEY);
            int slash = target.indexOf('/');
            if (slash >= 0) {
                bySourceAndDecision.put(sourceKey(target.substring(0, slash), entry) + "/"
                        + decision(target.substring(slash + 1), entry), due);
            } else if (isDecision(target)) {
                byDecision.put(decision(target, entry), due);
            } else {
                bySource.put(sourceKey(target, entry), due);
            }
        }
    }

    Instant due(Instant posted, String source, Decision decision) {
        String lower = source.toLowerCase(Locale.ROOT);
        Duration exact = bySourceAndDecision.get(lower + "/" + decision);
        if (exact != null) {
            return posted.plus(exact);
        }
        Duration forDecision = byDecision.get(decision);
        Duration forSource = bySource.get(lower);
        Duration chosen = forDecision == null ? forSource
                : forSource == null ? forDecision : min(forDecision, forSource);
        return posted.plus(chosen == null ? fallback : chosen);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean isDecision(String word) {
        for (Decision decision : Decision.values()) {
            if (decision.name().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static Decision decision(String word, String entry) {
        if (!isDecision(word.strip())) {
            throw new IllegalArgumentException("'" + entry + "' in " + KEY + " of etc/webcare.triage.cfg: '"
                    + word.strip() + "' is no decision: use one of ESCALATE, HIDE_AND_EXPLAIN, CORRECT_FACTS, "
                    + "RESPOND, MONITOR, NO_ACTION");
        }
        return Decision.valueOf(word.strip());
    }

    private static String sourceKey(String word, String entry) {
        String source = word.strip().toLowerCase(Locale.ROOT);
        if (source.isEmpty() || !source.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
            throw bad(entry);
        }
        return source;
    }

    private static double number(String entry, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw bad(entry);
        }
    }

    private static Duration duration(double hours, String key) {
        if (!(hours >= 0) || hours > 24 * 366) {
            throw new IllegalArgumentException(key + " in etc/webcare.triage.cfg must be 0 to 8784 hours, not "
                    + hours);
        }
        return Duration.ofSeconds(Math.round(hours * 3600));
    }

    private static IllegalArgumentException bad(String entry) {
        return new IllegalArgumentException("'" + entry + "' in " + KEY + " of etc/webcare.triage.cfg is not "
                + "DECISION=hours, source=hours or source/DECISION=hours: correct it");
    }
}
